import PokerGame
import PokerLab
import PokerStore

extension AppEffects {
    /// Runs an AI lab query in the background and posts the answer (or one sentence on failure)
    /// to the screen that asked.
    func performLab(_ command: AppCommand, inbox: Inbox<AppMsg>) {
        let store = environment.store
        switch command {
        case let .loadCaptures(filter):
            spawn {
                guard let store else { return inbox.post(AppMsg(.captures(.failed(Self.noDatabase)))) }
                do {
                    inbox.post(AppMsg(.capturePage(try await store.browseCaptures(filter), filter: filter)))
                } catch {
                    inbox.post(AppMsg(.captures(.failed(Self.sentence(error)))))
                }
            }
        case let .loadCapture(id):
            spawn {
                guard let store else { return inbox.post(AppMsg(.captures(.failed(Self.noDatabase)))) }
                do {
                    let lines = try await Self.detailLines(id, store: store)
                    inbox.post(AppMsg(.captures(.detailLoaded(id, lines))))
                } catch {
                    inbox.post(AppMsg(.captures(.failed(Self.sentence(error)))))
                }
            }
        case let .loadUsage(query):
            spawn {
                guard let store else { return inbox.post(AppMsg(.usage(.failed(Self.noDatabase)))) }
                do {
                    inbox.post(AppMsg(.usage(.loaded(try await store.usageReport(query)))))
                } catch {
                    inbox.post(AppMsg(.usage(.failed(Self.sentence(error)))))
                }
            }
        default:
            break
        }
    }

    nonisolated static let noDatabase = "No database is open."

    /// Capture `id` as `pokerface lab show` prints it (the same text builder), one line each.
    nonisolated static func detailLines(_ id: CaptureID, store: any LabArchive) async throws(StoreError) -> [String] {
        var lines = try await CaptureDetail.load(id, store: store).text
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}
