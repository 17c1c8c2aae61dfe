#include "kb/load.h"

#include <gtest/gtest.h>

#include <string>

#include "base/sha256.h"
#include "engine/facts.h"
#include "engine/test_knowledge_base.h"

namespace kb {
namespace {

using engine::test_kb::OneStackKnowledgeBase;
using engine::test_kb::StackToml;
using engine::test_kb::TinyKnowledgeBase;
using engine::test_kb::TinyStacksExcept;
using engine::test_kb::ToToml;

// The tiny test base as TOML, without the stacks `except`: a test puts its
// own part first, so its expected line numbers count from its own text.
std::string TinyToml(std::string_view except = "") {
  return ToToml(TinyKnowledgeBase({.stacks = TinyStacksExcept(except)}));
}

// Every fact name, as messages list them: "product.ai_ml, ...".
std::string FactNames() {
  std::string names;
  for (const engine::FactInfo& info : TinyKnowledgeBase().facts) {
    if (!names.empty()) names += ", ";
    names += info.name;
  }
  return names;
}

// The error message of a load that must fail ("" when it loads).
std::string Errors(const std::string& text) {
  base::Result<engine::KnowledgeBase> kb = LoadKnowledgeBase(text, "kb.toml");
  if (kb.has_value()) return "";
  EXPECT_EQ(kb.error().code, base::ErrorCode::kInvalidArgument);
  EXPECT_EQ(kb.error().path, "kb.toml");
  return kb.error().message;
}

TEST(LoadKnowledgeBase, LoadsAValidFileWithStacksInFileOrder) {
  // The php stack comes first in the file, and so first in the base.
  std::string text = StackToml(TinyKnowledgeBase(), "php") + TinyToml("php");
  base::Result<engine::KnowledgeBase> kb = LoadKnowledgeBase(text, "kb.toml");
  ASSERT_TRUE(kb.has_value()) << kb.error().message;
  EXPECT_EQ(kb->version, "test-1");
  EXPECT_EQ(kb->sha256, base::Sha256Hex(text));
  EXPECT_EQ(kb->StackIds(),
            (std::vector<std::string>{"php", "python", "node", "go", "ruby",
                                      "java", "csharp", "elixir", "rust"}));
  ASSERT_EQ(kb->criteria.size(), 2u);
  EXPECT_EQ(kb->criteria[0].rating_source, engine::RatingSource::kTeamSkill);
  EXPECT_EQ(kb->criteria[1].base_weight, 1);
  const engine::Stack& node = kb->stacks[*kb->StackIndex("node")];
  ASSERT_EQ(node.ratings.size(), 2u);
  EXPECT_EQ(node.ratings[1].value, 3);
  ASSERT_EQ(node.languages.size(), 2u);
  EXPECT_EQ(node.languages[0].id, "javascript");
  EXPECT_EQ(node.languages[0].name, "JavaScript");
  EXPECT_EQ(node.languages[1].id, "typescript");
  EXPECT_EQ(kb->FindFact("team.level.php"), engine::TeamLevelFact(0));
  EXPECT_EQ(kb->confidence.high_margin, 10);  // the documented default
}

TEST(LoadKnowledgeBase, ReadsARuleWithAllItsEffects) {
  base::Result<engine::KnowledgeBase> kb = LoadKnowledgeBase(R"(
[[rule]]
id = "polyglot"
source = "extension: more than one backend language"
when = { "company.planned_stack_count" = { gt = 1 } }
unless = { "team.size" = { ge = 20 } }
warning = { id = "polyglot_trap", message = "You plan {company.planned_stack_count} stacks." }
checklist = { id = "team_skill", status = "warn", message = "m" }
advice = { id = "one_language", message = "Use {recommended.framework}." }
tension = { id = "t", message = "m" }
revisit = { id = "r", message = "m" }

[[rule]]
id = "ai"
source = "question 2"
weights = { speed = 2.5 }
)" + TinyToml(),
                                                             "kb.toml");
  ASSERT_TRUE(kb.has_value()) << kb.error().message;
  ASSERT_EQ(kb->rules.size(), 2u);
  const engine::Rule& polyglot = kb->rules[0];
  EXPECT_TRUE(polyglot.extension);
  EXPECT_FALSE(polyglot.before_ranking());
  ASSERT_EQ(polyglot.when.size(), 1u);
  EXPECT_EQ(polyglot.when[0].op, engine::TestOp::kGt);
  ASSERT_EQ(polyglot.unless.size(), 1u);
  EXPECT_EQ(polyglot.warning->message,
            "You plan {company.planned_stack_count} stacks.");
  EXPECT_EQ(polyglot.checklist_status, engine::CheckStatus::kWarn);
  EXPECT_EQ(polyglot.advice->id, "one_language");
  EXPECT_EQ(polyglot.revisit->id, "r");
  const engine::Rule& ai = kb->rules[1];
  EXPECT_FALSE(ai.extension);
  EXPECT_TRUE(ai.before_ranking());
  EXPECT_EQ(ai.weights, (std::vector<std::pair<int, double>>{{1, 2.5}}));
}

TEST(LoadKnowledgeBase, ReportsASyntaxErrorWithItsPosition) {
  EXPECT_EQ(Errors("[meta]\nversion = \"1\"\ntitle = \n"),
            "kb.toml:3:9: Error while parsing key-value pair: expected value, "
            "saw '\\n'");
}

TEST(LoadKnowledgeBase, ReportsAnUnknownKeyWithTheAcceptedKeys) {
  EXPECT_EQ(Errors(R"([[criterion]]
id = "latency"
name = "Latency"
rating = "team_skill"
wieght = 1
source = "s"
)" + TinyToml()),
            "kb.toml:1:1: missing key \"weight\" in [[criterion]]\n"
            "kb.toml:5:1: unknown key \"wieght\" in [[criterion]] (accepted: "
            "id, name, description, rating, weight, source)");
}

TEST(LoadKnowledgeBase, ReportsAnUnknownTopLevelKey) {
  EXPECT_EQ(Errors("stacks = 9\n" + TinyToml()),
            "kb.toml:1:1: unknown key \"stacks\" at the top level (accepted: "
            "meta, confidence, robustness, criterion, stack, warning, check, "
            "rule)");
}

TEST(LoadKnowledgeBase, ReportsAnUnknownCriterionInRatings) {
  std::string python = R"([[stack]]
id = "python"
name = "Python"
languages = [{ id = "python", name = "Python" }]
source = "s"
summary = "s"
talent = { share_percent = 51, survey = "Survey", year = 2024 }
[stack.ratings]
speed = { rating = 5, why = "w" }
speeed = { rating = 1, why = "w" }
team_fit = { rating = 1, why = "w" }
[[stack.framework]]
name = "FastAPI"
fit = "f"
default = true
)";
  EXPECT_EQ(Errors(python + TinyToml("python")),
            "kb.toml:10:1: unknown criterion \"speeed\" (accepted: team_fit, "
            "speed)\n"
            "kb.toml:11:1: criterion \"team_fit\" is rated from team_skill, so "
            "a stack may not rate it");
}

TEST(LoadKnowledgeBase, ReportsAMissingRating) {
  std::string go = R"([[stack]]
id = "go"
name = "Go"
languages = [{ id = "go", name = "Go" }]
source = "s"
summary = "s"
talent = { share_percent = 13.5, survey = "Survey", year = 2024 }
[[stack.framework]]
name = "Gin"
fit = "f"
default = true
)";
  EXPECT_EQ(Errors(go + TinyToml("go")),
            "kb.toml:1:1: stack \"go\" has no rating for criterion \"speed\"");
}

TEST(LoadKnowledgeBase, ReportsBadStackValues) {
  std::string go = R"([[stack]]
id = "go"
name = "Go"
languages = [{ id = "Go Lang", name = "Go" }]
source = "s"
summary = "s"
talent = { share_percent = 130, survey = "Survey", year = "2024" }
[stack.ratings]
speed = { rating = 6, why = "w" }
[[stack.framework]]
name = "Gin"
fit = "f"
)";
  EXPECT_EQ(
      Errors(go + TinyToml("go")),
      "kb.toml:1:1: stack \"go\" has no default framework (set default = "
      "true on one [[stack.framework]])\n"
      "kb.toml:4:21: language id \"Go Lang\" must use only a-z, 0-9 and _\n"
      "kb.toml:7:28: \"share_percent\" must be between 0 and 100, got 130\n"
      "kb.toml:7:59: \"year\" in [[stack]] talent must be an integer, not "
      "a string\n"
      "kb.toml:9:20: \"rating\" for criterion \"speed\" must be between 0 "
      "and 5, got 6");
}

TEST(LoadKnowledgeBase, ReportsTwoDefaultFrameworks) {
  std::string ruby = R"([[stack]]
id = "ruby"
name = "Ruby"
languages = [{ id = "ruby", name = "Ruby" }]
source = "s"
summary = "s"
talent = { share_percent = 5, survey = "Survey", year = 2024 }
[stack.ratings]
speed = { rating = 1, why = "w" }
[[stack.framework]]
name = "Rails"
fit = "f"
default = true
[[stack.framework]]
name = "Sinatra"
fit = "f"
default = true
)";
  EXPECT_EQ(Errors(ruby + TinyToml("ruby")),
            "kb.toml:17:11: stack \"ruby\" has more than one default framework "
            "(\"Rails\" and \"Sinatra\")");
}

TEST(LoadKnowledgeBase, ReportsDuplicateStacksAndALanguageInTwoStacks) {
  // A stack of the tiny base is 14 lines: a blank line, [[stack]], then id.
  std::string golang = R"(
[[stack]]
id = "golang"
name = "Go again"
languages = [{ id = "go", name = "Go" }]
source = "s"
summary = "s"
talent = { share_percent = 10, survey = "Survey", year = 2024 }
[stack.ratings]
speed = { rating = 3, why = "w" }
[[stack.framework]]
name = "F"
fit = "f"
default = true
)";
  const std::string go = StackToml(TinyKnowledgeBase(), "go");
  std::string text = go + go + golang + TinyToml("go");
  EXPECT_EQ(Errors(text),
            "kb.toml:17:6: duplicate stack \"go\" (first defined at line 3)\n"
            "kb.toml:33:13: language \"go\" belongs to stack \"go\" already; a "
            "language belongs to one stack");
}

// The what-if search and the eligibility rule keep criteria and stacks in
// 32-bit masks: a base with more is refused, not misread.
TEST(LoadKnowledgeBase, RefusesMoreCriteriaOrStacksThanItCanRank) {
  std::string criteria;
  for (int i = 0; i < 33; ++i) {
    criteria += "[[criterion]]\nid = \"c" + std::string(1, 'a' + i / 26) +
                std::string(1, 'a' + i % 26) +
                "\"\nname = \"C\"\ndescription = \"d\"\nrating = "
                "\"static\"\nweight = 1\nsource = \"s\"\n";
  }
  const std::string too_many_criteria = Errors(criteria + TinyToml());
  EXPECT_NE(too_many_criteria.find("kb.toml:1:1: too many criteria: "),
            std::string::npos)
      << too_many_criteria;
  EXPECT_NE(too_many_criteria.find(" (at most 32)"), std::string::npos);
  std::string stacks;
  for (int i = 0; i < 33; ++i) stacks += "[[stack]]\nid = \"s\"\n";
  const std::string too_many_stacks = Errors(stacks + TinyToml());
  EXPECT_NE(too_many_stacks.find("kb.toml:1:1: too many stacks: "),
            std::string::npos)
      << too_many_stacks;
  EXPECT_NE(too_many_stacks.find(" (at most 32)"), std::string::npos);
}

TEST(LoadKnowledgeBase, ATenthStackNeedsNoCode) {
  std::string scala = R"(
[[stack]]
id = "scala"
name = "Scala"
languages = [{ id = "scala", name = "Scala" }]
source = "extension: a test stack"
summary = "s"
talent = { share_percent = 3, survey = "Survey", year = 2024 }
[stack.ratings]
speed = { rating = 3, why = "w" }
[[stack.framework]]
name = "Play"
fit = "f"
when = { "team.level.scala" = "expert" }
[[stack.framework]]
name = "http4s"
fit = "f"
default = true
)";
  base::Result<engine::KnowledgeBase> kb = LoadKnowledgeBase(R"([[rule]]
id = "scala_team"
source = "s"
when = { "team.level.scala" = ["working", "expert"] }
advice = { id = "scala", message = "The team knows {team.best_stack}." }
)" + TinyToml() + scala,
                                                             "kb.toml");
  ASSERT_TRUE(kb.has_value()) << kb.error().message;
  EXPECT_EQ(kb->stacks.size(), 10u);
  EXPECT_EQ(kb->StackOfLanguage("scala"), 9);
  EXPECT_EQ(kb->LanguageName("scala"), "Scala");
  EXPECT_EQ(kb->stacks[9].frameworks[0].when.front().fact,
            engine::TeamLevelFact(9));
}

TEST(LoadKnowledgeBase, ReportsABadEnumValueInAWhenTest) {
  EXPECT_EQ(Errors(R"([[rule]]
id = "q2"
source = "question 2"
when = { "product.ai_ml" = "yes" }
advice = { id = "a", message = "m" }
)" + TinyToml()),
            "kb.toml:4:28: unknown value \"yes\" for fact \"product.ai_ml\" "
            "(accepted: none, planned, core)");
}

TEST(LoadKnowledgeBase, ReportsAWrongTestForTheFactsKind) {
  EXPECT_EQ(Errors(R"([[rule]]
id = "launched"
source = "s"
unless = { "company.launched" = "yes" }
advice = { id = "a", message = "m" }
)" + TinyToml()),
            "kb.toml:4:33: fact \"company.launched\" is true or false; test it "
            "with true, false or { present = ... }");
}

TEST(LoadKnowledgeBase, RejectsRecommendedFactsInARuleWithWeights) {
  EXPECT_EQ(Errors(R"([[rule]]
id = "late"
source = "s"
when = { "recommended.stack" = "go" }
weights = { speed = 1 }
)" + TinyToml()),
            "kb.toml:4:10: fact \"recommended.stack\" is known only after "
            "ranking; a rule with weights runs before ranking and may not "
            "test it");
}

TEST(LoadKnowledgeBase, ReportsAnUnknownPlaceholder) {
  EXPECT_EQ(Errors(R"([[rule]]
id = "cap"
source = "s"
advice = { id = "capacity", message = "{product.peak} rps is fine" }
)" + TinyToml()),
            "kb.toml:4:39: unknown placeholder \"{product.peak}\" in message "
            "(accepted: " +
                FactNames() + ", recommended.framework)");
}

TEST(LoadKnowledgeBase, ReportsUndeclaredWarningAndCheckIds) {
  EXPECT_EQ(Errors(R"([[rule]]
id = "r"
source = "s"
warning = { id = "polyglot", message = "m" }
checklist = { id = "team_skills", status = "done", message = "m" }
)" + TinyToml()),
            "kb.toml:4:18: warning \"polyglot\" is not declared in [[warning]] "
            "(declared: polyglot_trap)\n"
            "kb.toml:5:20: check \"team_skills\" is not declared in [[check]] "
            "(declared: team_skill)\n"
            "kb.toml:5:44: unknown checklist status \"done\" (accepted: pass, "
            "warn, fail, todo)");
}

TEST(LoadKnowledgeBase, ReportsRuleWithoutEffectAndDuplicateRuleId) {
  EXPECT_EQ(Errors(R"([[rule]]
id = "r"
source = "s"
when = { "product.realtime" = "core" }

[[rule]]
id = "r"
source = "s"
weights = { realtime = 2 }
)" + TinyToml()),
            "kb.toml:1:1: rule \"r\" has no effect (accepted: weights, admit, "
            "warning, "
            "checklist, advice, tension, revisit)\n"
            "kb.toml:7:6: duplicate rule id \"r\" (first defined at line 2)\n"
            "kb.toml:9:13: unknown criterion \"realtime\" (accepted: team_fit, "
            "speed)");
}

TEST(LoadKnowledgeBase, ReportsEveryProblemAtOnceInFileOrder) {
  engine::KnowledgeBase without_meta = TinyKnowledgeBase();
  without_meta.version = "";  // the [meta] below is this test's own
  std::string text = R"([meta]
title = "no version"

[confidence]
high_margin = 2

[[criterion]]
id = "Speed"
name = "Speed"
rating = "team_skill"
weight = -1
source = "s"

[[criterion]]
id = "latency"
name = "Latency"
rating = "dynamic"
weight = 1
source = "s"
)" + ToToml(without_meta);
  EXPECT_EQ(Errors(text),
            "kb.toml:1:1: missing key \"version\" in [meta]\n"
            "kb.toml:4:1: \"high_margin\" (2) must not be less than "
            "\"medium_margin\" (4)\n"
            "kb.toml:8:6: criterion id \"Speed\" must match [a-z_]+\n"
            "kb.toml:11:10: \"weight\" must be >= 0, got -1\n"
            "kb.toml:17:10: unknown rating \"dynamic\" (accepted: static, "
            "team_skill, talent_pool, current_backend)");
}

TEST(LoadKnowledgeBase, ReportsMissingPartsOfAnEmptyFile) {
  EXPECT_EQ(Errors(""),
            "kb.toml:1:1: missing key \"meta\" at the top level\n"
            "kb.toml:1:1: missing [[criterion]] at the top level (at least one "
            "is required)\n"
            "kb.toml:1:1: missing [[stack]] at the top level (at least one is "
            "required)");
}

}  // namespace
}  // namespace kb
