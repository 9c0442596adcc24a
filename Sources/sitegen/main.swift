import Foundation
import SitegenCLI

/// The real environment; the process ends after its one command, so a build leaves its
/// site to the exit instead of freeing it.
var environment = SitegenEnvironment.live
environment.leavesSiteToExit = true
exit(Sitegen.execute(Array(CommandLine.arguments.dropFirst()), environment: environment))
