#include "engine/group.h"

#include <gtest/gtest.h>

#include "engine/evaluate.h"
#include "engine/test_knowledge_base.h"

namespace engine {
namespace {

using test_kb::MakeTest;
using test_kb::TinyKnowledgeBase;

// Python is fastest; a JavaScript team keeps Node.js unless AI/ML is core,
// which weighs speed heavily and admits Python past team first.
KnowledgeBase AiMlDecidesBase() {
  KnowledgeBase kb = TinyKnowledgeBase({.speed = {5, 1, 1, 1, 1, 1, 1, 1, 1},
                                        .team_weight = 1,
                                        .speed_weight = 0});
  Rule core;
  core.id = "core_ml";
  core.source = "q2";
  core.when = {MakeTest(FactId::kAiMl, TestOp::kIn,
                        1u << static_cast<int>(AiMl::kCore))};
  core.weights = {{1, 10.0}};
  core.admit_stack = 0;
  kb.rules.push_back(core);
  return kb;
}

Founder JsFounder(std::string name, AiMl ai_ml) {
  Founder f{std::move(name), {}};
  f.profile.team = {{f.name, {{"javascript", SkillLevel::kExpert}}}};
  f.profile.product.ai_ml = ai_ml;
  return f;
}

TEST(Group, OneFounderGetsExactlyTheEvaluation) {
  const KnowledgeBase kb = AiMlDecidesBase();
  const std::vector<Founder> founders = {JsFounder("Ana", AiMl::kCore)};
  const GroupResult group = EvaluateGroup(kb, founders);
  const Recommendation alone = Evaluate(kb, founders[0].profile);
  EXPECT_EQ(group.combined.recommendation.summary,
            alone.recommendation.summary);
  EXPECT_EQ(group.combined.robustness.summary, alone.robustness.summary);
  EXPECT_EQ(group.combined.schema_minor, alone.schema_minor);
  EXPECT_TRUE(group.combined.founders.empty());
  EXPECT_TRUE(group.combined.disagreements.empty());
  ASSERT_EQ(group.founders.size(), 1u);
  EXPECT_EQ(group.founders[0].name, "Ana");
}

TEST(Group, AiMlDisagreementDecidesBetweenNodeAndPython) {
  const KnowledgeBase kb = AiMlDecidesBase();
  const std::vector<Founder> founders = {JsFounder("Ana", AiMl::kNone),
                                         JsFounder("Ben", AiMl::kCore)};
  const GroupResult group = EvaluateGroup(kb, founders);

  ASSERT_EQ(group.combined.founders.size(), 2u);
  EXPECT_EQ(group.combined.founders[0].stack, "node");
  EXPECT_EQ(group.combined.founders[1].stack, "python");
  ASSERT_EQ(group.combined.disagreements.size(), 1u);
  const Disagreement& d = group.combined.disagreements[0];
  EXPECT_EQ(d.field, "product.ai_ml");
  EXPECT_TRUE(d.changes_winner);
  ASSERT_EQ(d.answers.size(), 2u);
  EXPECT_EQ(d.answers[0].founder, "Ana");
  EXPECT_EQ(d.answers[0].value, "none");
  EXPECT_EQ(d.answers[1].value, "core");
  ASSERT_EQ(d.winners.size(), 2u);
  EXPECT_EQ(d.winners[0].stack, "node");
  EXPECT_EQ(d.winners[1].stack, "python");
  EXPECT_EQ(d.summary,
            "AI/ML: Ana says none, Ben says core. If you agree on none, Stack "
            "node; on "
            "core, Stack python.");
}

TEST(Group, PooledSamplesGiveEachFounderAnEqualShare) {
  const KnowledgeBase kb = AiMlDecidesBase();
  const std::vector<Founder> founders = {JsFounder("Ana", AiMl::kNone),
                                         JsFounder("Ben", AiMl::kCore),
                                         JsFounder("Cy", AiMl::kCore)};
  const GroupResult group = EvaluateGroup(kb, founders);
  const Robustness& r = group.combined.robustness;
  EXPECT_EQ(r.samples, 3 * kb.robustness.samples);
  // Two of three founders' answers make Python win in every sample.
  EXPECT_EQ(group.combined.recommendation.stack, "python");
  EXPECT_EQ(r.stacks.front().stack, "python");
  EXPECT_NEAR(r.winner_share, 2.0 / 3.0, 1e-9);
  EXPECT_EQ(r.summary,
            "Across the 3 founders' answers and plausible weightings, Stack "
            "python ranks "
            "first in 67%; Stack node in 33%.");
  EXPECT_EQ(group.combined.schema_minor, kGroupSchemaMinor);
}

TEST(Group, DisagreementThatMovesNoScoreIsSaidNotToMatter) {
  const KnowledgeBase kb = AiMlDecidesBase();
  std::vector<Founder> founders = {JsFounder("Ana", AiMl::kNone),
                                   JsFounder("Ben", AiMl::kNone)};
  founders[1].profile.company.hiring_region = HiringRegion::kEurope;
  const GroupResult group = EvaluateGroup(kb, founders);
  ASSERT_EQ(group.combined.disagreements.size(), 1u);
  const Disagreement& d = group.combined.disagreements[0];
  EXPECT_EQ(d.field, "company.hiring_region");
  EXPECT_FALSE(d.changes_winner);
  ASSERT_EQ(d.winners.size(), 2u);
  EXPECT_EQ(d.winners[0].stack, "node");
  EXPECT_EQ(d.winners[1].stack, "node");
  EXPECT_EQ(d.summary,
            "The hiring region: Ana says global, Ben says europe. Stack node "
            "either way: "
            "settling it does not change the winner.");
}

TEST(Group, DisagreementsThatChangeTheWinnerComeFirst) {
  const KnowledgeBase kb = AiMlDecidesBase();
  std::vector<Founder> founders = {JsFounder("Ana", AiMl::kNone),
                                   JsFounder("Ben", AiMl::kCore)};
  founders[1].profile.product.realtime = Realtime::kCore;
  founders[0].profile.company.engineers_now = 3;
  const GroupResult group = EvaluateGroup(kb, founders);
  ASSERT_EQ(group.combined.disagreements.size(), 3u);
  EXPECT_EQ(group.combined.disagreements[0].field, "product.ai_ml");
  EXPECT_EQ(group.combined.disagreements[1].field, "product.realtime");
  EXPECT_EQ(group.combined.disagreements[2].field, "company.engineers_now");
  EXPECT_FALSE(group.combined.disagreements[1].changes_winner);
}

TEST(Group, MajorityAnswerIsTheConsensus) {
  const KnowledgeBase kb = AiMlDecidesBase();
  const std::vector<Founder> founders = {JsFounder("Ana", AiMl::kNone),
                                         JsFounder("Ben", AiMl::kCore),
                                         JsFounder("Cy", AiMl::kCore)};
  const GroupResult group = EvaluateGroup(kb, founders);
  // Settled on the majority's core, Python wins; the first founder's none
  // would have given Node.js.
  EXPECT_EQ(group.combined.recommendation.stack, "python");
  EXPECT_EQ(group.combined.disagreements[0].answers[2].founder, "Cy");
}

TEST(Group, NamedMembersListedByTwoFoundersCountOnce) {
  Founder a{"Ana", {}};
  a.profile.team = {{"Ana", {{"python", SkillLevel::kWorking}}},
                    {"Ben", {{"go", SkillLevel::kBasic}}}};
  Founder b{"Ben", {}};
  b.profile.team = {
      {"Ben", {{"go", SkillLevel::kExpert}}},
      {"Ana", {{"python", SkillLevel::kBasic}, {"ruby", SkillLevel::kWorking}}},
      {"", {{"php", SkillLevel::kWorking}}}};
  const std::vector<Founder> founders = {a, b};
  const std::vector<TeamMember> team = CombinedTeam(founders);
  ASSERT_EQ(team.size(), 3u);
  EXPECT_EQ(team[0].name, "Ana");
  EXPECT_EQ(team[0].skills.at("python"), SkillLevel::kWorking);
  EXPECT_EQ(team[0].skills.at("ruby"), SkillLevel::kWorking);
  EXPECT_EQ(team[1].name, "Ben");
  EXPECT_EQ(team[1].skills.at("go"), SkillLevel::kExpert);
  EXPECT_EQ(team[2].skills.at("php"), SkillLevel::kWorking);
}

TEST(Group, MembersOfOneFounderAreNeverMerged) {
  Founder a{"Ana", {}};
  a.profile.team = {{"Sam", {{"go", SkillLevel::kWorking}}},
                    {"Sam", {{"go", SkillLevel::kWorking}}}};
  const std::vector<Founder> founders = {a};
  EXPECT_EQ(CombinedTeam(founders).size(), 2u);
}

}  // namespace
}  // namespace engine
