/// Range notation, one item or a comma-separated list (spaces allowed):
///
/// | Item | Means |
/// |---|---|
/// | `AA`, `AKs`, `AKo` | one class (6, 4 or 12 combos) |
/// | `AK` | suited and offsuit (16 combos) |
/// | `AhKh` | exactly those two cards |
/// | `QQ+` | QQ, KK, AA |
/// | `A2s+`, `K9o+`, `T8+` | second rank from the one given up to one below the first: A2s … AKs |
/// | `22-55`, `55-22` | the pairs in between, both ends included |
/// | `A5s-A2s`, `K9o-KJo`, `T7-T9` | same first rank and suitedness, second rank in between |
/// | `random`, `any` | all 1,326 combos |
///
/// Any item may end in a weight, `:0.5` or `:50%`, the share of those combos played (default 1).
/// Items are applied left to right: a combo named again takes the later weight, and weight 0
/// removes it (`AA,AsAh:0` is the five other aces). Ranks may be given in either order and in
/// either case (`ka` = `AK`); `10` is not accepted in classes, use `T`.
extension HandRange {
    public init(parsing text: String) throws(RangeParseError) {
        var combos: [Combo] = []
        let items = text.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard !items.isEmpty else { throw .empty }
        for item in items {
            let (body, weight) = try Self.splitWeight(String(item))
            combos += try Self.combos(of: body, item: String(item)).map { Combo($0, weight: weight) }
        }
        self.init(combos)
    }

    private static func splitWeight(_ item: String) throws(RangeParseError) -> (String, Double) {
        let parts = item.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            if parts.count > 2 { throw .invalidWeight(item: item) }
            return (item, 1)
        }
        var text = String(parts[1].trimmingWhitespace())
        let percent = text.hasSuffix("%")
        if percent { text.removeLast() }
        guard let number = Double(text), number.isFinite else { throw .invalidWeight(item: item) }
        let weight = percent ? number / 100 : number
        guard (0...1).contains(weight) else { throw .invalidWeight(item: item) }
        return (String(parts[0].trimmingWhitespace()), weight)
    }

    private static func combos(of body: String, item: String) throws(RangeParseError) -> [HoleCards] {
        let lower = body.lowercased()
        if lower == "random" || lower == "any" { return HoleCards.all }
        if body.count == 4, let combo = HoleCards(body) { return [combo] }
        if body.hasSuffix("+") {
            guard let start = ClassPattern(String(body.dropLast())) else {
                throw HoleCards(String(body.dropLast())) != nil ? .invalidPlus(item: item) : .malformed(item: item)
            }
            return start.upward().flatMap(\.combos)
        }
        let ends = body.split(separator: "-", omittingEmptySubsequences: false)
        if ends.count == 2 {
            guard let from = ClassPattern(String(ends[0])), let to = ClassPattern(String(ends[1])) else {
                throw .malformed(item: item)
            }
            guard let span = from.span(to: to) else { throw .invalidSpan(item: item) }
            return span.flatMap(\.combos)
        }
        guard ends.count == 1, let single = ClassPattern(body) else { throw .malformed(item: item) }
        return single.combos
    }
}
