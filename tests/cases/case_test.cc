// Runs every domain case in tests/cases/data against the default knowledge
// base. Each case names the article section it encodes.
#include <set>

#include <gtest/gtest.h>

#include "case_file.h"
#include "engine/evaluate.h"
#include "kb/load.h"

namespace cases {
namespace {

class ArticleCase : public testing::TestWithParam<std::filesystem::path> {};

TEST_P(ArticleCase, ResultShowsWhatTheArticleSays) {
  const Case c = ReadCase(GetParam());
  const engine::Recommendation result =
      engine::Evaluate(kb::DefaultKnowledgeBase(), c.profile);
  const std::vector<std::string> problems = Check(c.expect, result);
  std::string report;
  for (const auto& p : problems) report += "\n  " + p;
  EXPECT_TRUE(problems.empty()) << c.section << ": " << c.statement << report;
}

INSTANTIATE_TEST_SUITE_P(
    Data, ArticleCase, testing::ValuesIn(CaseFiles(STACKWISE_CASES_DIR)),
    [](const testing::TestParamInfo<std::filesystem::path>& param) {
      return param.param.stem().string();
    });

TEST(ArticleCases, CoverEveryWarningAndChecklistItem) {
  std::set<std::string> warnings, checks;
  for (const auto& file : CaseFiles(STACKWISE_CASES_DIR)) {
    const Case c = ReadCase(file);
    for (const auto& id : c.expect.value("warnings", nlohmann::json::array())) {
      warnings.insert(id.get<std::string>());
    }
    const nlohmann::json checklist =
        c.expect.value("checklist", nlohmann::json::object());
    for (const auto& [id, status] : checklist.items()) {
      checks.insert(id + "=" + status.get<std::string>());
    }
  }
  for (const auto& w : kb::DefaultKnowledgeBase().warnings) {
    EXPECT_TRUE(warnings.count(w.id)) << "no case expects warning " << w.id;
  }
  for (const char* status : {"pass", "warn", "fail", "todo"}) {
    bool any = false;
    for (const auto& c : checks)
      any = any || c.ends_with(std::string("=") + status);
    EXPECT_TRUE(any) << "no case expects a checklist item to be " << status;
  }
  for (const auto& item : kb::DefaultKnowledgeBase().checklist) {
    bool any = false;
    for (const auto& c : checks) any = any || c.starts_with(item.id + "=");
    EXPECT_TRUE(any) << "no case checks checklist item " << item.id;
  }
}

}  // namespace
}  // namespace cases
