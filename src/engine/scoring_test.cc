#include "engine/scoring.h"

#include <cmath>

#include <gtest/gtest.h>

#include "engine/evaluate.h"
#include "engine/test_knowledge_base.h"

namespace engine {
namespace {

using test_kb::SmallKnowledgeBase;

constexpr std::array<double, 9> kGoFastest = {2, 2, 5, 1, 4, 4, 2, 5, 2};

Profile PythonExpertTeam() {
  Profile p;
  p.team = {{"Ana", {{Language::kPython, SkillLevel::kExpert}}}};
  return p;
}

TEST(Scoring, ScoreIsTheWeightedShareOfAPerfectRating) {
  const KnowledgeBase kb = SmallKnowledgeBase(kGoFastest);
  const Profile p = PythonExpertTeam();
  const auto scores = Scores(kb, RatingMatrix(kb, p), Weights(kb, FactsOf(p)));
  EXPECT_DOUBLE_EQ(scores[0], 100.0 * (1 * 5 + 1 * 2) / (5 * 2));  // python
  EXPECT_DOUBLE_EQ(scores[2], 100.0 * (1 * 0 + 1 * 5) / (5 * 2));  // go
}

TEST(Scoring, PrefersTeamSkillOverSpeedWhenTeamWeighsMore) {
  const KnowledgeBase kb = SmallKnowledgeBase(kGoFastest, 4.0, 1.0);
  const Recommendation r = Evaluate(kb, PythonExpertTeam());
  EXPECT_EQ(r.recommendation.stack, "python");
}

TEST(Scoring, WeightRulesAddToTheCriteria) {
  KnowledgeBase kb = SmallKnowledgeBase(kGoFastest, 4.0, 1.0);
  Rule cpu;
  cpu.id = "cpu";
  cpu.when = {test_kb::MakeTest(FactId::kWorkload, TestOp::kIn,
                            uint64_t{1} << static_cast<int>(Workload::kCpuBound))};
  cpu.weights = {{1, 6.0}};
  kb.rules.push_back(cpu);
  Profile p = PythonExpertTeam();
  p.product.workload = Workload::kCpuBound;
  EXPECT_EQ(Weights(kb, FactsOf(p)), (std::vector<double>{4.0, 7.0}));
  EXPECT_EQ(Evaluate(kb, p).recommendation.stack, "go");
}

TEST(Scoring, NegativeAdditionsFloorAtZero) {
  KnowledgeBase kb = SmallKnowledgeBase(kGoFastest, 1.0, 1.0);
  Rule no_team;
  no_team.weights = {{0, -3.0}};
  kb.rules.push_back(no_team);
  EXPECT_EQ(Weights(kb, FactsOf(Profile{})), (std::vector<double>{0.0, 1.0}));
}

TEST(Scoring, TiesBreakByStackOrder) {
  const std::vector<double> scores = {50, 70, 70, 10};
  EXPECT_EQ(Winner(scores), 1);
  EXPECT_EQ(RankOrder(scores), (std::vector<int>{1, 2, 0, 3}));
}

TEST(Scoring, ContributionsAddUpToTheScore) {
  const KnowledgeBase kb = SmallKnowledgeBase(kGoFastest, 3.0, 2.0);
  const Recommendation r = Evaluate(kb, PythonExpertTeam());
  for (const StackScore& s : r.ranking) {
    double sum = 0;
    for (const CriterionScore& c : s.criteria) sum += c.contribution;
    EXPECT_NEAR(sum, s.score, 1e-9) << s.stack;
  }
}

TEST(Scoring, TalentRatingIsLogarithmicInTheShare) {
  const KnowledgeBase kb = SmallKnowledgeBase(kGoFastest);  // shares 10..90
  EXPECT_DOUBLE_EQ(TalentRating(kb, 8), 5.0);
  EXPECT_NEAR(TalentRating(kb, 0), 5.0 + 2.5 * std::log10(10.0 / 90.0), 1e-12);
}

TEST(Scoring, TeamFitIsTheMeanOverMembers) {
  Profile p;
  p.team = {{"Rae", {{Language::kRuby, SkillLevel::kExpert}}},
            {"Sam", {{Language::kRuby, SkillLevel::kWorking},
                     {Language::kJavascript, SkillLevel::kWorking}}}};
  EXPECT_DOUBLE_EQ(TeamFitRating(p.team, 3), (5.0 + 4.0) / 2);  // ruby
  EXPECT_DOUBLE_EQ(TeamFitRating(p.team, 1), (0.0 + 4.0) / 2);  // node
  EXPECT_DOUBLE_EQ(TeamFitRating(Profile{}.team, 0), 0.0);
}

TEST(Scoring, SameInputGivesTheSameResult) {
  const KnowledgeBase kb = SmallKnowledgeBase(kGoFastest, 2.0, 1.0);
  const Recommendation a = Evaluate(kb, PythonExpertTeam());
  const Recommendation b = Evaluate(kb, PythonExpertTeam());
  ASSERT_EQ(a.ranking.size(), b.ranking.size());
  for (size_t i = 0; i < a.ranking.size(); ++i) {
    EXPECT_EQ(a.ranking[i].stack, b.ranking[i].stack);
    EXPECT_EQ(a.ranking[i].score, b.ranking[i].score);
  }
  EXPECT_EQ(a.recommendation.summary, b.recommendation.summary);
}

}  // namespace
}  // namespace engine
