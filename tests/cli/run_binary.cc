#include "run_binary.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace cli_test {
namespace {

std::string ShellQuote(const std::string& text) {
  std::string quoted = "'";
  for (char ch : text) {
    if (ch == '\'') {
      quoted += "'\\''";
    } else {
      quoted += ch;
    }
  }
  return quoted + "'";
}

}  // namespace

RunResult RunStackwise(const std::vector<std::string>& args,
                       const std::string& stdin_text,
                       const std::vector<std::string>& env) {
  base::TempDir io;
  io.Write("stdin", stdin_text);
  // Appended piece by piece: `" " + std::string&&` trips GCC 12's
  // -Wrestrict false positive at -O3 (GCC bug 105329).
  std::string command = "cd " + ShellQuote(io.path()) + " && env";
  auto add = [&command](const std::string& word) {
    command += ' ';
    command += ShellQuote(word);
  };
  for (const auto& entry : env) add(entry);
  add(STACKWISE_BIN);
  for (const auto& arg : args) add(arg);
  command += " <stdin >stdout 2>stderr";
  int status = std::system(command.c_str());
  RunResult run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = io.Read("stdout");
  run.err = io.Read("stderr");
  return run;
}

}  // namespace cli_test
