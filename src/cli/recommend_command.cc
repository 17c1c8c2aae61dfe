// `stackwise recommend` (command.h).
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/command.h"
#include "engine/evaluate.h"
#include "engine/group.h"
#include "io/adr_markdown.h"
#include "io/profile_json.h"
#include "io/result_json.h"
#include "io/text_report.h"

namespace cli {
namespace {

enum class ReportFormat { kText, kJson, kMarkdown };

struct RecommendOptions {
  // One file per founder; with two or more, the combined decision
  // (engine/group.h).
  std::vector<std::string> profile_paths;
  ReportFormat format = ReportFormat::kText;  // for people at a terminal
  std::string date;   // empty: today, read from the clock here
  std::string title;  // empty: RenderAdr's default title
  io::AdrMetadata metadata = io::AdrMetadata::kList;  // what log4brains reads
  KbOption kb;
};

std::optional<ReportFormat> FormatFromName(std::string_view name) {
  if (name == "text") return ReportFormat::kText;
  if (name == "json") return ReportFormat::kJson;
  if (name == "markdown") return ReportFormat::kMarkdown;
  return std::nullopt;
}

// The founder's name: the file's first team member's, else the file name
// without its folder and extension ("stdin" for -).
std::string FounderName(const std::string& path,
                        const engine::Profile& profile) {
  if (!profile.team.empty() && !profile.team.front().name.empty()) {
    return profile.team.front().name;
  }
  return path == "-" ? "stdin" : std::filesystem::path(path).stem().string();
}

int RunRecommend(const RecommendOptions& options) {
  auto knowledge = LoadSelectedKnowledgeBase(options.kb);
  if (!knowledge) return ReportKbError(knowledge.error());
  std::vector<engine::Founder> founders;
  for (const std::string& path : options.profile_paths) {
    auto text = ReadInput(path);
    if (!text) return ReportError(text.error(), DisplayName(path));
    auto profile = io::ParseProfile(*text, *knowledge);
    if (!profile) return ReportError(profile.error(), DisplayName(path));
    founders.push_back(
        engine::Founder{FounderName(path, *profile), *std::move(profile)});
  }
  engine::Recommendation result =
      std::move(engine::EvaluateGroup(*knowledge, founders).combined);
  // The ADR's deciders: every member of the combined team.
  engine::Profile adr_profile = founders.front().profile;
  adr_profile.team = engine::CombinedTeam(founders);
  switch (options.format) {
    case ReportFormat::kText:
      std::cout << io::RenderText(result, StdoutColor());
      break;
    case ReportFormat::kJson:
      std::cout << io::RecommendationToJson(result, 2) << "\n";
      break;
    case ReportFormat::kMarkdown: {
      io::AdrOptions adr;
      adr.title = options.title;
      adr.metadata = options.metadata;
      adr.date = options.date.empty() ? TodayIso() : options.date;
      std::cout << io::RenderAdr(*knowledge, result, adr_profile, adr);
      break;
    }
  }
  std::cout.flush();
  return std::cout ? kExitOk : kExitFailure;
}

}  // namespace

void AddRecommendCommand(CLI::App& app, CommandStatus& status) {
  // The options outlive this function: CLI11 writes into them while parsing
  // and the callback reads them afterwards.
  auto options = std::make_shared<RecommendOptions>();
  CLI::App* command = app.add_subcommand(
      "recommend", "Recommend a backend stack for a profile");
  command->footer(
      "Examples:\n  stackwise recommend --profile "
      "examples/python-team-ai-saas.json\n  stackwise recommend --profile "
      "ana.json --profile ben.json --format markdown > adr.md");
  command
      ->add_option("--profile", options->profile_paths,
                   "Profile JSON file, or - for stdin; repeat it for each "
                   "founder to decide together")
      ->type_name("FILE")
      ->required();
  command
      ->add_option_function<std::string>(
          "--format",
          [options](const std::string& name) {
            options->format =
                FormatFromName(name).value_or(ReportFormat::kText);
          },
          "text (default), json, or markdown (an ADR)")
      ->type_name("FORMAT")
      ->check(CLI::Validator(
          [](std::string& value) {
            return FormatFromName(value) ? std::string()
                                         : "expected one of text, json, "
                                           "markdown; got \"" +
                                               value + "\"";
          },
          ""));
  AddDateOption(*command, options->date,
                "The ADR's date, YYYY-MM-DD (default: today)");
  command->add_option("--title", options->title,
                      "The ADR's title (default: \"Use <stack> with "
                      "<framework> for the backend\")");
  AddMetadataOption(*command, options->metadata);
  AddKbOption(*command, options->kb);
  command->callback(
      [options, &status] { status.exit_code = RunRecommend(*options); });
}

}  // namespace cli
