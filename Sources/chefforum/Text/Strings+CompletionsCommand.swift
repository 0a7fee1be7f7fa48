import ForumCore

/// `chefforum completions`.
extension Strings {
    static let completionsAbstract = Phrase(
        da: "Skriv et fuldførelsesskript til bash, zsh eller fish.",
        en: "Print a completion script for bash, zsh or fish.")
    static let completionsDiscussion = Phrase(
        da: "Fx «chefforum completions bash > /etc/bash_completion.d/chefforum», "
            + "«chefforum completions zsh > ~/.zfunc/_chefforum» eller "
            + "«chefforum completions fish > ~/.config/fish/completions/chefforum.fish».",
        en: "For example «chefforum completions bash > /etc/bash_completion.d/chefforum», "
            + "«chefforum completions zsh > ~/.zfunc/_chefforum» or "
            + "«chefforum completions fish > ~/.config/fish/completions/chefforum.fish».")
    static let completionsShellHelp = Phrase(da: "Skallen: bash, zsh eller fish.", en: "The shell: bash, zsh or fish.")
    static let valueShell = Phrase(da: "skal", en: "shell")
}
