import ForumCore

/// The update function for what effects hand back, and for the passing of time.
extension ShellState {
    /// Reads the repository's change token. The console starts with it, and its first arrival
    /// loads the rest, so that nothing committed between the loads and the token can be missed.
    static let pollChangeToken = Effect("poll change token") { repository in
        do {
            return .changeToken(try await repository.changeToken())
        } catch {
            return .failed(Effect.phrase(for: error))
        }
    }

    static let loadSettings = Effect("load settings") { repository in
        do {
            return .settingsLoaded(try await repository.settings())
        } catch {
            return .failed(Effect.phrase(for: error))
        }
    }

    /// The loads that bring everything visible up to date: the header and the current screen.
    var reloadEffects: [Effect] { [ShellState.loadSettings] + activeScreen.reload(context(for: active)) }

    /// Shows a message on the status line. A message may echo what was typed (an id, a filter),
    /// so anything in it that looks like a CPR number is masked.
    mutating func post(_ kind: StatusMessage.Kind, _ message: String, now: Duration) {
        status.post(kind, CPRText.masked(message), now: now)
    }

    mutating func receive(_ message: ShellMessage) -> [Effect] {
        switch message {
        case .settingsLoaded(let loaded):
            settings = loaded
            return []
        case .changeToken(let token):
            guard token != changeToken else { return [] }
            changeToken = token
            return reloadEffects
        case .screenUpdate(let id, let update):
            guard let index = screens.firstIndex(where: { $0.id == id }) else { return [] }
            var screen = screens[index]
            let response = update.apply(&screen, context(for: id))
            screens[index] = screen
            return apply(response, from: id)
        case .notice(let kind, let phrase):
            post(kind, text(phrase), now: now)
            return []
        case .failed(let phrase):
            let shown = text(phrase)
            if status.current?.text != CPRText.masked(shown) { post(.failure, shown, now: now) }
            return []
        }
    }

    /// Moves the console's clock on; returns whether the frame changed (a message expired).
    mutating func tick(now: Duration) -> Bool {
        self.now = now
        return status.expire(now: now)
    }
}
