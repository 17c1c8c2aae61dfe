// Pieces of a small valid knowledge base for kb/ tests.
//
// A test puts the part it changes first in the document and appends the
// valid parts it does not change, so the line numbers in its expected
// messages count from the test's own text.
#pragma once

#include <array>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "engine/facts.h"
#include "engine/profile.h"

namespace kb::testing {

inline constexpr std::string_view kMeta = R"(
[meta]
version = "test-1"
)";

// team_fit is rated from the team's skills; ai_ml per stack.
inline constexpr std::string_view kCriteria = R"(
[[criterion]]
id = "team_fit"
name = "Team fit"
rating = "team_skill"
weight = 4
source = "question 1"

[[criterion]]
id = "ai_ml"
name = "AI/ML ecosystem"
rating = "static"
weight = 1
source = "question 2"
)";

inline constexpr std::string_view kDeclarations = R"(
[[warning]]
id = "polyglot_trap"
title = "The polyglot trap"
source = "Common Mistakes"

[[check]]
id = "team_skill"
item = "Match the team's skills"
source = "Implementation Checklist"
)";

// A valid [[stack]] for `id`: one language, an ai_ml rating of 3, one
// default framework.
inline std::string StackToml(std::string_view id) {
  std::string stack(id);
  return "\n[[stack]]\nid = \"" + stack + "\"\nname = \"" + stack +
         "\"\nlanguages = [{ id = \"" + (id == "node" ? "typescript" : stack) +
         "\", name = \"" + stack +
         "\" }]\nsource = \"s\"\nsummary = \"s\"\n"
         "talent = { share_percent = 10, survey = \"Survey\", year = 2024 }\n"
         "[stack.ratings]\nai_ml = { rating = 3, why = \"w\" }\n"
         "[[stack.framework]]\nname = \"F\"\nfit = \"f\"\ndefault = true\n";
}

// The stacks of the test bases, in order.
inline constexpr std::array<std::string_view, 9> kStackIds = {
    "python", "node", "go", "ruby", "java", "csharp", "elixir", "rust", "php"};

// The fact table of a base with those stacks.
inline const std::vector<engine::FactInfo>& Facts() {
  static const std::vector<engine::FactInfo> facts = [] {
    std::vector<std::string> ids(kStackIds.begin(), kStackIds.end());
    return engine::FactTable(ids);
  }();
  return facts;
}

// Every stack of kStackIds except `except`, in that order.
inline std::string Stacks(std::initializer_list<std::string_view> except = {}) {
  std::string out;
  for (std::string_view id : kStackIds) {
    bool skip = false;
    for (std::string_view e : except) skip = skip || e == id;
    if (!skip) out += StackToml(id);
  }
  return out;
}

// `first`, then every valid part.
inline std::string WithValidRest(std::string_view first) {
  return std::string(first) + std::string(kMeta) + std::string(kCriteria) +
         std::string(kDeclarations) + Stacks();
}

}  // namespace kb::testing
