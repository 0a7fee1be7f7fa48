import ForumCore
import Foundation

extension Language {
    /// The language of this run: `--lang`, else the environment.
    ///
    /// argument-parser builds help texts while it parses, so the language has to be known before
    /// parsing rather than taken from the parsed options. A `static let` is computed once, lazily
    /// and thread-safely, from the process's own arguments and environment, and never changes:
    /// every reader sees the same value without a lock or `nonisolated(unsafe)`.
    static let commandLine = requested(in: Array(CommandLine.arguments.dropFirst()),
                                       environment: ProcessInfo.processInfo.environment)

    /// `--lang X` or `--lang=X` among the arguments (the last one wins, as in argument-parser; an
    /// unknown value is left for the parser to refuse), else `LC_ALL`, `LC_MESSAGES` or `LANG`.
    static func requested(in arguments: [String], environment: [String: String]) -> Language {
        var chosen: Language?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.endIndex {
                chosen = Language(rawValue: arguments[index + 1]) ?? chosen
                index += 2
                continue
            }
            if argument.hasPrefix("--lang=") {
                chosen = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? chosen
            }
            index += 1
        }
        return chosen ?? from(environment: environment)
    }

    /// From `LC_ALL`, `LC_MESSAGES` or `LANG`, the first that is set.
    private static func from(environment: [String: String]) -> Language {
        let value = [environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]]
            .compactMap { $0 }.first { !$0.isEmpty }
        return from(environmentValue: value)
    }
}
