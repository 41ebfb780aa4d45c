/// Adds up showdowns: given every player's hand value on some boards and how many boards, who
/// wins, who splits and the pot shares. Weights may be negative (corrections). Specialised per
/// player count so the hot loops compile to straight-line code.
protocol ShowdownCounter {
    init(players: Int)
    /// Records `weight` boards on which player `i` has value `values[i]`.
    mutating func add(_ values: UnsafePointer<Int32>, weight: Int)
    var tally: ShowdownTally { get }
}

struct HeadsUpCounter: ShowdownCounter {
    var boards = 0, firstWins = 0, secondWins = 0

    init(players: Int) {}

    @inline(__always)
    mutating func add(_ values: UnsafePointer<Int32>, weight: Int) {
        let a = values[0], b = values[1]
        boards &+= weight
        firstWins &+= a > b ? weight : 0
        secondWins &+= b > a ? weight : 0
    }

    var tally: ShowdownTally {
        var tally = ShowdownTally(players: 2)
        let ties = boards - firstWins - secondWins, pot = ShowdownTally.pot
        tally.boards = boards
        tally.wins = [firstWins, secondWins]
        tally.ties = ties
        tally.shares = [firstWins * pot + ties * pot / 2, secondWins * pot + ties * pot / 2]
        return tally
    }
}

struct MultiwayCounter: ShowdownCounter {
    var tally: ShowdownTally
    let players: Int

    init(players: Int) {
        self.players = players
        tally = ShowdownTally(players: players)
    }

    @inline(__always)
    mutating func add(_ values: UnsafePointer<Int32>, weight: Int) {
        var best: Int32 = 0, winners = 0
        for i in 0..<players {
            let value = values[i]
            if value > best { best = value; winners = 1 } else if value == best { winners &+= 1 }
        }
        tally.boards &+= weight
        if winners > 1 { tally.ties &+= weight }
        let share = weight &* (ShowdownTally.pot / winners)
        for i in 0..<players where values[i] == best {
            tally.shares[i] &+= share
            if winners == 1 { tally.wins[i] &+= weight }
        }
    }
}
