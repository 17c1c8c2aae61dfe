#include "engine/rules.h"

#include <gtest/gtest.h>

#include "engine/test_knowledge_base.h"

namespace engine {
namespace {

using test_kb::MakeTest;

Facts Sample() {
  Profile p;
  p.product.ai_ml = AiMl::kCore;
  p.company.engineers_now = 4;
  p.leaning.reasons = {LeaningReason::kBenchmarks, LeaningReason::kTrend};
  return FactsOf(test_kb::TinyKnowledgeBase(), p);
}

constexpr uint64_t Bit(auto e) { return uint64_t{1} << static_cast<int>(e); }

TEST(Rules, EnumTestsAcceptTheListedValues) {
  const Facts f = Sample();
  EXPECT_TRUE(Holds(MakeTest(FactId::kAiMl, TestOp::kIn, Bit(AiMl::kCore)), f));
  EXPECT_FALSE(
      Holds(MakeTest(FactId::kAiMl, TestOp::kIn, Bit(AiMl::kNone)), f));
  EXPECT_TRUE(
      Holds(MakeTest(FactId::kAiMl, TestOp::kNotIn, Bit(AiMl::kNone)), f));
}

TEST(Rules, SetTestsLookAtEveryMember) {
  const Facts f = Sample();
  const uint64_t bench = Bit(LeaningReason::kBenchmarks);
  const uint64_t blog = Bit(LeaningReason::kBlogPost);
  const uint64_t trend = Bit(LeaningReason::kTrend);
  EXPECT_TRUE(Holds(
      MakeTest(FactId::kLeaningReasons, TestOp::kHasAny, bench | blog), f));
  EXPECT_FALSE(Holds(
      MakeTest(FactId::kLeaningReasons, TestOp::kHasAll, bench | blog), f));
  EXPECT_TRUE(Holds(
      MakeTest(FactId::kLeaningReasons, TestOp::kHasAll, bench | trend), f));
  EXPECT_TRUE(
      Holds(MakeTest(FactId::kLeaningReasons, TestOp::kHasNone, blog), f));
}

TEST(Rules, NumberTestsCompare) {
  const Facts f = Sample();
  EXPECT_TRUE(Holds(MakeTest(FactId::kEngineersNow, TestOp::kLt, 0, 10), f));
  EXPECT_FALSE(Holds(MakeTest(FactId::kEngineersNow, TestOp::kGe, 0, 10), f));
  EXPECT_TRUE(Holds(MakeTest(FactId::kEngineersNow, TestOp::kEq, 0, 4), f));
  EXPECT_TRUE(Holds(MakeTest(FactId::kEngineersNow, TestOp::kLe, 0, 4), f));
  EXPECT_FALSE(Holds(MakeTest(FactId::kEngineersNow, TestOp::kGt, 0, 4), f));
}

// Regression (found by fuzzing): a shrinking team made planned hires
// negative, and every test on it converted -3.0 to uint64_t (UBSan).
TEST(Rules, NumberTestsOnANegativeFactAreDefined) {
  Profile p;
  p.company.engineers_now = 7;
  p.company.engineers_in_12_months = 4;
  const Facts f = FactsOf(test_kb::TinyKnowledgeBase(), p);
  EXPECT_TRUE(Holds(MakeTest(FactId::kPlannedHires, TestOp::kLt, 0, 0), f));
  EXPECT_FALSE(Holds(MakeTest(FactId::kPlannedHires, TestOp::kGe, 0, 1), f));
}

TEST(Rules, OnlyAbsenceTestsHoldOnAnAbsentFact) {
  const Facts f = Sample();  // no leaning stack, no expected peak
  EXPECT_FALSE(Holds(MakeTest(FactId::kLeaningStack, TestOp::kNotIn, 1), f));
  EXPECT_FALSE(
      Holds(MakeTest(FactId::kExpectedPeakRps, TestOp::kLt, 0, 1e9), f));
  EXPECT_FALSE(Holds(MakeTest(FactId::kLeaningStack, TestOp::kPresent, 0), f));
  EXPECT_TRUE(Holds(MakeTest(FactId::kLeaningStack, TestOp::kAbsent, 0), f));
}

TEST(Rules, UnlessTurnsARuleOffOnlyWhenAllItsTestsHold) {
  const Facts f = Sample();
  Rule rule;
  rule.when = {MakeTest(FactId::kAiMl, TestOp::kIn, Bit(AiMl::kCore))};
  rule.unless = {MakeTest(FactId::kEngineersNow, TestOp::kGe, 0, 10),
                 MakeTest(FactId::kAiMl, TestOp::kIn, Bit(AiMl::kCore))};
  EXPECT_TRUE(Fires(rule, f));  // 4 engineers: the unless does not hold
  rule.unless.pop_back();
  rule.unless.front().number = 3;
  EXPECT_FALSE(Fires(rule, f));
}

TEST(Rules, ARuleWithoutTestsAlwaysFires) {
  EXPECT_TRUE(Fires(Rule{}, Sample()));
}

}  // namespace
}  // namespace engine
