// The command line arrives with the storage issue; until then the binary says plainly what it is.
import ForumCore

let language = Language.from(environmentValue: ProcessInfoShim.environment("LANG"))
print(language == .english
      ? "chefforum: the console is not built yet; see README.md."
      : "chefforum: konsollen er ikke bygget endnu; se README.md.")
