import ForumCore

/// The effects every screen makes: a load whose result updates the screen, and a command whose
/// failure says why on the status line and reloads what the screen shows.
extension Screen {
    /// An effect that loads a value from the repository and hands it to `apply` on this screen.
    /// A failure appears on the status line; the screen keeps what it showed.
    public func load<Value: Sendable>(
        _ label: String,
        _ fetch: @escaping @Sendable (any ForumRepository) async throws -> Value,
        apply: @escaping @Sendable (inout Self, Value, ScreenContext) -> ScreenResponse
    ) -> Effect {
        let id = self.id
        return Effect(label) { repository in
            do {
                let value = try await fetch(repository)
                return .screenUpdate(id, ScreenUpdate { screen, context in
                    Self.typed(&screen) { apply(&$0, value, context) }
                })
            } catch {
                return .failed(Effect.phrase(for: error))
            }
        }
    }

    /// A command whose result `done` applies to the screen; on failure (someone decided first, a
    /// conflict, a refusal) the reason goes to the status line and the screen reloads, so that
    /// what another terminal did is in view at once.
    public func command<Value: Sendable>(
        _ label: String, _ run: @escaping @Sendable (any ForumRepository) async throws -> Value,
        done: @escaping @Sendable (inout Self, Value, ScreenContext) -> ScreenResponse
    ) -> Effect {
        let id = id
        return Effect(label) { repository in
            do {
                let value = try await run(repository)
                return .screenUpdate(id, ScreenUpdate { screen, context in
                    Self.typed(&screen) { done(&$0, value, context) }
                })
            } catch {
                let phrase = Effect.phrase(for: error)
                return .screenUpdate(id, ScreenUpdate { screen, context in
                    ScreenResponse(effects: screen.reload(context), status: (.failure, phrase))
                })
            }
        }
    }
}
