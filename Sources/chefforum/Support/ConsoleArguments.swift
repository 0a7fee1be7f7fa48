import ArgumentParser
import ForumTUI

/// Options of the commands that open the console.
struct ConsoleArguments: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Colour theme: default, light or mono.",
        discussion: "Default: mono when NO_COLOR is set, else default (safe for red-green colour blindness).",
        valueName: "theme"))
    var theme: ThemeName?
}

extension ThemeName: ExpressibleByArgument {}
