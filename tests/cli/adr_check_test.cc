// End-to-end tests of `stackwise adr` and `stackwise check`: numbered
// records with their answers embedded, the round trip on every example, a
// changed knowledge base reported with exit 3, supersession, and the
// launched-Rails record short enough for a team to commit.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "engine/test_knowledge_base.h"
#include "kb/load.h"
#include "run_binary.h"

namespace cli_test {
namespace {

namespace fs = std::filesystem;

std::string ReadAll(const std::string& path) {
  std::ifstream file(path);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

std::string Example(const std::string& name) {
  return std::string(STACKWISE_SOURCE_DIR) + "/examples/" + name;
}

// Words as a reader counts them, leaving out the embedded answers (the
// machine-readable part after "## Answers").
size_t ProseWords(const std::string& adr) {
  std::istringstream words(adr.substr(0, adr.find("\n## Answers\n")));
  size_t count = 0;
  for (std::string word; words >> word;) ++count;
  return count;
}

class AdrCheck : public ::testing::Test {
 protected:
  // Runs `adr` for a profile file and returns the path it printed.
  std::string WriteRecord(const std::string& profile,
                          std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {
        "adr",    "--profile", profile, "--dir", dir_.File("decisions"),
        "--date", "2026-11-28"};
    args.insert(args.end(), extra.begin(), extra.end());
    RunResult run = RunStackwise(args);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.err, "");
    return run.out.substr(0, run.out.find('\n'));
  }

  base::TempDir dir_;
};

TEST_F(AdrCheck, WritesTheNextNumberedRecordNamedForTheDecision) {
  std::string first = WriteRecord(Example("python-team-ai-saas.json"));
  std::string second = WriteRecord(Example("rails-team-crud.json"));
  EXPECT_EQ(first, dir_.File("decisions") +
                       "/0001-use-python-with-fastapi-for-the-backend.md");
  EXPECT_EQ(second, dir_.File("decisions") +
                        "/0002-use-ruby-on-rails-for-the-backend.md");
  std::string adr = ReadAll(first);
  EXPECT_EQ(adr.rfind("# Use Python with FastAPI for the backend\n\n"
                      "- Status: proposed\n- Deciders: Ana, Ben\n"
                      "- Date: 2026-11-28\n\n",
                      0),
            0u)
      << adr;
  EXPECT_NE(adr.find("\n## Answers\n\n```json\n{"), std::string::npos);
}

TEST_F(AdrCheck, CheckRoundTripsOnEveryExample) {
  for (const auto& entry : fs::directory_iterator(
           std::string(STACKWISE_SOURCE_DIR) + "/examples")) {
    const std::string record = WriteRecord(entry.path().string());
    RunResult run = RunStackwise({"check", record});
    EXPECT_EQ(run.exit_code, 0) << entry.path() << "\n" << run.out << run.err;
    EXPECT_NE(run.out.find(record + ": still stands: "), std::string::npos)
        << run.out;
  }
}

TEST_F(AdrCheck, AChangedKnowledgeBaseThatMovesTheWinnerExitsThree) {
  // The Python default pulls hard toward raw CPU throughput instead.
  engine::KnowledgeBase changed = kb::DefaultKnowledgeBase();
  engine::test_kb::RuleNamed(changed, "python_default").weights = {
      {engine::test_kb::CriterionIndex(changed, "cpu_throughput"), 30.0}};
  dir_.Write("changed.toml", engine::test_kb::ToToml(changed));

  const std::string record = WriteRecord(Example("non-technical-founder.json"));
  RunResult run =
      RunStackwise({"check", record, "--kb", dir_.File("changed.toml")});
  EXPECT_EQ(run.exit_code, 3) << run.out << run.err;
  EXPECT_TRUE(
      std::regex_search(run.out, std::regex(": changed: Python -> Go\n")))
      << run.out;
  EXPECT_NE(run.out.find("  score of python: "), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("  weight of CPU throughput: 0.3 -> 30.3\n"),
            std::string::npos)
      << run.out;
}

TEST_F(AdrCheck, ARecordWithoutAnswersExitsTwo) {
  dir_.Write("hand-written.md", "# Use Go\n\nWe like Go.\n");
  RunResult run = RunStackwise({"check", dir_.File("hand-written.md")});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "stackwise: error: " + dir_.File("hand-written.md") +
                         ": no \"## Answers\" section: only records written "
                         "by `stackwise adr` can be checked\n");
}

TEST_F(AdrCheck, AMissingRecordExitsTwo) {
  RunResult run = RunStackwise({"check", dir_.File("nope.md")});
  EXPECT_EQ(run.exit_code, 2);
}

TEST_F(AdrCheck, ANewRecordMarksTheOneItSupersedes) {
  const std::string old_record = WriteRecord(Example("polyglot-plan.json"));
  const std::string new_record = WriteRecord(
      Example("python-team-ai-saas.json"), {"--supersedes", "0001"});
  const std::string new_name = fs::path(new_record).filename().string();
  const std::string new_slug = new_name.substr(0, new_name.size() - 3);
  EXPECT_NE(ReadAll(old_record)
                .find("\n- Status: superseded by [" + new_slug + "](" +
                      new_name + ")\n"),
            std::string::npos)
      << ReadAll(old_record);
  const std::string old_name = fs::path(old_record).filename().string();
  EXPECT_NE(ReadAll(new_record)
                .find("Supersedes [" + old_name.substr(0, old_name.size() - 3) +
                      "](" + old_name + ")."),
            std::string::npos);
  RunResult run = RunStackwise({"check", old_record});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("not checked"), std::string::npos) << run.out;
}

TEST_F(AdrCheck, SupersedingAFrontMatterRecordReplacesItsStatusThere) {
  const std::string old_record = WriteRecord(Example("polyglot-plan.json"),
                                             {"--metadata", "front-matter"});
  const std::string new_record = WriteRecord(
      Example("python-team-ai-saas.json"), {"--supersedes", "0001"});
  const std::string new_name = fs::path(new_record).filename().string();
  const std::string old_text = ReadAll(old_record);
  EXPECT_EQ(old_text.rfind("---\nstatus: \"superseded by [" +
                               new_name.substr(0, new_name.size() - 3) + "](" +
                               new_name + ")\"\ndate: 2026-11-28\n",
                           0),
            0u)
      << old_text;
  EXPECT_EQ(RunStackwise({"check", old_record}).exit_code, 0);
}

TEST_F(AdrCheck, SupersedingAnUnknownRecordExitsTwo) {
  RunResult run =
      RunStackwise({"adr", "--profile", Example("rails-team-crud.json"),
                    "--dir", dir_.File("decisions"), "--supersedes", "0042"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("no record 0042-*.md in "), std::string::npos)
      << run.err;
}

TEST_F(AdrCheck, LaunchedRailsRecordIsShortAndNamesTheChoiceAndTheAdvice) {
  const std::string adr =
      ReadAll(WriteRecord(Example("launched-rewrite-temptation.json")));
  EXPECT_LT(ProseWords(adr), 600u) << adr;
  EXPECT_EQ(adr.rfind("# Use Ruby on Rails for the backend\n", 0), 0u) << adr;
  EXPECT_NE(adr.find("\n- Deciders: Rae, Sam\n"), std::string::npos);
  EXPECT_NE(adr.find("### Go\n"), std::string::npos) << adr;
  EXPECT_NE(adr.find("You lean toward Go. Keep Ruby on Rails"),
            std::string::npos)
      << adr;
  EXPECT_NE(adr.find("extract"), std::string::npos) << adr;
  // No internal weights or scores.
  const std::string prose = adr.substr(0, adr.find("\n## Answers\n"));
  EXPECT_EQ(prose.find("weight "), std::string::npos);
  EXPECT_EQ(prose.find("score"), std::string::npos);
}

}  // namespace
}  // namespace cli_test
