#include "engine/what_if.h"

#include <gtest/gtest.h>

#include "engine/test_knowledge_base.h"

namespace engine {
namespace {

using test_kb::TinyKnowledgeBase;

TEST(WhatIf, SkillChangesThatFlipTheWinnerAreListed) {
  // Go is fastest; the team's Python expertise outweighs it only barely.
  const KnowledgeBase kb =
      TinyKnowledgeBase({.speed = {2, 2, 5, 1, 1, 1, 1, 1, 1},
                         .team_weight = 1,
                         .speed_weight = 1});
  Profile p;
  p.team = {{"Ana", {{"python", SkillLevel::kExpert}}}};
  const std::vector<WhatIf> found = FindWhatIfs(kb, p, /*winner=*/0);
  bool go_expert = false;
  for (const WhatIf& w : found) {
    EXPECT_NE(w.new_stack, "python");
    EXPECT_GT(w.new_margin, 0) << w.change;
    if (w.field == "team.skills.go" && w.value == "expert") {
      go_expert = true;
      EXPECT_EQ(w.new_stack, "go");
      EXPECT_EQ(w.change, "If an engineer with expert Go joined the team");
    }
  }
  EXPECT_TRUE(go_expert);
}

TEST(WhatIf, NothingIsListedWhenNoSingleChangeMovesTheWinner) {
  // Python is fastest and the team knows it: no one answer changes that.
  const KnowledgeBase kb =
      TinyKnowledgeBase({.speed = {5, 1, 1, 1, 1, 1, 1, 1, 1},
                         .team_weight = 0.5,
                         .speed_weight = 4});
  Profile p;
  p.team = {{"Ana", {{"python", SkillLevel::kExpert}}}};
  EXPECT_TRUE(FindWhatIfs(kb, p, 0).empty());
}

}  // namespace
}  // namespace engine
