#include "engine/scoring.h"

#include <cmath>

#include <gtest/gtest.h>

#include "engine/evaluate.h"
#include "engine/test_knowledge_base.h"

namespace engine {
namespace {

using test_kb::TinyKnowledgeBase;

const std::vector<double> kGoFastest = {2, 2, 5, 1, 4, 4, 2, 5, 2};

const KnowledgeBase& Small() {
  static const KnowledgeBase kb = TinyKnowledgeBase({.speed = kGoFastest});
  return kb;
}

Profile PythonExpertTeam() {
  Profile p;
  p.team = {{"Ana", {{"python", SkillLevel::kExpert}}}};
  return p;
}

TEST(Scoring, ScoreIsTheWeightedShareOfAPerfectRating) {
  const KnowledgeBase kb = TinyKnowledgeBase({.speed = kGoFastest});
  const Profile p = PythonExpertTeam();
  const auto scores =
      Scores(kb, RatingMatrix(kb, p), Weights(kb, FactsOf(kb, p)));
  EXPECT_DOUBLE_EQ(scores[0], 100.0 * (1 * 4 + 1 * 2) / (5 * 2));  // python
  EXPECT_DOUBLE_EQ(scores[2], 100.0 * (1 * 0 + 1 * 5) / (5 * 2));  // go
}

TEST(Scoring, PrefersTeamSkillOverSpeedWhenTeamWeighsMore) {
  const KnowledgeBase kb = TinyKnowledgeBase(
      {.speed = kGoFastest, .team_weight = 4, .speed_weight = 1});
  const Recommendation r = Evaluate(kb, PythonExpertTeam());
  EXPECT_EQ(r.recommendation.stack, "python");
}

TEST(Scoring, WeightRulesAddToTheCriteria) {
  KnowledgeBase kb = TinyKnowledgeBase(
      {.speed = kGoFastest, .team_weight = 4, .speed_weight = 1});
  Rule cpu;
  cpu.id = "cpu";
  cpu.when = {
      test_kb::MakeTest(FactId::kWorkload, TestOp::kIn,
                        uint64_t{1} << static_cast<int>(Workload::kCpuBound))};
  cpu.weights = {{1, 6.0}};
  kb.rules.push_back(cpu);
  Profile p;  // no team: team first does not apply
  p.product.workload = Workload::kCpuBound;
  EXPECT_EQ(Weights(kb, FactsOf(kb, p)), (std::vector<double>{4.0, 7.0}));
  EXPECT_EQ(Evaluate(kb, p).recommendation.stack, "go");
}

TEST(Scoring, NegativeAdditionsFloorAtZero) {
  KnowledgeBase kb = TinyKnowledgeBase(
      {.speed = kGoFastest, .team_weight = 1, .speed_weight = 1});
  Rule no_team;
  no_team.weights = {{0, -3.0}};
  kb.rules.push_back(no_team);
  EXPECT_EQ(Weights(kb, FactsOf(kb, Profile{})),
            (std::vector<double>{0.0, 1.0}));
}

TEST(Scoring, TiesBreakByStackOrder) {
  const std::vector<double> scores = {50, 70, 70, 10};
  EXPECT_EQ(Winner(scores), 1);
  EXPECT_EQ(RankOrder(scores), (std::vector<int>{1, 2, 0, 3}));
}

TEST(Scoring, ContributionsAddUpToTheScore) {
  const KnowledgeBase kb = TinyKnowledgeBase(
      {.speed = kGoFastest, .team_weight = 3, .speed_weight = 2});
  const Recommendation r = Evaluate(kb, PythonExpertTeam());
  for (const StackScore& s : r.ranking) {
    double sum = 0;
    for (const CriterionScore& c : s.criteria) sum += c.contribution;
    EXPECT_NEAR(sum, std::round(s.score * 10) / 10, 1e-9) << s.stack;
  }
}

TEST(Scoring, TalentRatingIsLogarithmicInTheShare) {
  const KnowledgeBase kb =
      TinyKnowledgeBase({.speed = kGoFastest});  // shares 10..90
  EXPECT_DOUBLE_EQ(TalentRating(kb, 8), 5.0);
  EXPECT_NEAR(TalentRating(kb, 0), 5.0 + 2.5 * std::log10(10.0 / 90.0), 1e-12);
}

TEST(Scoring, TeamFitIsTheChanceThatSomeoneCarriesTheStack) {
  Profile p;
  p.team = {
      {"Rae", {{"ruby", SkillLevel::kExpert}}},
      {"Sam",
       {{"ruby", SkillLevel::kWorking}, {"javascript", SkillLevel::kWorking}}}};
  EXPECT_DOUBLE_EQ(TeamFitRating(Small(), p.team, 3),
                   5.0 * (1 - 0.2 * 0.5));                         // ruby
  EXPECT_DOUBLE_EQ(TeamFitRating(Small(), p.team, 1), 5.0 * 0.5);  // node
  EXPECT_DOUBLE_EQ(TeamFitRating(Small(), Profile{}.team, 0), 0.0);
}

TEST(Scoring, TeamFitNeverFallsWhenSomeoneJoinsOrLearns) {
  std::vector<TeamMember> team = {{"Kai", {{"go", SkillLevel::kExpert}}}};
  const double one = TeamFitRating(Small(), team, 2);
  team.push_back({"Lu", {{"python", SkillLevel::kExpert}}});
  EXPECT_DOUBLE_EQ(TeamFitRating(Small(), team, 2),
                   one);  // a newcomer who knows Python
  team.push_back({"Mo", {{"go", SkillLevel::kBasic}}});
  const double three = TeamFitRating(Small(), team, 2);
  EXPECT_GT(three, one);
  team[2].skills["go"] = SkillLevel::kWorking;
  EXPECT_GT(TeamFitRating(Small(), team, 2), three);
}

TEST(Scoring, TeamFirstKeepsUnknownStacksBelowKnownOnes) {
  const KnowledgeBase kb = TinyKnowledgeBase(
      {.speed = kGoFastest, .team_weight = 1, .speed_weight = 9});
  const Profile p = PythonExpertTeam();
  const Facts facts = FactsOf(kb, p);
  const Eligibility eligible = TeamFirst(kb, facts);
  EXPECT_TRUE(IsEligible(eligible, 0));   // python: known
  EXPECT_FALSE(IsEligible(eligible, 2));  // go: nobody knows it
  const auto scores = Scores(kb, RatingMatrix(kb, p), Weights(kb, facts));
  EXPECT_GT(scores[2], scores[0]);         // speed outweighs the team...
  EXPECT_EQ(Winner(scores, eligible), 0);  // ...but team first decides
  EXPECT_EQ(RankOrder(scores, eligible).front(), 0);
}

TEST(Scoring, AnAdmittingRuleLetsAnUnknownStackCompete) {
  KnowledgeBase kb = TinyKnowledgeBase(
      {.speed = kGoFastest, .team_weight = 1, .speed_weight = 9});
  Rule admit_go;
  admit_go.id = "admit_go";
  admit_go.admit_stack = 2;
  kb.rules.push_back(admit_go);
  const Recommendation r = Evaluate(kb, PythonExpertTeam());
  EXPECT_EQ(r.recommendation.stack, "go");
  EXPECT_TRUE(r.ranking.front().eligible);
}

TEST(Scoring, WithNobodyKnowingAnyStackWellTheScoresDecide) {
  const KnowledgeBase kb = TinyKnowledgeBase(
      {.speed = kGoFastest, .team_weight = 1, .speed_weight = 9});
  Profile p;
  p.team = {{"Ana", {{"python", SkillLevel::kBasic}}}};
  EXPECT_EQ(TeamFirst(kb, FactsOf(kb, p)), ~Eligibility{0});
  EXPECT_EQ(Evaluate(kb, p).recommendation.stack, "go");
}

// Evaluate keeps nothing between calls: another profile and another
// knowledge base evaluated in between, or the same base at another
// address, leave the answer as computed by hand.
TEST(Scoring, SameInputGivesTheSameResult) {
  const KnowledgeBase kb = TinyKnowledgeBase(
      {.speed = kGoFastest, .team_weight = 2, .speed_weight = 1});
  const Recommendation first = Evaluate(kb, PythonExpertTeam());
  // In between: no team (speed decides), and a base without team weight.
  EXPECT_EQ(Evaluate(kb, Profile{}).recommendation.stack, "go");
  const KnowledgeBase speed_only = TinyKnowledgeBase(
      {.speed = kGoFastest, .team_weight = 0, .speed_weight = 1});
  const Recommendation other = Evaluate(speed_only, PythonExpertTeam());
  EXPECT_NEAR(other.ranking.front().score, 100.0 * 2 / 5, 1e-9);
  const KnowledgeBase copy = kb;
  const Recommendation again = Evaluate(copy, PythonExpertTeam());

  // python: 100 * (2 * 4 + 1 * 2) / (5 * 3); the others by speed alone,
  // below python (team first), ties in the knowledge base's order.
  const std::vector<std::string> order = {"python", "go",     "rust",
                                          "java",   "csharp", "node",
                                          "elixir", "php",    "ruby"};
  for (const Recommendation* r : {&first, &again}) {
    ASSERT_EQ(r->ranking.size(), order.size());
    for (size_t i = 0; i < order.size(); ++i)
      EXPECT_EQ(r->ranking[i].stack, order[i]);
    EXPECT_NEAR(r->ranking[0].score, 100.0 * 10 / 15, 1e-9);
    EXPECT_NEAR(r->ranking[1].score, 100.0 * 5 / 15, 1e-9);
    EXPECT_EQ(r->recommendation.stack, "python");
  }
  EXPECT_EQ(again.recommendation.summary, first.recommendation.summary);
}

}  // namespace
}  // namespace engine
