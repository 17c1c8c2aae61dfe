#include "io/result_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "io/sample_recommendation.h"

namespace io {
namespace {

using nlohmann::ordered_json;

std::vector<std::string> Keys(const ordered_json& object) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : object.items()) keys.push_back(key);
  return keys;
}

TEST(RecommendationToJson, KeysFollowTheStructFieldOrder) {
  auto doc = ordered_json::parse(
      RecommendationToJson(io::testing::SampleRecommendation()));
  EXPECT_EQ(Keys(doc),
            (std::vector<std::string>{
                "schema_version", "schema_minor", "recommendation",
                "confidence", "robustness", "ranking", "tensions", "warnings",
                "checklist", "advice", "revisit_triggers", "what_if",
                "leaning_path", "knowledge_base"}));
  EXPECT_EQ(Keys(doc["robustness"]),
            (std::vector<std::string>{"method", "weight_spread",
                                      "rating_spread", "samples",
                                      "winner_share", "summary", "stacks"}));
  EXPECT_EQ(Keys(doc["ranking"][0]),
            (std::vector<std::string>{"stack", "name", "rank", "score",
                                      "eligible", "extension", "criteria",
                                      "strengths", "concerns", "frameworks"}));
  EXPECT_EQ(Keys(doc["ranking"][0]["criteria"][0]),
            (std::vector<std::string>{"id", "name", "weight", "rating",
                                      "contribution", "why"}));
  EXPECT_EQ(
      Keys(doc["what_if"][0]),
      (std::vector<std::string>{"field", "value", "change", "changes",
                                "new_stack", "new_stack_name", "new_margin"}));
}

TEST(RecommendationToJson, OnlyWarningsHaveATitle) {
  auto doc = ordered_json::parse(
      RecommendationToJson(io::testing::SampleRecommendation()));
  EXPECT_EQ(
      Keys(doc["warnings"][0]),
      (std::vector<std::string>{"id", "title", "message", "source", "rule"}));
  EXPECT_EQ(Keys(doc["tensions"][0]),
            (std::vector<std::string>{"id", "message", "source", "rule"}));
  EXPECT_EQ(Keys(doc["advice"][0]), Keys(doc["tensions"][0]));
  EXPECT_EQ(Keys(doc["revisit_triggers"][0]), Keys(doc["tensions"][0]));
}

TEST(RecommendationToJson, EnumsAreLowercaseNamesAndNumbersOneDecimal) {
  std::string json =
      RecommendationToJson(io::testing::SampleRecommendation(), -1);
  EXPECT_NE(json.find(R"("confidence":{"level":"high","margin":12.3,)"),
            std::string::npos);
  EXPECT_NE(json.find(R"("rank":1,"score":72.5,)"), std::string::npos);
  EXPECT_NE(json.find(R"("weight":4.0,"rating":5.0,"contribution":40.0,)"),
            std::string::npos);
  EXPECT_NE(json.find(R"("status":"pass")"), std::string::npos);
  EXPECT_NE(json.find(R"("status":"todo")"), std::string::npos);
  EXPECT_NE(json.find(R"("new_margin":3.3})"), std::string::npos);
}

TEST(RecommendationToJson, RobustnessFiguresHaveThreeDecimals) {
  engine::Recommendation r = io::testing::SampleRecommendation();
  r.robustness.weight_spread = 0.25;
  r.robustness.stacks = {{"python", 0.97412, 1.02661}};
  const std::string json = RecommendationToJson(r, -1);
  EXPECT_NE(json.find(R"("weight_spread":0.25,)"), std::string::npos);
  EXPECT_NE(json.find(R"({"stack":"python","first":0.974,"mean_rank":1.027})"),
            std::string::npos);
}

TEST(RecommendationToJson, CompactFormHasNoWhitespaceBetweenTokens) {
  engine::Recommendation empty;
  EXPECT_EQ(
      RecommendationToJson(empty, -1),
      R"({"schema_version":1,"schema_minor":1,"recommendation":{"stack":"",)"
      R"("stack_name":"","framework":"","framework_why":"","summary":""},)"
      R"("confidence":{"level":"low","margin":0.0,"why":""},)"
      R"("robustness":{"method":"smaa-2","weight_spread":0.0,)"
      R"("rating_spread":0.0,"samples":0,"winner_share":0.0,"summary":"",)"
      R"("stacks":[]},"ranking":[],)"
      R"("tensions":[],"warnings":[],"checklist":[],"advice":[],)"
      R"("revisit_triggers":[],"what_if":[],"leaning_path":null,)"
      R"("knowledge_base":{"version":"","sha256":""}})");
}

TEST(RecommendationToJson, IndentedFormIsIndentedByTwo) {
  engine::Recommendation empty;
  std::string json = RecommendationToJson(empty);
  EXPECT_EQ(json.substr(0, 24), "{\n  \"schema_version\": 1,");
}

}  // namespace
}  // namespace io
