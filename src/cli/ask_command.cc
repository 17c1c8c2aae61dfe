#include "cli/ask_command.h"

#include <iostream>
#include <memory>

#include "cli/clock.h"
#include "cli/files.h"
#include "cli/kb_option.h"
#include "cli/prompter.h"
#include "cli/questionnaire.h"
#include "cli/terminal.h"
#include "engine/evaluate.h"
#include "io/adr_markdown.h"
#include "io/profile_json.h"
#include "io/text_report.h"

namespace cli {
namespace {

// Saves `text` if the user names a file; a failed write is reported and
// makes the exit status 1, but the other file is still offered.
int OfferToSave(Prompter& prompter, std::string_view question,
                const std::string& text) {
  std::string path = prompter.AskText(question, "");
  if (path.empty()) return kExitOk;
  auto written = WriteFile(path, text);
  if (!written) return ReportError(written.error());
  std::cout << "Wrote " << path << "\n";
  return kExitOk;
}

int RunAsk(const KbOption& kb_option) {
  auto knowledge = LoadSelectedKnowledgeBase(kb_option);
  if (!knowledge) return ReportKbError(knowledge.error());

  Prompter prompter(std::cin, std::cout);
  prompter.Say(
      "Answer each question; Enter takes the default shown in brackets.");
  engine::Profile profile = AskProfile(prompter, *knowledge);
  // The answers pass the same validation as a profile file, so `ask` can
  // never produce a profile that `recommend` would refuse.
  std::string profile_json = io::ProfileToJson(profile);
  if (auto checked = io::ParseProfile(profile_json, *knowledge); !checked) {
    return ReportError(checked.error());
  }

  engine::Recommendation result = engine::Evaluate(*knowledge, profile);
  std::cout << "\n" << io::RenderText(result, StdoutColor()) << "\n";

  io::AdrOptions adr;
  adr.date = TodayIso();
  int status = OfferToSave(prompter, "Save the profile JSON to a file?",
                           profile_json + "\n");
  int adr_status = OfferToSave(prompter, "Save the ADR (Markdown) to a file?",
                               io::RenderAdr(*knowledge, result, profile, adr));
  return status != kExitOk ? status : adr_status;
}

}  // namespace

void AddAskCommand(CLI::App& app, CommandStatus& status) {
  auto kb_option = std::make_shared<KbOption>();
  CLI::App* command = app.add_subcommand(
      "ask", "Answer questions in the terminal, get a report");
  command->footer(
      "Example:\n  stackwise ask    # then answer; it offers to save the "
      "profile and the ADR");
  AddKbOption(*command, *kb_option);
  command->callback(
      [kb_option, &status] { status.exit_code = RunAsk(*kb_option); });
}

}  // namespace cli
