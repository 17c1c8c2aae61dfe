// Small hand-built knowledge bases for unit tests, so they do not depend on
// the TOML loader or on the tuning of the default base. SmallKnowledgeBase
// is the engine's: nine stacks and two criteria, team fit (from the team)
// and one static criterion, "speed", on which each stack's rating is given
// by the test. OneStackKnowledgeBase has one of every part, for the tests
// that show or serialise a whole base (kb/, io/).
#pragma once

#include <array>

#include "engine/knowledge_base.h"

namespace engine::test_kb {

inline KnowledgeBase SmallKnowledgeBase(std::array<double, 9> speed,
                                        double team_weight = 1.0,
                                        double speed_weight = 1.0) {
  KnowledgeBase kb;
  kb.version = "test";
  kb.criteria = {
      {"team_fit", "Team fit", "", RatingSource::kTeamSkill, team_weight, "q1"},
      {"speed", "Speed", "", RatingSource::kStatic, speed_weight, "q4"},
  };
  constexpr std::string_view kIds[9] = {"python", "node", "go",
                                        "ruby",   "java", "csharp",
                                        "elixir", "rust", "php"};
  constexpr std::string_view kFirstLanguage[9] = {
      "python", "javascript", "go",   "ruby", "java",
      "csharp", "elixir",     "rust", "php"};
  constexpr std::string_view kLanguageName[9] = {"Python", "JavaScript", "Go",
                                                 "Ruby",   "Java",       "C#",
                                                 "Elixir", "Rust",       "PHP"};
  for (int s = 0; s < 9; ++s) {
    Stack stack;
    stack.id = std::string(kIds[s]);
    stack.name = "Stack " + stack.id;
    stack.languages = {
        {std::string(kFirstLanguage[s]), std::string(kLanguageName[s])}};
    if (stack.id == "node")
      stack.languages.push_back({"typescript", "TypeScript"});
    if (stack.id == "java") stack.languages.push_back({"kotlin", "Kotlin"});
    stack.frameworks = {{"Frame " + stack.id, "fits", {}, true}};
    stack.ratings = {{0, ""}, {speed[s], "speed " + stack.id}};
    stack.talent = {10.0 * (s + 1), "survey", 2024};
    kb.stacks.push_back(stack);
  }
  IndexStacks(kb);
  return kb;
}

// One criterion of each kind, one stack (Python) and one of everything
// else: the smallest whole base, for tests that show or serialise one.
inline KnowledgeBase OneStackKnowledgeBase() {
  KnowledgeBase kb;
  kb.version = "2026.1";
  kb.sha256 = "ab12";
  kb.criteria = {
      {"team_fit", "Team fit", "What the team knows.", RatingSource::kTeamSkill,
       4, "question 1"},
      {"ai_ml", "AI/ML", "", RatingSource::kStatic, 1.5, "question 2"},
  };
  Stack python;
  python.id = "python";
  python.name = "Python";
  python.languages = {{"python", "Python"}};
  python.source = "Why Python Is the Default";
  python.summary = "The default for most startups.";
  python.frameworks = {
      {"FastAPI",
       "APIs and AI services.",
       {{FactId::kAiMl, TestOp::kIn, 0b110, 0}},
       true},
      {"Django", "Admin-heavy products.", {}, false},
  };
  python.ratings = {{}, {5, "the AI/ML ecosystem lives here"}};
  python.talent = {51, "Stack Overflow Developer Survey", 2024};
  python.strengths = {"Libraries"};
  kb.stacks = {python};
  IndexStacks(kb);
  kb.warnings = {{"polyglot_trap", "The polyglot trap", "Common Mistakes"}};
  kb.checklist = {{"team_skill", "Match the team", "Checklist"}};
  Rule ai;
  ai.id = "q2_ai_core";
  ai.source = "question 2";
  ai.when = {{FactId::kAiMl, TestOp::kIn, 0b100, 0}};
  ai.unless = {{FactId::kEngineersNow, TestOp::kGe, 0, 10},
               {FactId::kLeaningReasons, TestOp::kHasAll, 0b11, 0}};
  ai.weights = {{1, 6}, {0, -0.5}};
  Rule polyglot;
  polyglot.id = "polyglot";
  polyglot.source = "extension: planned languages";
  polyglot.when = {{FactId::kDataIntensive, TestOp::kEq, 0, 1},
                   {FactId::kLeaningStack, TestOp::kAbsent, 0, 0}};
  polyglot.warning = Finding{"polyglot_trap", "One language."};
  polyglot.checklist = Finding{"team_skill", "Use {team.best_stack}."};
  polyglot.checklist_status = CheckStatus::kWarn;
  polyglot.advice = Finding{"capacity", "Cache first."};
  kb.rules = {ai, polyglot};
  return kb;
}

inline FactTest MakeTest(FactId fact, TestOp op, uint64_t mask,
                         double number = 0) {
  return FactTest{fact, op, mask, number};
}

}  // namespace engine::test_kb
