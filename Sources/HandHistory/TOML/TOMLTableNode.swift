/// A table while a document is being read: how it came to exist decides whether a later header
/// or dotted key may add to it (TOML 1.0: a table is defined once).
final class TOMLTableNode {
    enum Origin { case header, implicit, dotted }
    enum Entry {
        case value(TOMLValue)
        case table(TOMLTableNode)
        case tableArray([TOMLTableNode])
    }

    var origin: Origin
    var entries: [String: Entry] = [:]

    init(origin: Origin) { self.origin = origin }

    /// The finished value (arrays of tables become arrays of tables' values).
    var value: TOMLValue {
        var members: [String: TOMLValue] = [:]
        for (key, entry) in entries {
            switch entry {
            case .value(let value): members[key] = value
            case .table(let node): members[key] = node.value
            case .tableArray(let nodes): members[key] = .array(nodes.map(\.value))
            }
        }
        return .table(members)
    }
}
