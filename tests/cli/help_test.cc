// --help for every subcommand, and the man page beside it: each command
// explains itself with an example, and docs/stackwise.1 documents every
// option the commands accept.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "run_binary.h"

namespace cli_test {
namespace {

const std::vector<std::vector<std::string>> kCommands = {
    {"recommend"}, {"ask"},   {"adr"},        {"check"},
    {"kb"},        {"serve"}, {"kb", "show"}, {"kb", "validate"}};

std::string ManPage() {
  std::ifstream in(STACKWISE_SOURCE_DIR "/docs/stackwise.1");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

RunResult Help(std::vector<std::string> command) {
  command.push_back("--help");
  return RunStackwise(command);
}

TEST(Help, EverySubcommandShowsAnExampleOfItself) {
  for (const auto& command : kCommands) {
    if (command.size() > 1) continue;
    RunResult run = Help(command);
    EXPECT_EQ(run.exit_code, 0) << command[0];
    EXPECT_NE(run.out.find("Example"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("\n  stackwise " + command[0] + " "),
              std::string::npos)
        << run.out;
  }
}

TEST(Help, TheTopLevelPointsToTheManPage) {
  EXPECT_NE(RunStackwise({"--help"}).out.find("man stackwise"),
            std::string::npos);
}

TEST(ManPage, DocumentsEveryOptionOfEveryCommand) {
  const std::string page = ManPage();
  ASSERT_FALSE(page.empty());
  const std::regex option("--[a-z][a-z-]*");
  for (const auto& command : kCommands) {
    const std::string help = Help(command).out;
    for (std::sregex_iterator it(help.begin(), help.end(), option), end;
         it != end; ++it) {
      // troff writes each '-' of an option as "\-".
      std::string escaped;
      for (char c : it->str())
        escaped += c == '-' ? std::string("\\-") : std::string(1, c);
      EXPECT_NE(page.find(escaped), std::string::npos)
          << it->str() << " of `stackwise " << command.back()
          << "` is not in docs/stackwise.1";
    }
  }
}

TEST(ManPage, NamesTheVersionItDescribes) {
  EXPECT_NE(ManPage().find("\"stackwise " STACKWISE_VERSION "\""),
            std::string::npos);
}

}  // namespace
}  // namespace cli_test
