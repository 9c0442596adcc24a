import Foundation
import SitegenCLI

exit(Sitegen.execute(Array(CommandLine.arguments.dropFirst())))
