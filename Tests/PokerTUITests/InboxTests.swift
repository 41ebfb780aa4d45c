import Glibc
import Testing
@testable import PokerTUI

@Suite struct InboxTests {
    @Test func postsFromManyThreadsArriveInOrderPerSender() async {
        let inbox = Inbox<Int>()
        await withTaskGroup(of: Void.self) { group in
            for sender in 0..<4 {
                group.addTask { for n in 0..<250 { inbox.post(sender * 1000 + n) } }
            }
        }
        let messages = inbox.drain()
        #expect(messages.count == 1000)
        for sender in 0..<4 {
            let mine = messages.filter { $0 / 1000 == sender }
            #expect(mine == mine.sorted())
        }
        #expect(inbox.drain().isEmpty)
    }

    @Test func postingWakesTheTerminal() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        let inbox = Inbox<String>()
        inbox.setWaker(Waker(descriptor: ends[1]))
        inbox.post("AI decided")
        var value: UInt64 = 0
        let count = withUnsafeMutableBytes(of: &value) { read(ends[0], $0.baseAddress, 8) }
        #expect(count == 8 && value == 1)
        #expect(inbox.drain() == ["AI decided"])
    }
}
