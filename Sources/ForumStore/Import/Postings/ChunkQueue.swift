import Dispatch
import Synchronization

/// What the reading thread hands to the writing one: rows, then the outcome.
enum PostingMessage: Sendable {
    case rows(PostingChunk)
    case finished(Result<PostingsSummary, ImportFailure>)
}

/// A bounded hand-over of messages from the thread that reads a postings file to the thread
/// that writes the database, so that parsing and SQLite run on two cores at once while memory
/// stays at a few chunks however long the file is.
final class ChunkQueue: Sendable {
    private struct State {
        var messages: [PostingMessage] = []
        var cancelled = false
    }

    private let state = Mutex(State())
    private let available = DispatchSemaphore(value: 0)
    private let space: DispatchSemaphore

    init(capacity: Int) {
        space = DispatchSemaphore(value: capacity)
    }

    /// Hands over a chunk, waiting while the queue is full; false once the writer has given up.
    func put(_ chunk: PostingChunk) -> Bool {
        space.wait()
        let accepted = state.withLock { state in
            guard !state.cancelled else { return false }
            state.messages.append(.rows(chunk))
            return true
        }
        if accepted { available.signal() } else { space.signal() }
        return accepted
    }

    /// Hands over the outcome; never waits, so a reader can always finish.
    func finish(_ result: Result<PostingsSummary, ImportFailure>) {
        state.withLock { $0.messages.append(.finished(result)) }
        available.signal()
    }

    /// The next message, waiting for one.
    func take() -> PostingMessage {
        available.wait()
        let message = state.withLock { $0.messages.removeFirst() }
        if case .rows = message { space.signal() }
        return message
    }

    /// The writer gives up (its database failed): the reader stops at its next chunk.
    func cancel() {
        state.withLock { $0.cancelled = true }
        space.signal()
    }
}
