/// One row of a key table: a key, how the help shows it, what it does, and the intent it maps to.
/// The help overlay is generated from the same table the input mapping reads (lazygit's model).
public struct KeyBinding<Intent: Hashable & Sendable>: Hashable, Sendable {
    /// The key.
    public var key: Key
    /// How the key is written in help text; defaults to ``Key/name``.
    public var label: String
    /// What the key does, as a short imperative phrase ("raise to the amount typed").
    public var help: String
    /// What the app does with it.
    public var intent: Intent

    /// Creates a binding.
    public init(_ key: Key, label: String? = nil, help: String, intent: Intent) {
        self.key = key
        self.label = label ?? key.name
        self.help = help
        self.intent = intent
    }
}

/// A key table: looks up intents and lists the bindings for help.
public struct KeyBindings<Intent: Hashable & Sendable>: Hashable, Sendable {
    /// The bindings in display order. When two bind the same key, the first wins.
    public let bindings: [KeyBinding<Intent>]

    /// Creates a table.
    public init(_ bindings: [KeyBinding<Intent>]) {
        self.bindings = bindings
    }

    /// The intent bound to `key`, if any.
    public func intent(for key: Key) -> Intent? {
        bindings.first { $0.key == key }?.intent
    }

    /// Keys bound more than once (a table bug worth a test).
    public var duplicateKeys: [Key] {
        var seen = Set<Key>(), duplicates: [Key] = []
        for binding in bindings where !seen.insert(binding.key).inserted && !duplicates.contains(binding.key) {
            duplicates.append(binding.key)
        }
        return duplicates
    }

    /// Help rows: bindings with the same intent and help text are merged (`?/F1  show help`).
    public var helpRows: [(keys: String, help: String)] {
        var rows: [(keys: String, help: String, intent: Intent)] = []
        for binding in bindings {
            if let index = rows.firstIndex(where: { $0.intent == binding.intent && $0.help == binding.help }) {
                rows[index].keys += "/" + binding.label
            } else {
                rows.append((binding.label, binding.help, binding.intent))
            }
        }
        return rows.map { ($0.keys, $0.help) }
    }
}
