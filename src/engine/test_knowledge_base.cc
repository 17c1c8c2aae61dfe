#include "engine/test_knowledge_base.h"

#include <utility>

namespace engine::test_kb {
namespace {

constexpr std::string_view kTinyStacks[] = {
    "python", "node", "go", "ruby", "java", "csharp", "elixir", "rust", "php"};

std::vector<StackLanguage> TinyLanguages(std::string_view id) {
  static const std::pair<std::string_view, std::vector<StackLanguage>>
      kLanguages[] = {
          {"python", {{"python", "Python"}}},
          {"node",
           {{"javascript", "JavaScript"}, {"typescript", "TypeScript"}}},
          {"go", {{"go", "Go"}}},
          {"ruby", {{"ruby", "Ruby"}}},
          {"java", {{"java", "Java"}, {"kotlin", "Kotlin"}}},
          {"csharp", {{"csharp", "C#"}}},
          {"elixir", {{"elixir", "Elixir"}}},
          {"rust", {{"rust", "Rust"}}},
          {"php", {{"php", "PHP"}}},
      };
  for (const auto& [stack, languages] : kLanguages) {
    if (stack == id) return languages;
  }
  return {{std::string(id), std::string(id)}};
}

}  // namespace

std::vector<std::string> TinyStacks() {
  return {std::begin(kTinyStacks), std::end(kTinyStacks)};
}

std::vector<std::string> TinyStacksExcept(std::string_view id) {
  std::vector<std::string> stacks;
  for (std::string_view stack : kTinyStacks) {
    if (stack != id) stacks.emplace_back(stack);
  }
  return stacks;
}

KnowledgeBase TinyKnowledgeBase(const Tiny& tiny) {
  KnowledgeBase kb;
  kb.version = "test-1";
  kb.criteria = {
      {"team_fit", "Team fit", "", RatingSource::kTeamSkill, tiny.team_weight,
       "question 1"},
      {"speed", "Speed", "", RatingSource::kStatic, tiny.speed_weight,
       "question 4"},
  };
  for (size_t s = 0; s < tiny.stacks.size(); ++s) {
    const std::string& id = tiny.stacks[s];
    const double speed = tiny.speed.empty() ? 3 : tiny.speed.at(s);
    Stack stack;
    stack.id = id;
    stack.name = "Stack " + id;
    stack.languages = TinyLanguages(id);
    stack.source = "s";
    stack.summary = "s";
    stack.frameworks = {{"Frame " + id, "fits", {}, true}};
    stack.ratings = {{0, ""}, {speed, "speed " + id}};
    stack.talent = {10.0 * static_cast<double>(s + 1), "Survey", 2024};
    kb.stacks.push_back(std::move(stack));
  }
  IndexStacks(kb);
  kb.warnings = {{"polyglot_trap", "The polyglot trap", "Common Mistakes"}};
  kb.checklist = {
      {"team_skill", "Match the team's skills", "Implementation Checklist"}};
  return kb;
}

KnowledgeBase OneStackKnowledgeBase() {
  KnowledgeBase kb =
      TinyKnowledgeBase({.stacks = {"python"}, .speed = {5}, .team_weight = 4});
  kb.version = "2026.1";
  kb.sha256 = "ab12";
  kb.criteria[0].description = "What the team knows.";
  kb.criteria[1] = {"ai_ml", "AI/ML",     "", RatingSource::kStatic,
                    1.5,     "question 2"};
  Stack& python = kb.stacks[0];
  python.name = "Python";
  python.source = "Why Python Is the Default";
  python.summary = "The default for most startups.";
  python.frameworks = {
      {"FastAPI",
       "APIs and AI services.",
       {MakeTest(FactId::kAiMl, TestOp::kIn, 0b110)},
       true},
      {"Django", "Admin-heavy products.", {}, false},
  };
  python.ratings[1].why = "the AI/ML ecosystem lives here";
  python.talent = {51, "Stack Overflow Developer Survey", 2024};
  python.strengths = {"Libraries"};
  Rule ai;
  ai.id = "q2_ai_core";
  ai.source = "question 2";
  ai.when = {MakeTest(FactId::kAiMl, TestOp::kIn, 0b100)};
  ai.unless = {MakeTest(FactId::kEngineersNow, TestOp::kGe, 0, 10),
               MakeTest(FactId::kLeaningReasons, TestOp::kHasAll, 0b11)};
  ai.weights = {{1, 6}, {0, -0.5}};
  // Tests in the loader's order (by fact name), so that the base loads
  // back from ToToml as it is.
  Rule polyglot;
  polyglot.id = "polyglot";
  polyglot.source = "extension: planned languages";
  polyglot.extension = true;
  polyglot.when = {MakeTest(FactId::kLeaningStack, TestOp::kAbsent, 0),
                   MakeTest(FactId::kDataIntensive, TestOp::kEq, 0, 1)};
  polyglot.warning = Finding{"polyglot_trap", "One language."};
  polyglot.checklist = Finding{"team_skill", "Use {team.best_stack}."};
  polyglot.checklist_status = CheckStatus::kWarn;
  polyglot.advice = Finding{"capacity", "Cache first."};
  kb.rules = {ai, polyglot};
  return kb;
}

}  // namespace engine::test_kb
