import ArgumentParser
import ForumCore
import ForumTUI

/// Options of the commands that open the console.
struct ConsoleArguments: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Strings.themeHelp, discussion: Strings.themeDiscussion, valueName: Strings.valueTheme))
    var theme: ThemeName?
}

extension ThemeName: ExpressibleByArgument {}
