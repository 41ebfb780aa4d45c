import PokerEngine

/// Imports PokerStars No-Limit Hold'em hand histories: each hand is parsed, rebuilt as an engine
/// hand (positions from the button, forced bets, the cards the history shows with stand-ins for
/// the rest) and replayed line by line. A hand is accepted only when every action is legal,
/// every call, all-in and uncalled bet matches, and the pot and each player's collected amount
/// (plus the rake) are reproduced; otherwise it is reported with the first line that disagrees.
public enum PokerStarsImporter {
    /// The result for every hand of a file's text, in order.
    public static func read(_ text: String, source: String) -> [Result<ImportedHand, HandImportError>] {
        PokerStarsParser.split(text).map { lines in
            Result { () throws(HandImportError) -> ImportedHand in
                var parser = try PokerStarsParser(file: source, lines: lines)
                let record = try parser.parse()
                return try PokerStarsHandBuilder(record: record, file: source, lines: lines).build()
            }
        }
    }
}
