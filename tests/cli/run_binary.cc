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

TempDir::TempDir() {
  std::string pattern =
      (std::filesystem::temp_directory_path() / "stackwise-cli-XXXXXX")
          .string();
  if (mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("mkdtemp failed");
  }
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

void TempDir::Write(const std::string& name, const std::string& text) const {
  std::ofstream(File(name), std::ios::binary) << text;
}

std::string TempDir::Read(const std::string& name) const {
  std::ifstream file(File(name), std::ios::binary);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

RunResult RunStackwise(const std::vector<std::string>& args,
                       const std::string& stdin_text,
                       const std::vector<std::string>& env) {
  TempDir io;
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
