import Foundation
import Logging
import PostgresNIO
import Synchronization

/// The change token on PostgreSQL. Every writing transaction sends a notification
/// (`pg_notify`, delivered at commit); one connection of its own listens for them, so that a
/// commit on another host moves the token within moments and nothing polls while all is quiet.
/// This process's own commits move the token as they commit; their notifications, which carry
/// this process's sender id, are not counted again.
final class ChangeSignal: Sendable {
    /// The notification channel: one per schema, so that databases side by side on one server
    /// (the tests' schemas) do not wake each other.
    let channel: String
    /// The payload of this process's notifications.
    let sender = UUID().uuidString
    private let counter = Counter()
    private let listener: Task<Void, Never>

    init(address: PostgresAddress, channel: String, logger: Logger) {
        self.channel = channel
        let counter = counter
        let sender = sender
        listener = Task {
            while !Task.isCancelled {
                if let connection = try? await PostgresDatabase.connect(address, logger: logger) {
                    await withTaskCancellationHandler {
                        _ = try? await connection.listen(on: channel) { notifications in
                            for try await notification in notifications where notification.payload != sender {
                                counter.value.add(1, ordering: .relaxed)
                            }
                        }
                    } onCancel: {
                        connection.close().whenComplete { _ in }
                    }
                    _ = try? await connection.close()
                }
                // The connection was lost: what changed meanwhile is unknown, so screens reload.
                counter.value.add(1, ordering: .relaxed)
                try? await Task.sleep(for: .seconds(1))
            }
        }
    }

    deinit { listener.cancel() }

    var token: Int64 { counter.value.load(ordering: .relaxed) }

    /// This process committed a change.
    func committed() { counter.value.add(1, ordering: .relaxed) }

    private final class Counter: Sendable {
        let value = Atomic<Int64>(0)
    }
}
