// stackwise: the composition root. Builds the command line from one Add
// call per subcommand (each in its own file, declared in command.h), parses
// it, and turns the outcome into the exit status of command.h's table.
// CLI11's exceptions end here; a last-resort catch makes any other escape
// exit 1.
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#include "cli/command.h"

namespace {

// STACKWISE_VERSION comes from project() in CMakeLists.txt.
constexpr const char* kVersion = "stackwise " STACKWISE_VERSION;

int Run(int argc, char** argv) {
  CLI::App app(
      "stackwise: choose a backend stack for your startup, and "
      "write the decision down.",
      "stackwise");
  app.set_version_flag("--version", kVersion);
  app.footer(
      "Run `stackwise COMMAND --help` for a command's options and an "
      "example;\n`man stackwise` for the whole manual.");
  app.require_subcommand(1);

  cli::CommandStatus status;
  cli::AddRecommendCommand(app, status);
  cli::AddAskCommand(app, status);
  cli::AddAdrCommand(app, status);
  cli::AddCheckCommand(app, status);
  cli::AddKbCommand(app, status);
  cli::AddServeCommand(app, status);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version arrive as "successful" parse errors.
    if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
      return app.exit(e);
    }
    return cli::ReportError(base::InvalidArgument(e.what()));
  }
  return status.exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "stackwise: internal error: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "stackwise: internal error\n";
  }
  return cli::kExitFailure;
}
