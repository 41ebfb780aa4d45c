import PokerAI
import PokerEngine

/// One hand situation of a scenario suite: the table, the cards, the action so far and what a
/// sound player does next. Positions are PHH/engine positions: 0 = small blind … last = button
/// (heads-up 0 = big blind, 1 = button); names such as `BTN` or `UTG` work too.
public struct ScenarioSpot: Hashable, Sendable, Codable {
    public var id: String
    /// e.g. `preflop open`, `push/fold`, `river bluff-catch`.
    public var category: String
    /// Chips of every position before the blinds and antes.
    public var stacks: [Int]
    /// Small and big blind.
    public var blinds: [Int]
    /// Ante per player (0 for none).
    public var ante: Int
    /// The deciding position: an index or a name (`SB`, `BB`, `UTG`, `MP`, `HJ`, `CO`, `BTN`).
    public var hero: String
    /// The hero's hole cards, e.g. `AsKd`.
    public var holeCards: String
    /// The board dealt by the time the hero acts (empty preflop).
    public var board: String
    /// Everything done before the hero acts, in order from the first player to act preflop:
    /// `fold`, `check`, `call`, `bet 60`, `raise 180`, `all_in` (amounts are raise-to chips on
    /// the street; `3bb` means three big blinds). Streets advance by themselves.
    public var actions: [String]
    /// What a sound player does: `fold`, `check`, `call`, `raise` (bets too) or `all_in`.
    public var expect: String
    /// Other answers that are just as sound (`expect` is always acceptable).
    public var acceptable: [String]
    /// Why: the reasoning a reviewer can check.
    public var why: String

    /// A spot; see the properties for what each value means.
    public init(id: String, category: String, stacks: [Int], blinds: [Int], ante: Int = 0, hero: String,
                holeCards: String, board: String = "", actions: [String] = [], expect: String,
                acceptable: [String] = [], why: String) {
        self.id = id
        self.category = category
        self.stacks = stacks
        self.blinds = blinds
        self.ante = ante
        self.hero = hero
        self.holeCards = holeCards
        self.board = board
        self.actions = actions
        self.expect = expect
        self.acceptable = acceptable
        self.why = why
    }

    enum CodingKeys: String, CodingKey {
        case id, category, stacks, blinds, ante, hero, holeCards = "hole_cards", board, actions, expect, acceptable, why
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        category = try c.decodeIfPresent(String.self, forKey: .category) ?? "other"
        stacks = try c.decode([Int].self, forKey: .stacks)
        blinds = try c.decode([Int].self, forKey: .blinds)
        ante = try c.decodeIfPresent(Int.self, forKey: .ante) ?? 0
        if let index = try? c.decode(Int.self, forKey: .hero) {
            hero = String(index)
        } else {
            hero = try c.decode(String.self, forKey: .hero)
        }
        holeCards = try c.decode(String.self, forKey: .holeCards)
        board = try c.decodeIfPresent(String.self, forKey: .board) ?? ""
        actions = try c.decodeIfPresent([String].self, forKey: .actions) ?? []
        expect = try c.decode(String.self, forKey: .expect)
        acceptable = try c.decodeIfPresent([String].self, forKey: .acceptable) ?? []
        why = try c.decodeIfPresent(String.self, forKey: .why) ?? ""
    }

    /// The moves that agree with a sound player.
    public var agreeing: Set<String> { Set([expect] + acceptable) }

    /// The action types (`fold`, `check`, `call`, `bet_or_raise`) of the sound moves.
    public var agreeingTypes: Set<String> {
        Set(agreeing.compactMap { DecisionAnalysis.Move(rawValue: $0)?.actionType })
    }
}

/// A named list of spots, read from a JSON file (see docs/ai-lab.md for the format).
public struct ScenarioSuite: Hashable, Sendable, Codable {
    public var name: String
    public var description: String
    public var spots: [ScenarioSpot]

    /// A suite of `spots`.
    public init(name: String, description: String = "", spots: [ScenarioSpot]) {
        self.name = name
        self.description = description
        self.spots = spots
    }

    enum CodingKeys: String, CodingKey { case name, description, spots }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        description = try c.decodeIfPresent(String.self, forKey: .description) ?? ""
        spots = try c.decode([ScenarioSpot].self, forKey: .spots)
    }
}
