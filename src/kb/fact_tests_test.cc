#include "kb/fact_tests.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/test_knowledge_base.h"

namespace kb {
namespace {

using engine::FactId;
using engine::FactTest;
using engine::TestOp;

struct Compiled {
  std::vector<FactTest> tests;
  std::string errors;
};

// Compiles the `when` table of a one-line TOML document.
Compiled Compile(std::string_view toml_text,
                 RecommendedFacts recommended = RecommendedFacts::kAllowed) {
  toml::table document = toml::parse(toml_text, std::string_view("kb.toml"));
  Diagnostics diagnostics("kb.toml");
  Compiled out;
  out.tests = CompileTests(engine::test_kb::TinyKnowledgeBase().facts,
                           *document["when"].as_table(), "in [[rule]] when",
                           recommended, diagnostics);
  out.errors = diagnostics.ToString();
  return out;
}

void ExpectTest(const FactTest& test, FactId fact, TestOp op, uint64_t mask,
                double number) {
  EXPECT_EQ(test.fact, fact);
  EXPECT_EQ(test.op, op);
  EXPECT_EQ(test.mask, mask);
  EXPECT_EQ(test.number, number);
}

TEST(CompileTests, EnumValuesBecomeMasksOfValueIndexes) {
  // product.ai_ml: none, planned, core.
  Compiled c = Compile(R"(when = { "product.ai_ml" = ["planned", "core"] })");
  ASSERT_EQ(c.errors, "");
  ASSERT_EQ(c.tests.size(), 1u);
  ExpectTest(c.tests[0], FactId::kAiMl, TestOp::kIn, 0b110, 0);
}

TEST(CompileTests, OneEnumValueAndNot) {
  Compiled c = Compile(
      R"(when = { "product.ai_ml" = "core", "product.realtime" = { not = "none" } })");
  ASSERT_EQ(c.errors, "");
  ASSERT_EQ(c.tests.size(), 2u);
  ExpectTest(c.tests[0], FactId::kAiMl, TestOp::kIn, 0b100, 0);
  ExpectTest(c.tests[1], FactId::kRealtime, TestOp::kNotIn, 0b001, 0);
}

TEST(CompileTests, SetTests) {
  // leaning.reasons: benchmarks, trend, blog_post, previous_employer, ...
  Compiled any =
      Compile(R"(when = { "leaning.reasons" = ["trend", "blog_post"] })");
  Compiled all = Compile(
      R"(when = { "leaning.reasons" = { all = ["benchmarks", "trend"] } })");
  Compiled none =
      Compile(R"(when = { "leaning.reasons" = { not = "benchmarks" } })");
  ASSERT_EQ(any.errors + all.errors + none.errors, "");
  ExpectTest(any.tests.at(0), FactId::kLeaningReasons, TestOp::kHasAny, 0b110,
             0);
  ExpectTest(all.tests.at(0), FactId::kLeaningReasons, TestOp::kHasAll, 0b011,
             0);
  ExpectTest(none.tests.at(0), FactId::kLeaningReasons, TestOp::kHasNone, 0b001,
             0);
}

TEST(CompileTests, BoolNumberAndPresenceTests) {
  Compiled c = Compile(
      R"(when = { "product.data_intensive" = true, "company.engineers_now" = { ge = 3, lt = 10.5 }, "leaning.stack" = { present = false } })");
  ASSERT_EQ(c.errors, "");
  ASSERT_EQ(c.tests.size(), 4u);  // keys in name order, operators in name order
  ExpectTest(c.tests[0], FactId::kEngineersNow, TestOp::kGe, 0, 3);
  ExpectTest(c.tests[1], FactId::kEngineersNow, TestOp::kLt, 0, 10.5);
  ExpectTest(c.tests[2], FactId::kLeaningStack, TestOp::kAbsent, 0, 0);
  ExpectTest(c.tests[3], FactId::kDataIntensive, TestOp::kEq, 0, 1);
}

TEST(CompileTests, UnquotedDottedKeysNameTheSameFact) {
  Compiled c =
      Compile(R"(when = { product.ai_ml = "core", team.level.go = "expert" })");
  ASSERT_EQ(c.errors, "");
  ASSERT_EQ(c.tests.size(), 2u);
  ExpectTest(c.tests[0], FactId::kAiMl, TestOp::kIn, 0b100, 0);
  ExpectTest(c.tests[1], engine::TeamLevelFact(2), TestOp::kIn, 0b1000, 0);
}

TEST(CompileTests, UnknownEnumValueNamesTheAcceptedValues) {
  Compiled c = Compile(R"(when = { "product.ai_ml" = ["planned", "yes"] })");
  EXPECT_EQ(c.errors,
            "kb.toml:1:40: unknown value \"yes\" for fact \"product.ai_ml\" "
            "(accepted: none, planned, core)");
  EXPECT_TRUE(c.tests.empty());
}

TEST(CompileTests, WrongTestForTheFactsKindSaysWhatItAccepts) {
  Compiled c = Compile(
      R"(when = { "product.ai_ml" = true, "company.launched" = "yes", "team.size" = { all = [1] }, "leaning.reasons" = { lt = 2 } })");
  EXPECT_EQ(
      c.errors,
      "kb.toml:1:28: fact \"product.ai_ml\" is one of none, planned, core; "
      "test it with a value, a list of values, { not = ... } or "
      "{ present = ... }\n"
      "kb.toml:1:55: fact \"company.launched\" is true or false; test it "
      "with true, false or { present = ... }\n"
      "kb.toml:1:84: fact \"team.size\" is a number; test it with a "
      "number, { lt, le, gt, ge = number } or { present = ... }\n"
      "kb.toml:1:118: fact \"leaning.reasons\" is a set of benchmarks, "
      "trend, blog_post, previous_employer, team_knows, other; test it "
      "with a value, a list of values, { not = ... }, { all = ... } or "
      "{ present = ... }");
}

TEST(CompileTests, UnknownOperatorAndEmptyList) {
  Compiled c =
      Compile(R"(when = { "team.size" = { gte = 2 }, "product.kind" = [] })");
  EXPECT_EQ(
      c.errors,
      "kb.toml:1:26: unknown key \"gte\" in a test of fact \"team.size\" "
      "(accepted: not, all, lt, le, gt, ge, present)\n"
      "kb.toml:1:54: a test of fact \"product.kind\" needs a value or a "
      "non-empty list of values (accepted: saas, crud, consumer, devtools, "
      "api_gateway, automation, analytics, marketplace, other)");
}

TEST(CompileTests, RecommendedFactsCanBeForbidden) {
  std::string_view text = R"(when = { "recommended.stack" = "go" })";
  EXPECT_EQ(Compile(text, RecommendedFacts::kAllowed).errors, "");
  EXPECT_EQ(Compile(text, RecommendedFacts::kForbidden).errors,
            "kb.toml:1:10: fact \"recommended.stack\" is known only after "
            "ranking; a rule with weights runs before ranking and may not "
            "test it");
}

}  // namespace
}  // namespace kb
