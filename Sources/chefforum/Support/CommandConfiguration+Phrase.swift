import ArgumentParser
import ForumCore

extension CommandConfiguration {
    /// A command's name and help in the language of this run.
    init(commandName: String? = nil, abstract: Phrase, discussion: Phrase? = nil, version: Phrase? = nil,
         subcommands: [any ParsableCommand.Type] = [], defaultSubcommand: (any ParsableCommand.Type)? = nil) {
        self.init(commandName: commandName, abstract: abstract.text(.commandLine),
                  discussion: discussion?.text(.commandLine) ?? "", version: version?.text(.commandLine) ?? "",
                  subcommands: subcommands, defaultSubcommand: defaultSubcommand)
    }
}
