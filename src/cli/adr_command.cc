// `stackwise adr`: writes the next numbered decision record (command.h).
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <system_error>

#include "cli/command.h"
#include "engine/evaluate.h"
#include "io/adr_markdown.h"
#include "io/adr_record.h"
#include "io/profile_json.h"

namespace cli {
namespace {

namespace fs = std::filesystem;

struct AdrCommandOptions {
  std::string profile_path;
  std::string dir = "docs/decisions";  // MADR's layout
  std::string date;                    // empty: today
  std::string supersedes;  // NNNN of the record replaced; empty: none
  io::AdrMetadata metadata = io::AdrMetadata::kList;  // what log4brains reads
  KbOption kb;
};

// The number at the start of "NNNN-....md", or nullopt for other files.
std::optional<int> RecordNumber(const std::string& name) {
  if (name.size() < 8 || name[4] != '-' || !name.ends_with(".md")) {
    return std::nullopt;
  }
  int number = 0;
  for (int i = 0; i < 4; ++i) {
    if (name[i] < '0' || name[i] > '9') return std::nullopt;
    number = number * 10 + (name[i] - '0');
  }
  return number;
}

struct Records {
  int next = 1;
  std::optional<std::string> superseded;  // file name of --supersedes
};

base::Result<Records> ScanRecords(const std::string& dir,
                                  const std::string& supersedes) {
  Records records;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return base::Internal("cannot create " + dir + ": " + ec.message());
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    auto number = RecordNumber(name);
    if (!number) continue;
    records.next = std::max(records.next, *number + 1);
    if (!supersedes.empty() && name.starts_with(supersedes + "-")) {
      records.superseded = name;
    }
  }
  if (ec) return base::Internal("cannot list " + dir + ": " + ec.message());
  if (!supersedes.empty() && !records.superseded) {
    return base::NotFound("no record " + supersedes + "-*.md in " + dir,
                          "--supersedes");
  }
  return records;
}

std::string FourDigits(int number) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d", number);
  return text;
}

int RunAdr(const AdrCommandOptions& options) {
  auto knowledge = LoadSelectedKnowledgeBase(options.kb);
  if (!knowledge) return ReportKbError(knowledge.error());
  auto text = ReadInput(options.profile_path);
  if (!text)
    return ReportError(text.error(), DisplayName(options.profile_path));
  auto profile = io::ParseProfile(*text, *knowledge);
  if (!profile) {
    return ReportError(profile.error(), DisplayName(options.profile_path));
  }
  auto records = ScanRecords(options.dir, options.supersedes);
  if (!records) return ReportError(records.error());

  engine::Recommendation result = engine::Evaluate(*knowledge, *profile);
  const std::string title = io::AdrTitle(result);
  const std::string name =
      FourDigits(records->next) + "-" + io::KebabCase(title) + ".md";
  io::AdrOptions adr;
  adr.date = options.date.empty() ? TodayIso() : options.date;
  adr.answers_json = io::ProfileToJson(*profile, 2);
  adr.metadata = options.metadata;
  if (records->superseded) adr.supersedes = *records->superseded;
  const std::string path = (fs::path(options.dir) / name).string();
  if (auto written =
          WriteFile(path, io::RenderAdr(*knowledge, result, *profile, adr));
      !written) {
    return ReportError(written.error());
  }
  if (records->superseded) {
    const std::string old_path =
        (fs::path(options.dir) / *records->superseded).string();
    auto old_text = ReadInput(old_path);
    if (!old_text) return ReportError(old_text.error(), old_path);
    if (auto written = WriteFile(old_path, io::MarkSuperseded(*old_text, name));
        !written) {
      return ReportError(written.error());
    }
  }
  std::cout << path << "\n";
  return kExitOk;
}

}  // namespace

void AddAdrCommand(CLI::App& app, CommandStatus& status) {
  auto options = std::make_shared<AdrCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "adr", "Write the next numbered decision record into a folder");
  command->footer(
      "Example:\n"
      "  stackwise adr --profile examples/rails-team-crud.json --dir docs/adr\n"
      "  writes docs/adr/0001-use-ruby-on-rails-for-the-backend.md (or the\n"
      "  next number), and --supersedes 0001 would mark 0001 replaced by it");
  command
      ->add_option("--profile", options->profile_path,
                   "Profile JSON file, or - for stdin")
      ->type_name("FILE")
      ->required();
  command
      ->add_option("--dir", options->dir,
                   "Folder of decision records (default: docs/decisions)")
      ->type_name("DIR");
  AddDateOption(*command, options->date,
                "The record's date, YYYY-MM-DD (default: today)");
  command
      ->add_option("--supersedes", options->supersedes,
                   "Number of the record this one replaces (NNNN)")
      ->check(CLI::Validator(
          [](std::string& value) {
            bool ok =
                value.size() == 4 &&
                value.find_first_not_of("0123456789") == std::string::npos;
            return ok ? std::string()
                      : "expected a record number as NNNN; got \"" + value +
                            "\"";
          },
          ""))
      ->type_name("NNNN");
  AddMetadataOption(*command, options->metadata);
  AddKbOption(*command, options->kb);
  command->callback(
      [options, &status] { status.exit_code = RunAdr(*options); });
}

}  // namespace cli
