// `stackwise recommend` with one --profile per founder: the combined
// decision, each founder's own pick, and the questions they disagree on.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "run_binary.h"

namespace cli_test {
namespace {

using nlohmann::ordered_json;

std::string JavaScriptFounder(const std::string& name, const std::string& ai_ml,
                              const std::string& region = "global") {
  return R"({"team": [{"name": ")" + name +
         R"(", "skills": {"javascript": "expert"}}], "product": {"ai_ml": ")" +
         ai_ml + R"("}, "company": {"hiring_region": ")" + region + R"("}})";
}

class RecommendTogether : public ::testing::Test {
 protected:
  RunResult Run(const std::string& a, const std::string& b,
                const std::string& format) {
    dir_.Write("a.json", a);
    dir_.Write("b.json", b);
    return RunStackwise({"recommend", "--profile", dir_.File("a.json"),
                         "--profile", dir_.File("b.json"), "--format", format});
  }
  base::TempDir dir_;
};

TEST_F(RecommendTogether, AiMlNoneOrCoreDecidesBetweenNodeAndPython) {
  RunResult run = Run(JavaScriptFounder("Ana", "none"),
                      JavaScriptFounder("Ben", "core"), "json");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const ordered_json doc = ordered_json::parse(run.out);
  EXPECT_EQ(doc["schema_minor"], 2);
  EXPECT_EQ(doc["founders"], ordered_json::parse(R"([
    {"name": "Ana", "stack": "node", "stack_name": "Node.js"},
    {"name": "Ben", "stack": "python", "stack_name": "Python"}])"));
  ASSERT_EQ(doc["disagreements"].size(), 1u);
  const ordered_json& d = doc["disagreements"][0];
  EXPECT_EQ(d["field"], "product.ai_ml");
  EXPECT_EQ(d["answers"], ordered_json::parse(R"([
    {"founder": "Ana", "value": "none"}, {"founder": "Ben", "value": "core"}])"));
  EXPECT_EQ(d["changes_winner"], true);
  EXPECT_EQ(d["winners"], ordered_json::parse(R"([
    {"value": "none", "stack": "node", "stack_name": "Node.js"},
    {"value": "core", "stack": "python", "stack_name": "Python"}])"));
  EXPECT_EQ(d["summary"],
            "AI/ML: Ana says none, Ben says core. If you agree on none, "
            "Node.js; on core, "
            "Python.");
}

TEST_F(RecommendTogether, TextReportSaysWhichQuestionDecides) {
  RunResult run = Run(JavaScriptFounder("Ana", "none"),
                      JavaScriptFounder("Ben", "core"), "text");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("  - Ana, on their own answers: Node.js\n"
                         "  - Ben, on their own answers: Python\n"),
            std::string::npos)
      << run.out;
  EXPECT_NE(
      run.out.find(
          "  [decides] AI/ML: Ana says none, Ben says core. If you agree on "
          "none, Node.js; on core, Python.\n"),
      std::string::npos)
      << run.out;
}

TEST_F(RecommendTogether, HiringRegionDisagreementIsSaidNotToMatter) {
  RunResult run = Run(JavaScriptFounder("Ana", "none"),
                      JavaScriptFounder("Ben", "none", "europe"), "text");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(
      run.out.find(
          "  [skip]    The hiring region: Ana says global, Ben says europe. "
          "Node.js either way: settling it does not change the winner.\n"),
      std::string::npos)
      << run.out;
  EXPECT_EQ(run.out.find("[decides]"), std::string::npos) << run.out;
}

TEST_F(RecommendTogether, FounderWithoutANameIsNamedForTheFile) {
  RunResult run = Run(R"({"product": {"ai_ml": "core"}})",
                      JavaScriptFounder("Ben", "none"), "json");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(ordered_json::parse(run.out)["founders"][0]["name"], "a");
}

TEST_F(RecommendTogether, OneProfileHasNoFoundersOrDisagreements) {
  dir_.Write("a.json", JavaScriptFounder("Ana", "none"));
  RunResult run = RunStackwise(
      {"recommend", "--profile", dir_.File("a.json"), "--format", "json"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const ordered_json doc = ordered_json::parse(run.out);
  EXPECT_EQ(doc["schema_minor"], 1);
  EXPECT_FALSE(doc.contains("founders"));
  EXPECT_FALSE(doc.contains("disagreements"));
}

TEST_F(RecommendTogether, BadSecondProfileNamesItsFile) {
  dir_.Write("a.json", JavaScriptFounder("Ana", "none"));
  dir_.Write("b.json", R"({"product": {"ai_ml": "yes"}})");
  RunResult run = RunStackwise({"recommend", "--profile", dir_.File("a.json"),
                                "--profile", dir_.File("b.json")});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "stackwise: error: " + dir_.File("b.json") +
                         ": product.ai_ml: expected one of none, planned, "
                         "core; got \"yes\"\n");
}

}  // namespace
}  // namespace cli_test
