// The result's schema 1.2 additions: founders and disagreements, written
// only for two or more founders, and the text report's lines for them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "io/result_json.h"
#include "io/sample_recommendation.h"
#include "io/text_report.h"

namespace io {
namespace {

using nlohmann::ordered_json;

engine::Recommendation TwoFounders() {
  engine::Recommendation r = io::testing::SampleRecommendation();
  r.schema_minor = 2;
  r.founders = {{"Ana", "node", "Node.js"}, {"Ben", "python", "Python"}};
  r.disagreements = {
      {"product.ai_ml",
       {{"Ana", "none"}, {"Ben", "core"}},
       true,
       {{"none", "node", "Node.js"}, {"core", "python", "Python"}},
       "AI/ML: Ana says none, Ben says core. If you agree on none, Node.js; on "
       "core, Python."},
      {"company.hiring_region",
       {{"Ana", "global"}, {"Ben", "europe"}},
       false,
       {{"global", "node", "Node.js"}, {"europe", "node", "Node.js"}},
       "The hiring region: Ana says global, Ben says europe. Node.js either "
       "way: "
       "settling it does not change the winner."}};
  return r;
}

TEST(GroupResultJson, FoundersAndDisagreementsComeLastWithEveryField) {
  const ordered_json doc =
      ordered_json::parse(RecommendationToJson(TwoFounders()));
  EXPECT_EQ(doc["schema_minor"], 2);
  EXPECT_EQ(doc["founders"], ordered_json::parse(R"([
    {"name": "Ana", "stack": "node", "stack_name": "Node.js"},
    {"name": "Ben", "stack": "python", "stack_name": "Python"}])"));
  EXPECT_EQ(doc["disagreements"][1], ordered_json::parse(R"({
    "field": "company.hiring_region",
    "answers": [{"founder": "Ana", "value": "global"},
                {"founder": "Ben", "value": "europe"}],
    "changes_winner": false,
    "winners": [{"value": "global", "stack": "node", "stack_name": "Node.js"},
                {"value": "europe", "stack": "node", "stack_name": "Node.js"}],
    "summary": "The hiring region: Ana says global, Ben says europe. Node.js either way: settling it does not change the winner."})"));
  std::vector<std::string> keys;
  for (const auto& [key, value] : doc.items()) keys.push_back(key);
  EXPECT_EQ(keys.back(), "disagreements");
}

TEST(GroupResultJson, OneFounderWritesNeitherKey) {
  const ordered_json doc = ordered_json::parse(
      RecommendationToJson(io::testing::SampleRecommendation()));
  EXPECT_FALSE(doc.contains("founders"));
  EXPECT_FALSE(doc.contains("disagreements"));
}

TEST(GroupTextReport, ListsEachFounderAndWhatEachDisagreementDecides) {
  const std::string text = RenderText(TwoFounders(), Color::kNever);
  EXPECT_NE(
      text.find(
          "\nFounders\n"
          "  - Ana, on their own answers: Node.js\n"
          "  - Ben, on their own answers: Python\n"
          "\nWhere you disagree\n"
          "  [decides] AI/ML: Ana says none, Ben says core. If you agree on "
          "none, Node.js; on core, Python.\n"
          "  [skip]    The hiring region: Ana says global, Ben says europe. "
          "Node.js either way: settling it does not change the winner.\n"),
      std::string::npos)
      << text;
}

}  // namespace
}  // namespace io
