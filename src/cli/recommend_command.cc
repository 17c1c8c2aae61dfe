#include "cli/recommend_command.h"

#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "cli/clock.h"
#include "cli/files.h"
#include "cli/kb_option.h"
#include "cli/terminal.h"
#include "engine/evaluate.h"
#include "io/adr_markdown.h"
#include "io/profile_json.h"
#include "io/result_json.h"
#include "io/text_report.h"

namespace cli {
namespace {

enum class ReportFormat { kText, kJson, kMarkdown };

struct RecommendOptions {
  std::string profile_path;
  ReportFormat format = ReportFormat::kText;  // for people at a terminal
  std::string date;   // empty: today, read from the clock here
  std::string title;  // empty: RenderAdr's default title
  KbOption kb;
};

std::optional<ReportFormat> FormatFromName(std::string_view name) {
  if (name == "text") return ReportFormat::kText;
  if (name == "json") return ReportFormat::kJson;
  if (name == "markdown") return ReportFormat::kMarkdown;
  return std::nullopt;
}

int RunRecommend(const RecommendOptions& options) {
  auto knowledge = LoadSelectedKnowledgeBase(options.kb);
  if (!knowledge) return ReportKbError(knowledge.error());
  auto text = ReadInput(options.profile_path);
  if (!text)
    return ReportError(text.error(), DisplayName(options.profile_path));
  auto profile = io::ParseProfile(*text, *knowledge);
  if (!profile) {
    return ReportError(profile.error(), DisplayName(options.profile_path));
  }
  engine::Recommendation result = engine::Evaluate(*knowledge, *profile);
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
      adr.date = options.date.empty() ? TodayIso() : options.date;
      std::cout << io::RenderAdr(result, *profile, adr);
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
  command
      ->add_option("--profile", options->profile_path,
                   "Profile JSON file, or - for stdin")
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
  command
      ->add_option("--date", options->date,
                   "The ADR's date, YYYY-MM-DD (default: today)")
      ->check(CLI::Validator(
          [](std::string& value) {
            return IsIsoDate(value)
                       ? std::string()
                       : "expected a date as YYYY-MM-DD; got \"" + value + "\"";
          },
          ""))
      ->type_name("YYYY-MM-DD");
  command->add_option("--title", options->title,
                      "The ADR's title (default: \"Choose <stack> ...\")");
  AddKbOption(*command, options->kb);
  command->callback(
      [options, &status] { status.exit_code = RunRecommend(*options); });
}

}  // namespace cli
