#include "engine/facts.h"

#include <gtest/gtest.h>

#include "engine/test_knowledge_base.h"

namespace engine {
namespace {

const KnowledgeBase& Kb() {
  static const KnowledgeBase kb = test_kb::TinyKnowledgeBase();
  return kb;
}

Facts FactsOf(const Profile& p) { return engine::FactsOf(Kb(), p); }

double ValueOf(const Facts& facts, FactId id) {
  EXPECT_TRUE(facts[static_cast<int>(id)].present) << Kb().Info(id).name;
  return facts[static_cast<int>(id)].value;
}

TEST(Facts, EveryFactIsFoundByItsName) {
  for (const FactInfo& info : Kb().facts) {
    ASSERT_EQ(Kb().FindFact(info.name), info.id) << info.name;
  }
  EXPECT_EQ(Kb().FindFact("product.ai_mll"), std::nullopt);
}

TEST(Facts, EachStackOfTheBaseHasATeamLevelFact) {
  EXPECT_EQ(Kb().FindFact("team.level.go"), TeamLevelFact(2));
  EXPECT_EQ(Kb().Info(TeamLevelFact(2)).name, "team.level.go");
  EXPECT_EQ(Kb().facts.size(),
            static_cast<size_t>(FactId::kTeamLevelFirst) + 9);
}

TEST(Facts, TypeScriptAndJavaScriptAreOneStack) {
  Profile p;
  p.company.planned_languages = {"typescript", "javascript"};
  EXPECT_EQ(ValueOf(FactsOf(p), FactId::kPlannedStackCount), 1);
  p.company.planned_languages.push_back("go");
  EXPECT_EQ(ValueOf(FactsOf(p), FactId::kPlannedStackCount), 2);
}

TEST(Facts, TeamLevelIsTheBestMemberInAnyLanguageOfTheStack) {
  Profile p;
  p.team = {{"Ana", {{"javascript", SkillLevel::kBasic}}},
            {"Ben", {{"typescript", SkillLevel::kExpert}}}};
  const Facts f = FactsOf(p);
  EXPECT_EQ(ValueOf(f, TeamLevelFact(1)),
            static_cast<double>(SkillLevel::kExpert));
  EXPECT_EQ(ValueOf(f, TeamLevelFact(0)),
            static_cast<double>(SkillLevel::kNone));
  EXPECT_EQ(ValueOf(f, FactId::kTeamBestStack), 1);  // node
  EXPECT_EQ(ValueOf(f, FactId::kTeamStrongStackCount), 1);
  EXPECT_EQ(ValueOf(f, FactId::kTeamSize), 2);
}

TEST(Facts, LeaningFactsAreAbsentWithoutALeaning) {
  Profile p;
  const Facts f = FactsOf(p);
  EXPECT_FALSE(f[static_cast<int>(FactId::kLeaningStack)].present);
  EXPECT_FALSE(f[static_cast<int>(FactId::kLeaningTeamLevel)].present);
  EXPECT_FALSE(f[static_cast<int>(FactId::kLeaningIsCurrentBackend)].present);
  EXPECT_FALSE(f[static_cast<int>(FactId::kExpectedPeakRps)].present);
  EXPECT_FALSE(f[static_cast<int>(FactId::kRecommendedStack)].present);
}

TEST(Facts, LeaningComparesWithTheCurrentBackendByStack) {
  Profile p;
  p.company.launched = true;
  p.company.current_backend = "kotlin";
  p.leaning.stack = "java";
  EXPECT_EQ(ValueOf(FactsOf(p), FactId::kLeaningIsCurrentBackend), 1);
  p.leaning.stack = "go";
  EXPECT_EQ(ValueOf(FactsOf(p), FactId::kLeaningIsCurrentBackend), 0);
}

TEST(Facts, PlannedHiresMayBeNegative) {
  Profile p;
  p.company.engineers_now = 5;
  p.company.engineers_in_12_months = 3;
  EXPECT_EQ(ValueOf(FactsOf(p), FactId::kPlannedHires), -2);
}

}  // namespace
}  // namespace engine
