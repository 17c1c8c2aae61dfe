// End-to-end tests of the stackwise binary (see run_binary.h).
#include <gtest/gtest.h>

#include <ctime>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <string_view>

#include "engine/test_knowledge_base.h"
#include "kb/load.h"
#include "run_binary.h"

namespace cli_test {
namespace {

using nlohmann::ordered_json;

constexpr char kProfile[] = R"({
  "team": [{"name": "Ana", "skills": {"python": "expert"}}],
  "product": {"ai_ml": "planned"},
  "company": {"engineers_now": 2, "engineers_in_12_months": 5}
})";

// A profile file in a temp folder, and the run of `recommend` on it.
class Recommend : public ::testing::Test {
 protected:
  RunResult RecommendWith(const std::string& profile,
                          std::vector<std::string> extra = {}) {
    dir_.Write("profile.json", profile);
    std::vector<std::string> args = {"recommend", "--profile",
                                     dir_.File("profile.json")};
    args.insert(args.end(), extra.begin(), extra.end());
    return RunStackwise(args);
  }
  std::string ProfilePath() const { return dir_.File("profile.json"); }

  base::TempDir dir_;
};

TEST(Stackwise, VersionPrintsTheVersion) {
  RunResult run = RunStackwise({"--version"});
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.out, "stackwise " STACKWISE_VERSION "\n");
}

TEST(Stackwise, HelpListsTheSubcommands) {
  RunResult run = RunStackwise({"--help"});
  EXPECT_EQ(run.exit_code, 0);
  for (const char* name : {"recommend", "ask", "kb"}) {
    EXPECT_NE(run.out.find(name), std::string::npos) << name;
  }
}

TEST(Stackwise, NoSubcommandIsAnInvalidInvocation) {
  RunResult run = RunStackwise({});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "stackwise: error: A subcommand is required\n");
}

TEST(Stackwise, UnknownFlagExitsTwo) {
  RunResult run = RunStackwise({"recommend", "--profile", "-", "--colour"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err,
            "stackwise: error: The following argument was not expected: "
            "--colour\n");
}

TEST(Stackwise, BadFormatNamesTheAcceptedValues) {
  RunResult run =
      RunStackwise({"recommend", "--profile", "-", "--format", "xml"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err,
            "stackwise: error: --format: expected one of text, json, "
            "markdown; got \"xml\"\n");
}

TEST(Stackwise, BadDateIsRefused) {
  RunResult run = RunStackwise({"recommend", "--profile", "-", "--format",
                                "markdown", "--date", "28/11/2026"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err,
            "stackwise: error: --date: expected a date as YYYY-MM-DD; got "
            "\"28/11/2026\"\n");
}

TEST_F(Recommend, UnknownFieldExitsTwoWithThePath) {
  RunResult run = RecommendWith(R"({"team": [{"skils": {}}]})");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, "stackwise: error: " + ProfilePath() +
                         ": team[0].skils: unknown field (accepted: name, "
                         "skills)\n");
}

TEST_F(Recommend, BadEnumNamesTheAcceptedValues) {
  RunResult run = RecommendWith(R"({"product": {"ai_ml": "yes"}})");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "stackwise: error: " + ProfilePath() +
                         ": product.ai_ml: expected one of none, planned, "
                         "core; got \"yes\"\n");
}

TEST_F(Recommend, WrongTypeNamesTheExpectedType) {
  RunResult run = RecommendWith(R"({"company": {"engineers_now": "three"}})");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "stackwise: error: " + ProfilePath() +
                         ": company.engineers_now: expected a whole number "
                         ">= 0; got \"three\"\n");
}

TEST_F(Recommend, NegativeCountIsRefused) {
  RunResult run =
      RecommendWith(R"({"company": {"engineers_in_12_months": -4}})");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "stackwise: error: " + ProfilePath() +
                         ": company.engineers_in_12_months: expected a whole "
                         "number >= 0; got -4\n");
}

TEST_F(Recommend, MalformedJsonGivesTheByteOffset) {
  RunResult run = RecommendWith(R"({"team": [})");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "stackwise: error: " + ProfilePath() +
                         ": malformed JSON at byte 11 (line 1, column 11): "
                         "syntax error while parsing value - unexpected '}'; "
                         "expected '[', '{', or a literal\n");
}

TEST(Stackwise, MissingProfileFileExitsTwo) {
  RunResult run =
      RunStackwise({"recommend", "--profile", "/nonexistent/p.json"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err,
            "stackwise: error: /nonexistent/p.json: cannot read: No such file "
            "or directory\n");
}

TEST(Stackwise, ProfileFromStdinNamesStdinInErrors) {
  RunResult run = RunStackwise({"recommend", "--profile", "-"}, "[]");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "stackwise: error: <stdin>: expected an object; got []\n");
}

TEST_F(Recommend, TextReportWithoutATerminalHasNoEscapeCodes) {
  RunResult run = RecommendWith(kProfile);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out.rfind("Recommendation: ", 0), 0u) << run.out;
  EXPECT_NE(run.out.find("\nRanking\n"), std::string::npos);
  EXPECT_NE(run.out.find("\nChecklist\n"), std::string::npos);
  EXPECT_EQ(run.out.find('\x1b'), std::string::npos);
}

TEST_F(Recommend, NoColorHasNoEscapeCodes) {
  dir_.Write("profile.json", kProfile);
  RunResult run = RunStackwise({"recommend", "--profile", ProfilePath()}, "",
                               {"NO_COLOR=1"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out.find('\x1b'), std::string::npos);
}

TEST_F(Recommend, JsonOutputParsesAndHasTheResultKeys) {
  RunResult run = RecommendWith(kProfile, {"--format", "json"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto doc = ordered_json::parse(run.out, nullptr, false);
  ASSERT_FALSE(doc.is_discarded()) << run.out;
  std::vector<std::string> keys;
  for (const auto& [key, value] : doc.items()) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{
                      "schema_version", "schema_minor", "recommendation",
                      "confidence", "robustness", "ranking", "tensions",
                      "warnings", "checklist", "advice", "revisit_triggers",
                      "what_if", "leaning_path", "knowledge_base"}));
  EXPECT_EQ(doc["schema_version"], 1);
  EXPECT_EQ(doc["schema_minor"], 1);
  EXPECT_EQ(doc["robustness"]["samples"], 4096);
  EXPECT_EQ(doc["robustness"]["stacks"].size(), 9u);
  EXPECT_EQ(doc["ranking"].size(), 9u);
}

TEST_F(Recommend, JsonOutputIsTheSameEveryRun) {
  RunResult first = RecommendWith(kProfile, {"--format", "json"});
  RunResult second = RecommendWith(kProfile, {"--format", "json"});
  EXPECT_EQ(first.out, second.out);
}

TEST_F(Recommend, MarkdownIsAnAdrWithTheMadrHeadings) {
  RunResult run =
      RecommendWith(kProfile, {"--format", "markdown", "--date", "2026-11-28",
                               "--title", "Our backend"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out.rfind("# Our backend\n\n- Status: proposed\n"
                          "- Deciders: Ana\n- Date: 2026-11-28\n\n",
                          0),
            0u)
      << run.out;
  for (const char* heading :
       {"\n## Context and Problem Statement\n", "\n## Decision Drivers\n",
        "\n## Considered Options\n", "\n## Decision Outcome\n",
        "\n### Consequences\n", "\n### Confirmation\n",
        "\n## Pros and Cons of the Options\n", "\n## More Information\n"}) {
    EXPECT_NE(run.out.find(heading), std::string::npos) << heading;
  }
}

TEST_F(Recommend, MarkdownDateDefaultsToToday) {
  RunResult run = RecommendWith(kProfile, {"--format", "markdown"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(std::regex_search(
      run.out, std::regex("\n- Date: \\d{4}-\\d{2}-\\d{2}\n")));
}

std::string UtcDateToday() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char date[16];
  std::strftime(date, sizeof date, "%Y-%m-%d", &utc);
  return date;
}

// The CLI dates a record as the server does, in UTC: time zones 14 hours
// ahead and 12 hours behind agree on today's UTC date.
TEST_F(Recommend, MarkdownDateIsTodayInUtcWhateverTheTimeZone) {
  dir_.Write("profile.json", kProfile);
  const std::string before = UtcDateToday();
  std::vector<std::string> args = {"recommend", "--profile", ProfilePath(),
                                   "--format", "markdown"};
  RunResult east = RunStackwise(args, "", {"TZ=EAST-14"});
  RunResult west = RunStackwise(args, "", {"TZ=WEST+12"});
  const std::string after = UtcDateToday();
  ASSERT_EQ(east.exit_code, 0) << east.err;
  ASSERT_EQ(west.exit_code, 0) << west.err;
  std::smatch east_date;
  std::smatch west_date;
  const std::regex date_line("\n- Date: (\\d{4}-\\d{2}-\\d{2})\n");
  ASSERT_TRUE(std::regex_search(east.out, east_date, date_line));
  ASSERT_TRUE(std::regex_search(west.out, west_date, date_line));
  EXPECT_EQ(east_date[1], west_date[1]);
  EXPECT_TRUE(east_date[1] == before || east_date[1] == after)
      << east_date[1] << " is not " << before;
}

TEST_F(Recommend, MarkdownMetadataCanBeFrontMatter) {
  RunResult run =
      RecommendWith(kProfile, {"--format", "markdown", "--date", "2026-11-28",
                               "--metadata", "front-matter"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out.rfind("---\nstatus: proposed\ndate: 2026-11-28\n"
                          "decision-makers: Ana\n---\n\n# ",
                          0),
            0u)
      << run.out;
  RunResult wrong =
      RecommendWith(kProfile, {"--format", "markdown", "--metadata", "yaml"});
  EXPECT_EQ(wrong.exit_code, 2);
  EXPECT_NE(wrong.err.find("--metadata"), std::string::npos) << wrong.err;
}

TEST_F(Recommend, ReplacementKnowledgeBaseErrorsExitTwo) {
  dir_.Write("broken.toml", "[meta\n");
  RunResult run = RecommendWith(kProfile, {"--kb", dir_.File("broken.toml")});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err.rfind(dir_.File("broken.toml") + ":1:", 0), 0u) << run.err;
}

TEST_F(Recommend, ReplacementKnowledgeBaseIsUsed) {
  RunResult run =
      RecommendWith(kProfile, {"--kb", STACKWISE_KB_FILE, "--format", "json"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto doc = ordered_json::parse(run.out);
  EXPECT_FALSE(doc["knowledge_base"]["version"].get<std::string>().empty());
}

TEST(KbValidate, GoodFileReportsItsCounts) {
  RunResult run = RunStackwise({"kb", "validate", STACKWISE_KB_FILE});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(std::regex_match(
      run.out,
      std::regex(std::string(STACKWISE_KB_FILE) +
                 ": ok \\(version [^,]+, 9 stacks, [0-9]+ rules\\)\n")))
      << run.out;
}

TEST(KbValidate, BrokenFilePrintsFileLineColumn) {
  base::TempDir dir;
  dir.Write("kb.toml", "[meta]\nversion = 1\n");
  RunResult run = RunStackwise({"kb", "validate", dir.File("kb.toml")});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.out, "");
  std::istringstream lines(run.err);
  std::string line;
  int count = 0;
  while (std::getline(lines, line)) {
    ++count;
    EXPECT_TRUE(std::regex_match(
        line, std::regex(dir.File("kb.toml") + ":[0-9]+:[0-9]+: .+")))
        << line;
  }
  EXPECT_GT(count, 1);  // every problem, not just the first
  EXPECT_NE(run.err.find(dir.File("kb.toml") + ":2:11: "), std::string::npos)
      << run.err;
}

// A stack the built-in base does not have, rated on its criteria.
constexpr std::string_view kScalaStack = R"toml(
[[stack]]
id = "scala"
name = "Scala"
languages = [{ id = "scala", name = "Scala" }]
extension = true
source = "extension: a stack added by a test, with no code"
summary = "The JVM with functional programming."
talent = { share_percent = 2.6, survey = "Stack Overflow Developer Survey (all respondents)", year = 2024 }
[stack.ratings]
prototyping_speed = { rating = 3, why = "w" }
saas_libraries = { rating = 4, why = "w" }
io_concurrency = { rating = 4.5, why = "w" }
ai_ml = { rating = 2.5, why = "w" }
realtime = { rating = 4, why = "w" }
cpu_throughput = { rating = 4, why = "w" }
data_ecosystem = { rating = 4, why = "w" }
infra_tooling = { rating = 3, why = "w" }
server_rendering = { rating = 2, why = "w" }
[[stack.framework]]
name = "Play"
fit = "Full-stack web apps."
default = true
)toml";

TEST(KbStacks, ATenthStackInAKnowledgeBaseFileIsRecommendedWithoutCode) {
  base::TempDir dir;
  dir.Write("kb.toml", engine::test_kb::ToToml(kb::DefaultKnowledgeBase()) +
                           std::string(kScalaStack));
  dir.Write("profile.json",
            R"({"team": [{"name": "Ada", "skills": {"scala": "expert"}},
                         {"name": "Bo", "skills": {"scala": "expert", "python": "basic"}}],
                "product": {"kind": "saas"},
                "company": {"engineers_now": 2, "engineers_in_12_months": 3}})");
  RunResult run =
      RunStackwise({"recommend", "--kb", dir.File("kb.toml"), "--profile",
                    dir.File("profile.json"), "--format", "json"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto result = ordered_json::parse(run.out);
  EXPECT_EQ(result["recommendation"]["stack"], "scala");
  EXPECT_EQ(result["recommendation"]["framework"], "Play");
  EXPECT_EQ(result["ranking"].size(), 10u);

  // The built-in base does not know the language: a clear error, exit 2.
  RunResult without =
      RunStackwise({"recommend", "--profile", dir.File("profile.json")});
  EXPECT_EQ(without.exit_code, 2);
  EXPECT_NE(without.err.find(
                "team[0].skills.scala: unknown language (accepted: python, "),
            std::string::npos)
      << without.err;
}

TEST(KbStacks, ValidateRefusesALanguageClaimedByTwoStacks) {
  base::TempDir dir;
  engine::KnowledgeBase changed = kb::DefaultKnowledgeBase();
  engine::test_kb::StackNamed(changed, "node").languages = {
      {"python", "Python"}};
  dir.Write("kb.toml", engine::test_kb::ToToml(changed));
  RunResult run = RunStackwise({"kb", "validate", dir.File("kb.toml")});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(
      run.err.find("language \"python\" belongs to stack \"python\" already"),
      std::string::npos)
      << run.err;
}

TEST(KbValidate, MissingFileExitsTwo) {
  RunResult run = RunStackwise({"kb", "validate", "/nonexistent/kb.toml"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err,
            "/nonexistent/kb.toml: cannot read: No such file or directory\n");
}

TEST(KbShow, ListsTheBuiltInKnowledgeBase) {
  RunResult run = RunStackwise({"kb", "show"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("Python"), std::string::npos);
}

TEST(Ask, PipedAnswersGiveAReportAndWriteBothFiles) {
  base::TempDir dir;
  std::string answers =
      "y\nAna\npython, typescript\nexpert\n\n"  // one member, two languages
      "n\n"                                     // no second member
      "planned\nhosted_models\n\n\n\n\n\n\n\n"  // product
      "2\n5\neurope\nn\npython\n"               // company
      "\n" +                                    // no leaning
      dir.File("profile.json") +
      "\n" + dir.File("adr.md") + "\n";
  RunResult run = RunStackwise({"ask"}, answers);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("\nRecommendation: "), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("Wrote " + dir.File("profile.json")),
            std::string::npos);

  auto profile = ordered_json::parse(dir.Read("profile.json"));
  EXPECT_EQ(profile["team"][0]["name"], "Ana");
  EXPECT_EQ(profile["team"][0]["skills"]["python"], "expert");
  EXPECT_EQ(profile["team"][0]["skills"]["typescript"], "working");
  EXPECT_EQ(profile["product"]["ai_ml"], "planned");
  EXPECT_EQ(profile["product"]["ai_ml_approach"], "hosted_models");
  EXPECT_EQ(profile["company"]["engineers_in_12_months"], 5);
  EXPECT_EQ(profile["company"]["hiring_region"], "europe");
  EXPECT_EQ(profile["leaning"]["stack"], nullptr);

  std::string adr = dir.Read("adr.md");
  EXPECT_NE(adr.find("\n\n- Status: proposed\n"), std::string::npos) << adr;
  EXPECT_NE(adr.find("\n## Decision Outcome\n"), std::string::npos);
}

TEST(Ask, BadAnswersAreAskedAgain) {
  RunResult run = RunStackwise({"ask"}, "n\nmaybe\nplanned\n");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("  please answer one of none, planned, core\n"),
            std::string::npos)
      << run.out;
}

TEST(Ask, EmptyInputTakesEveryDefaultAndStopsCleanly) {
  RunResult run = RunStackwise({"ask"}, "");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("\nRecommendation: "), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("Wrote "), std::string::npos);
  EXPECT_EQ(run.out.find('\x1b'), std::string::npos);
}

}  // namespace
}  // namespace cli_test
