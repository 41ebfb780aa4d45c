/// The dense value scale: every one of the 7,462 distinct five-card hands, weakest first.
/// `HandRank.value` is a position in this list plus one.
extension HandPattern {
    /// All 7,462 patterns in ascending strength; index `value - 1`.
    static let scale: [HandPattern] = allPatterns().sorted()

    /// The dense value (1...7462) of a pattern, by binary search in `scale`.
    static func value(of pattern: HandPattern) -> Int {
        var low = 0, high = scale.count - 1
        while low < high {
            let mid = (low + high) / 2
            if scale[mid] < pattern { low = mid + 1 } else { high = mid }
        }
        precondition(scale[low] == pattern, "not a five-card pattern: \(pattern.packed)")
        return low + 1
    }

    /// The pattern of a dense value; values outside 1...7462 are clamped.
    static func pattern(ofValue value: Int) -> HandPattern {
        scale[min(max(value, 1), scale.count) - 1]
    }

    private static func allPatterns() -> [HandPattern] {
        var patterns: [HandPattern] = []
        let ranks = Array(0..<13)
        for mask in 0..<(1 << 13) where mask.nonzeroBitCount == 5 && straightHigh(in: mask) == nil {
            let top = topRanks(of: mask, count: 5)
            patterns.append(HandPattern(.highCard, top))
            patterns.append(HandPattern(.flush, top))
        }
        for high in 3...12 {
            patterns.append(HandPattern(.straight, straightRanks(high: high)))
            patterns.append(HandPattern(.straightFlush, straightRanks(high: high)))
        }
        for a in ranks {
            let others = ranks.filter { $0 != a }
            for b in others {
                patterns.append(HandPattern(.fourOfAKind, [a, a, a, a, b]))
                patterns.append(HandPattern(.fullHouse, [a, a, a, b, b]))
            }
            for mask in 0..<(1 << 13) where mask & (1 << a) == 0 {
                switch mask.nonzeroBitCount {
                case 2: patterns.append(HandPattern(.threeOfAKind, [a, a, a] + topRanks(of: mask, count: 2)))
                case 3: patterns.append(HandPattern(.onePair, [a, a] + topRanks(of: mask, count: 3)))
                default: break
                }
            }
            for low in 0..<a {
                for kicker in ranks where kicker != a && kicker != low {
                    patterns.append(HandPattern(.twoPair, [a, a, low, low, kicker]))
                }
            }
        }
        return patterns
    }
}
