// Checks the README's examples table against the engine: every row's
// profile must give the stated stack, framework and warnings, so the
// README cannot drift from what the program says.
//
// A row looks like:
// | [`examples/x.json`](examples/x.json) | python | FastAPI | benchmark_driven,
// trend_driven | with "none" when no warning is expected.
#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "case_file.h"
#include "engine/evaluate.h"
#include "io/profile_json.h"
#include "kb/load.h"

namespace cases {
namespace {

struct ExampleRow {
  std::string file;
  std::string stack;
  std::string framework;
  std::set<std::string> warnings;
};

std::string Trim(std::string s) {
  const auto first = s.find_first_not_of(" `");
  const auto last = s.find_last_not_of(" `");
  return first == std::string::npos ? "" : s.substr(first, last - first + 1);
}

std::vector<ExampleRow> ReadExamplesTable(const std::string& readme_path) {
  std::ifstream in(readme_path);
  const std::regex row(
      R"(^\| \[`(examples/[^`]+)`\]\([^)]*\) \|([^|]*)\|([^|]*)\|([^|]*)\|$)");
  std::vector<ExampleRow> rows;
  std::string line;
  while (std::getline(in, line)) {
    std::smatch m;
    if (!std::regex_match(line, m, row)) continue;
    ExampleRow r{m[1], Trim(m[2]), Trim(m[3]), {}};
    std::stringstream warnings(m[4]);
    std::string id;
    while (std::getline(warnings, id, ',')) {
      id = Trim(id);
      if (!id.empty() && id != "none") r.warnings.insert(id);
    }
    rows.push_back(r);
  }
  return rows;
}

TEST(Examples, ReadmeListsAtLeastEightExamples) {
  EXPECT_GE(ReadExamplesTable(std::string(STACKWISE_SOURCE_DIR) + "/README.md")
                .size(),
            8u);
}

TEST(Examples, EveryExampleGivesTheOutcomeTheReadmeStates) {
  const std::string root = STACKWISE_SOURCE_DIR;
  for (const ExampleRow& row : ReadExamplesTable(root + "/README.md")) {
    SCOPED_TRACE(row.file);
    auto profile = io::ParseProfile(ReadFile(root + "/" + row.file),
                                    kb::DefaultKnowledgeBase());
    ASSERT_TRUE(profile.has_value()) << profile.error().ToString();
    const engine::Recommendation r =
        engine::Evaluate(kb::DefaultKnowledgeBase(), *profile);
    EXPECT_EQ(r.recommendation.stack, row.stack);
    EXPECT_EQ(r.recommendation.framework, row.framework);
    std::set<std::string> warnings;
    for (const auto& w : r.warnings) warnings.emplace(w.id);
    EXPECT_EQ(warnings, row.warnings);
  }
}

}  // namespace
}  // namespace cases
