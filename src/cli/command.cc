#include "cli/command.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>
#include <utility>

#include "kb/load.h"

namespace cli {
namespace {

// True for a well-formed YYYY-MM-DD (digits and dashes, month 01-12,
// day 01-31); the calendar is not checked further.
bool IsIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  int month = (text[5] - '0') * 10 + (text[6] - '0');
  int day = (text[8] - '0') * 10 + (text[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

}  // namespace

int ExitCodeFor(base::ErrorCode code) {
  switch (code) {
    case base::ErrorCode::kInvalidArgument:
    case base::ErrorCode::kFailedPrecondition:
    case base::ErrorCode::kNotFound:
    case base::ErrorCode::kPayloadTooLarge:
    case base::ErrorCode::kUnsupportedMediaType:
      return kExitInvalidInput;
    case base::ErrorCode::kUnauthenticated:
    case base::ErrorCode::kPermissionDenied:
    case base::ErrorCode::kInternal:
      return kExitFailure;
  }
  return kExitFailure;
}

int ReportError(const base::Error& error, std::string_view context) {
  std::cerr << "stackwise: error: ";
  if (!context.empty()) std::cerr << context << ": ";
  std::cerr << error.ToString() << "\n";
  return ExitCodeFor(error.code);
}

int ReportKbError(const base::Error& error) {
  std::cerr << error.message << "\n";
  return ExitCodeFor(error.code);
}

void AddKbOption(CLI::App& command, KbOption& option) {
  command
      .add_option("--kb", option.path,
                  "Knowledge base TOML file (default: the built-in one)")
      ->type_name("FILE");
}

base::Result<engine::KnowledgeBase> LoadSelectedKnowledgeBase(
    const KbOption& option) {
  if (option.path.empty()) return kb::DefaultKnowledgeBase();
  auto text = ReadInput(option.path);
  if (!text) {
    return base::InvalidArgument(option.path + ": " + text.error().message,
                                 option.path);
  }
  return kb::LoadKnowledgeBase(*text, option.path);
}

void AddDateOption(CLI::App& command, std::string& date,
                   std::string description) {
  command.add_option("--date", date, std::move(description))
      ->check(CLI::Validator(
          [](std::string& value) {
            return IsIsoDate(value)
                       ? std::string()
                       : "expected a date as YYYY-MM-DD; got \"" + value + "\"";
          },
          ""))
      ->type_name("YYYY-MM-DD");
}

void AddMetadataOption(CLI::App& command, io::AdrMetadata& metadata) {
  const std::map<std::string, io::AdrMetadata> names = {
      {"list", io::AdrMetadata::kList},
      {"front-matter", io::AdrMetadata::kFrontMatter}};
  command
      .add_option("--metadata", metadata,
                  "Where the record keeps status, date and deciders: list "
                  "(\"- Status:\" lines under the title, read by log4brains "
                  "and adr-tools; default) or front-matter (MADR 4)")
      ->transform(CLI::CheckedTransformer(names))
      ->option_text("list|front-matter");
}

base::Result<std::string> ReadInput(const std::string& path) {
  if (path == "-") {
    std::ostringstream text;
    text << std::cin.rdbuf();
    return text.str();
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    return base::InvalidArgument(std::string("cannot read: ") +
                                 std::strerror(errno));
  }
  std::string text((std::istreambuf_iterator<char>(file)),
                   std::istreambuf_iterator<char>());
  if (file.bad()) {
    return base::InvalidArgument(std::string("cannot read: ") +
                                 std::strerror(errno));
  }
  return text;
}

base::Result<void> WriteFile(const std::string& path, std::string_view text) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (file) file.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (file) file.close();
  if (!file) {
    return base::Internal("cannot write " + path + ": " + std::strerror(errno));
  }
  return {};
}

std::string DisplayName(const std::string& path) {
  return path == "-" ? "<stdin>" : path;
}

io::Color StdoutColor() {
  if (std::getenv("NO_COLOR") != nullptr) return io::Color::kNever;
  if (isatty(STDOUT_FILENO) == 0) return io::Color::kNever;
  return io::Color::kAnsi;
}

std::string TodayIso(const base::Clock& clock) {
  return base::FormatDate(clock());
}

}  // namespace cli
