// `stackwise ask` (command.h): the questionnaire in the terminal, then the
// text report, then an offer to save the profile JSON and the ADR.
//
// The questionnaire asks the article's five questions and the rest of the
// profile, one question at a time, in the profile's order (team, product,
// company, leaning). Every question has the default of engine/profile.h, so
// Enter through the whole list gives the default profile, and end of input
// stops cleanly with defaults.
#include <algorithm>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/prompter.h"
#include "engine/evaluate.h"
#include "io/adr_markdown.h"
#include "io/profile_json.h"
#include "io/text_report.h"

namespace cli {
namespace {

// The same bounds io/ enforces on a profile document.
constexpr int64_t kMaxEngineers = 1'000'000;
constexpr int64_t kMaxPeakRps = 1'000'000'000;

// The ids of the loaded knowledge base: the languages a profile may name
// and the stacks it may lean toward.
struct Ids {
  std::vector<std::string> languages;
  std::vector<std::string> stacks;

  static std::vector<std::string_view> Views(
      const std::vector<std::string>& v) {
    return {v.begin(), v.end()};
  }
};

Ids IdsOf(const engine::KnowledgeBase& kb) {
  return Ids{kb.LanguageIds(), kb.StackIds()};
}

std::vector<std::string> AskLanguages(Prompter& p, const Ids& ids,
                                      std::string_view question) {
  std::vector<std::string> out;
  for (size_t index : p.AskChoices(question, Ids::Views(ids.languages))) {
    out.push_back(ids.languages[index]);
  }
  return out;
}

std::vector<std::string_view> LevelsAboveNone() {
  auto names = engine::Names(engine::SkillLevel{});
  return {names.begin() + 1, names.end()};
}

engine::TeamMember AskMember(Prompter& p, const Ids& ids) {
  engine::TeamMember member;
  member.name = p.AskText("  Name (optional)", "");
  auto languages = AskLanguages(p, ids, "  Backend languages they know");
  const auto levels = LevelsAboveNone();
  for (const std::string& language : languages) {
    auto level = p.AskChoice("  Level in " + language, levels,
                             size_t{1});  // "working": the honest middle
    member.skills[language] =
        static_cast<engine::SkillLevel>(level.value_or(1) + 1);
  }
  return member;
}

std::vector<engine::TeamMember> AskTeam(Prompter& p, const Ids& ids) {
  p.Say("\nTeam (question 1: what does the team know best?)");
  std::vector<engine::TeamMember> team;
  // The first member is offered by default; after that, stopping is.
  while (p.AskYesNo(team.empty() ? "Add a team member who writes code?"
                                 : "Add another team member?",
                    team.empty()) &&
         !p.exhausted()) {
    team.push_back(AskMember(p, ids));
  }
  return team;
}

engine::Product AskProduct(Prompter& p) {
  p.Say("\nProduct (questions 2 to 4)");
  engine::Product product;
  product.ai_ml = p.AskEnum("AI/ML in the product?", product.ai_ml);
  if (product.ai_ml != engine::AiMl::kNone) {
    product.ai_ml_approach =
        p.AskEnum("Hosted models (LLM APIs) or models you build and train?",
                  product.ai_ml_approach);
  }
  product.realtime =
      p.AskEnum("Real-time features (chat, live updates)?", product.realtime);
  product.workload = p.AskEnum("Main scaling constraint?", product.workload);
  product.data_intensive = p.AskYesNo("Data-intensive (analytics, pipelines)?",
                                      product.data_intensive);
  product.kind = p.AskEnum("Kind of product?", product.kind);
  product.performance_differentiator =
      p.AskYesNo("Is raw speed a competitive edge from day one?",
                 product.performance_differentiator);
  product.server_rendering =
      p.AskYesNo("Server-side rendering needed?", product.server_rendering);
  product.expected_peak_rps =
      p.AskOptionalCount("Expected peak requests per second?", 1, kMaxPeakRps);
  return product;
}

engine::Company AskCompany(Prompter& p, const Ids& ids, size_t team_size) {
  p.Say("\nCompany (question 5: where will you hire?)");
  engine::Company company;
  // The people just listed are the best guess at the engineers there are.
  company.engineers_now = p.AskCount(
      "Engineers now?",
      std::max(company.engineers_now, static_cast<int64_t>(team_size)), 0,
      kMaxEngineers);
  // No hiring plan unless given: default to the team as it is now.
  company.engineers_in_12_months = p.AskCount(
      "Engineers in 12 months?", company.engineers_now, 0, kMaxEngineers);
  company.hiring_region = p.AskEnum("Hiring region?", company.hiring_region);
  company.launched = p.AskYesNo("Already launched?", company.launched);
  if (company.launched) {
    auto backend = p.AskChoice("Language of the current backend?",
                               Ids::Views(ids.languages), std::nullopt);
    if (backend) company.current_backend = ids.languages[*backend];
  }
  company.planned_languages =
      AskLanguages(p, ids, "Backend languages you plan to use?");
  return company;
}

engine::Leaning AskLeaning(Prompter& p, const Ids& ids) {
  p.Say("\nLeaning");
  engine::Leaning leaning;
  auto stack = p.AskChoice("Stack you already lean towards?",
                           Ids::Views(ids.stacks), std::nullopt);
  if (stack) {
    leaning.stack = ids.stacks[*stack];
    leaning.reasons = p.AskEnums<engine::LeaningReason>("Why that stack?");
  }
  return leaning;
}

// Languages and stacks are offered from `kb`.
engine::Profile AskProfile(Prompter& prompter,
                           const engine::KnowledgeBase& kb) {
  const Ids ids = IdsOf(kb);
  engine::Profile profile;
  profile.team = AskTeam(prompter, ids);
  profile.product = AskProduct(prompter);
  profile.company = AskCompany(prompter, ids, profile.team.size());
  profile.leaning = AskLeaning(prompter, ids);
  return profile;
}

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
