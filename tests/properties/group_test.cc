// Deciding together (engine/group.h) on the default knowledge base: one
// founder is exactly today's evaluation, and the article's question 2
// decides between Node.js and Python for a JavaScript team.
#include "engine/group.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "engine/evaluate.h"
#include "engine/what_if.h"
#include "io/result_json.h"
#include "kb/load.h"
#include "profile_generator.h"
#include "property_check.h"

namespace properties {
namespace {

using engine::AiMl;
using engine::EvaluateGroup;
using engine::Founder;
using engine::Profile;

// About 500 profiles in an optimised build: each runs two evaluations.
constexpr int kGroupProfiles = kProfiles / 4;

TEST(Group, OneFounderGivesTheBytesOfEvaluate) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  EXPECT_TRUE(HoldsForAll(
      0x5eed0010, kGroupProfiles,
      [&](const Profile& p) -> std::optional<std::string> {
        const std::vector<Founder> founders = {Founder{"Ana", p}};
        const std::string group =
            io::RecommendationToJson(EvaluateGroup(kb, founders).combined);
        if (group != io::RecommendationToJson(engine::Evaluate(kb, p))) {
          return "one founder's combined result differs from Evaluate";
        }
        return std::nullopt;
      }));
}

Founder JavaScriptFounder(std::string name, AiMl ai_ml) {
  Founder f{std::move(name), {}};
  f.profile.team = {{f.name, {{"javascript", engine::SkillLevel::kExpert}}}};
  f.profile.product.ai_ml = ai_ml;
  return f;
}

TEST(Group, AiMlNoneOrCoreDecidesBetweenNodeAndPythonForAJavaScriptTeam) {
  const std::vector<Founder> founders = {JavaScriptFounder("Ana", AiMl::kNone),
                                         JavaScriptFounder("Ben", AiMl::kCore)};
  const engine::Recommendation r =
      EvaluateGroup(kb::DefaultKnowledgeBase(), founders).combined;
  ASSERT_EQ(r.founders.size(), 2u);
  EXPECT_EQ(r.founders[0].stack, "node");
  EXPECT_EQ(r.founders[1].stack, "python");
  ASSERT_EQ(r.disagreements.size(), 1u);
  const engine::Disagreement& d = r.disagreements[0];
  EXPECT_EQ(d.field, "product.ai_ml");
  EXPECT_TRUE(d.changes_winner);
  ASSERT_EQ(d.winners.size(), 2u);
  EXPECT_EQ(d.winners[0].value, "none");
  EXPECT_EQ(d.winners[0].stack, "node");
  EXPECT_EQ(d.winners[1].value, "core");
  EXPECT_EQ(d.winners[1].stack, "python");
  EXPECT_EQ(r.robustness.samples,
            2 * kb::DefaultKnowledgeBase().robustness.samples);
}

TEST(Group, HiringRegionDisagreementDoesNotChangeTheWinner) {
  std::vector<Founder> founders = {JavaScriptFounder("Ana", AiMl::kNone),
                                   JavaScriptFounder("Ben", AiMl::kNone)};
  founders[1].profile.company.hiring_region = engine::HiringRegion::kIndia;
  const engine::Recommendation r =
      EvaluateGroup(kb::DefaultKnowledgeBase(), founders).combined;
  ASSERT_EQ(r.disagreements.size(), 1u);
  EXPECT_EQ(r.disagreements[0].field, "company.hiring_region");
  EXPECT_FALSE(r.disagreements[0].changes_winner);
  EXPECT_EQ(r.recommendation.stack, "node");
}

// Pairs of generated founders: the pooled shares add up to one, the
// combined winner ranks first most often, and each disagreement's winners
// say whether it changes the winner.
TEST(Group, CombinedWinnerRanksFirstMostOftenAcrossPairsOfFounders) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  ProfileGenerator second(0x5eed0012);
  EXPECT_TRUE(HoldsForAll(
      0x5eed0011, kGroupProfiles / 4,
      [&](const Profile& p) -> std::optional<std::string> {
        const std::vector<Founder> founders = {Founder{"Ana", p},
                                               Founder{"Ben", second.Next()}};
        const engine::Recommendation r = EvaluateGroup(kb, founders).combined;
        double total = 0;
        double best = 0;
        for (const auto& s : r.robustness.stacks) {
          total += s.first;
          best = std::max(best, s.first);
        }
        if (std::abs(total - 1.0) > 1e-9)
          return "the pooled shares do not add up to one";
        if (r.robustness.winner_share != best) {
          // Allowed only when no founder's own answers make that stack win.
          const auto top = std::find_if(
              r.robustness.stacks.begin(), r.robustness.stacks.end(),
              [&](const auto& s) { return s.first == best; });
          for (const Founder& f : founders) {
            Profile view = f.profile;
            view.team = engine::CombinedTeam(founders);
            if (kb.StackIndex(top->stack) == engine::RankWinner(kb, view)) {
              return "the combined winner is not the stack that ranks first "
                     "most often";
            }
          }
        }
        for (const engine::Disagreement& d : r.disagreements) {
          bool differ = false;
          for (const auto& w : d.winners)
            differ = differ || w.stack != d.winners[0].stack;
          if (differ != d.changes_winner)
            return d.field + ": changes_winner disagrees";
        }
        return std::nullopt;
      }));
}

}  // namespace
}  // namespace properties
