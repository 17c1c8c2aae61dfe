#include "cli/kb_option.h"

#include <iostream>
#include <map>
#include <utility>

#include "cli/clock.h"
#include "cli/exit_codes.h"
#include "cli/files.h"
#include "kb/load.h"

namespace cli {

void AddKbOption(CLI::App& command, KbOption& option) {
  command
      .add_option("--kb", option.path,
                  "Knowledge base TOML file (default: the built-in one)")
      ->type_name("FILE");
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

int ReportKbError(const base::Error& error) {
  std::cerr << error.message << "\n";
  return ExitCodeFor(error.code);
}

}  // namespace cli
