import ArgumentParser
import ForumCore

extension ArgumentHelp {
    /// Help for an option, flag or argument in the language of this run, from the one phrase table.
    init(_ abstract: Phrase, discussion: Phrase? = nil, valueName: Phrase? = nil) {
        self.init(abstract.text(.commandLine), discussion: discussion?.text(.commandLine),
                  valueName: valueName?.text(.commandLine))
    }
}
