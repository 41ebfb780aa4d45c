import PokerAI

/// A variant's effective settings: the base seats with the control's changes, then the variant's.
public struct VariantSettings: Hashable, Sendable {
    public let label: String
    /// 0 for the control.
    public let index: Int
    /// The game's mode.
    public let mode: GameMode
    /// The entrants' effective settings, in entrant order.
    public let seats: [SeatSpec]

    /// The mode of entrant `entrant`'s prompt.
    public func mode(ofEntrant entrant: Int) -> GameMode { seats[entrant].mode ?? mode }
}

extension ExperimentSpec {
    /// Effective settings of variant `index` (0 = the control).
    public func settings(forVariant index: Int) -> VariantSettings {
        let variants = allVariants
        var seats = self.seats
        var mode = self.mode
        let layers = index == 0 ? [control] : [control, variants[index]]
        for layer in layers {
            if let changed = layer.mode { mode = changed }
            for change in layer.seats where seats.indices.contains(change.seat) {
                var seat = seats[change.seat]
                if let value = change.label { seat.label = value }
                if let value = change.personality { seat.personality = value }
                if let value = change.provider { seat.provider = value }
                if let value = change.model { seat.model = value }
                if let value = change.baseURL { seat.baseURL = value }
                if let value = change.mode { seat.mode = value }
                seats[change.seat] = seat
            }
        }
        return VariantSettings(label: variants[index].label, index: index, mode: mode, seats: seats)
    }

    /// Effective settings of the variant labelled `label`.
    public func settings(forVariant label: String) -> VariantSettings? {
        allVariants.firstIndex { $0.label == label }.map { settings(forVariant: $0) }
    }

    /// The entrants that head the report: `subjects` when given, else those whose effective
    /// settings differ between a variant and the control, else every entrant.
    public var subjectEntrants: [Int] {
        if let subjects { return subjects }
        let control = settings(forVariant: 0)
        var changed: Set<Int> = []
        for index in 1..<max(1, allVariants.count) {
            let variant = settings(forVariant: index)
            for entrant in seats.indices where Self.identity(variant, entrant) != Self.identity(control, entrant) {
                changed.insert(entrant)
            }
        }
        return changed.isEmpty ? Array(seats.indices) : changed.sorted()
    }

    static func identity(_ settings: VariantSettings, _ entrant: Int) -> [String] {
        let seat = settings.seats[entrant]
        return [seat.personality, seat.provider, seat.model ?? "", seat.baseURL ?? "", settings.mode(ofEntrant: entrant).rawValue]
    }
}
