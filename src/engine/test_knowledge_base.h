// A small hand-built knowledge base for the engine's unit tests, so they do
// not depend on the TOML loader or on the tuning of the default base.
// Two criteria: team fit (from the team) and one static criterion, "speed",
// on which each stack's rating is given by the test.
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
  constexpr std::string_view kIds[9] = {"python", "node", "go", "ruby", "java",
                                        "csharp", "elixir", "rust", "php"};
  constexpr std::string_view kFirstLanguage[9] = {
      "python", "javascript", "go", "ruby", "java", "csharp", "elixir", "rust", "php"};
  constexpr std::string_view kLanguageName[9] = {
      "Python", "JavaScript", "Go", "Ruby", "Java", "C#", "Elixir", "Rust", "PHP"};
  for (int s = 0; s < 9; ++s) {
    Stack stack;
    stack.id = std::string(kIds[s]);
    stack.name = "Stack " + stack.id;
    stack.languages = {{std::string(kFirstLanguage[s]), std::string(kLanguageName[s])}};
    if (stack.id == "node") stack.languages.push_back({"typescript", "TypeScript"});
    if (stack.id == "java") stack.languages.push_back({"kotlin", "Kotlin"});
    stack.frameworks = {{"Frame " + stack.id, "fits", {}, true}};
    stack.ratings = {{0, ""}, {speed[s], "speed " + stack.id}};
    stack.talent = {10.0 * (s + 1), "survey", 2024};
    kb.stacks.push_back(stack);
  }
  IndexStacks(kb);
  return kb;
}

inline FactTest MakeTest(FactId fact, TestOp op, uint64_t mask, double number = 0) {
  return FactTest{fact, op, mask, number};
}

}  // namespace engine::test_kb
