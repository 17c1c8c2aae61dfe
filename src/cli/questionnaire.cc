#include "cli/questionnaire.h"

#include <algorithm>

namespace cli {
namespace {

using engine::Language;

// The same bounds io/ enforces on a profile document.
constexpr int64_t kMaxEngineers = 1'000'000;
constexpr int64_t kMaxPeakRps = 1'000'000'000;

std::vector<std::string_view> StackNames() {
  return {engine::kStackIds.begin(), engine::kStackIds.end()};
}

std::vector<std::string_view> LevelsAboveNone() {
  auto names = engine::Names(engine::SkillLevel{});
  return {names.begin() + 1, names.end()};
}

engine::TeamMember AskMember(Prompter& p) {
  engine::TeamMember member;
  member.name = p.AskText("  Name (optional)", "");
  auto languages = p.AskEnums<Language>("  Backend languages they know");
  const auto levels = LevelsAboveNone();
  for (Language language : languages) {
    auto level =
        p.AskChoice("  Level in " + std::string(engine::Name(language)), levels,
                    size_t{1});  // "working": the honest middle
    member.skills[language] =
        static_cast<engine::SkillLevel>(level.value_or(1) + 1);
  }
  return member;
}

std::vector<engine::TeamMember> AskTeam(Prompter& p) {
  p.Say("\nTeam (question 1: what does the team know best?)");
  std::vector<engine::TeamMember> team;
  // The first member is offered by default; after that, stopping is.
  while (p.AskYesNo(team.empty() ? "Add a team member who writes code?"
                                 : "Add another team member?",
                    team.empty()) &&
         !p.exhausted()) {
    team.push_back(AskMember(p));
  }
  return team;
}

engine::Product AskProduct(Prompter& p) {
  p.Say("\nProduct (questions 2 to 4)");
  engine::Product product;
  product.ai_ml = p.AskEnum("AI/ML in the product?", product.ai_ml);
  if (product.ai_ml != engine::AiMl::kNone) {
    product.ai_ml_approach = p.AskEnum(
        "Hosted models (LLM APIs) or models you build and train?",
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

engine::Company AskCompany(Prompter& p, size_t team_size) {
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
    auto names = engine::Names(Language{});
    auto backend = p.AskChoice("Language of the current backend?",
                               {names.begin(), names.end()}, std::nullopt);
    if (backend) company.current_backend = static_cast<Language>(*backend);
  }
  company.planned_languages =
      p.AskEnums<Language>("Backend languages you plan to use?");
  return company;
}

engine::Leaning AskLeaning(Prompter& p) {
  p.Say("\nLeaning");
  engine::Leaning leaning;
  auto stack = p.AskChoice("Stack you already lean towards?", StackNames(),
                           std::nullopt);
  if (stack) {
    leaning.stack = std::string(engine::kStackIds[*stack]);
    leaning.reasons = p.AskEnums<engine::LeaningReason>("Why that stack?");
  }
  return leaning;
}

}  // namespace

engine::Profile AskProfile(Prompter& prompter) {
  engine::Profile profile;
  profile.team = AskTeam(prompter);
  profile.product = AskProduct(prompter);
  profile.company = AskCompany(prompter, profile.team.size());
  profile.leaning = AskLeaning(prompter);
  return profile;
}

}  // namespace cli
