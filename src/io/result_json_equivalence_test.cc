// RecommendationToJson writes JSON text directly. Before that it built an
// nlohmann::ordered_json document and dumped it; that implementation is
// kept here, verbatim, as the reference, and every example profile's result
// must come out byte-for-byte the same in the compact and indented forms.
#include <gtest/gtest.h>

#include "kb/load.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/evaluate.h"
#include "io/profile_json.h"
#include "io/result_json.h"
#include "io/sample_recommendation.h"
#include "kb/load.h"

namespace io {
namespace {

namespace reference {

using Json = nlohmann::ordered_json;

double Round1(double value) { return std::round(value * 10.0) / 10.0; }
double Round3(double value) { return std::round(value * 1000.0) / 1000.0; }

Json CriterionJson(const engine::CriterionScore& c) {
  return {{"id", c.id},
          {"name", c.name},
          {"weight", Round1(c.weight)},
          {"rating", Round1(c.rating)},
          {"contribution", Round1(c.contribution)},
          {"why", c.why.view()}};
}

Json StackJson(const engine::StackScore& s) {
  Json criteria = Json::array();
  for (const auto& c : s.criteria) criteria.push_back(CriterionJson(c));
  Json frameworks = Json::array();
  for (const auto& f : s.frameworks) {
    frameworks.push_back(
        {{"name", f.name}, {"fit", f.fit}, {"recommended", f.recommended}});
  }
  Json json;
  json["stack"] = s.stack;
  json["name"] = s.name;
  json["rank"] = s.rank;
  json["score"] = Round1(s.score);
  json["eligible"] = s.eligible;
  json["extension"] = s.extension;
  json["criteria"] = std::move(criteria);
  json["strengths"] = s.strengths;
  json["concerns"] = s.concerns;
  json["frameworks"] = std::move(frameworks);
  return json;
}

enum class Titled { kNo, kYes };

Json ItemsJson(const std::vector<engine::Item>& items, Titled titled) {
  Json list = Json::array();
  for (const auto& item : items) {
    Json json;
    json["id"] = item.id;
    if (titled == Titled::kYes) json["title"] = item.title;
    json["message"] = item.message;
    json["source"] = item.source;
    json["rule"] = item.rule;
    list.push_back(std::move(json));
  }
  return list;
}

Json ChecklistJson(const std::vector<engine::CheckResult>& checklist) {
  Json list = Json::array();
  for (const auto& check : checklist) {
    list.push_back({{"id", check.id},
                    {"item", check.item},
                    {"status", engine::Name(check.status)},
                    {"reason", check.reason},
                    {"source", check.source}});
  }
  return list;
}

Json ChangesJson(const std::vector<engine::AnswerChange>& changes) {
  Json list = Json::array();
  for (const auto& c : changes) {
    list.push_back(
        {{"field", c.field}, {"value", c.value}, {"change", c.change}});
  }
  return list;
}

Json LeaningPathJson(const std::optional<engine::LeaningPath>& path) {
  if (!path) return Json(nullptr);
  return {{"stack", path->stack},
          {"stack_name", path->stack_name},
          {"found", path->found},
          {"changes", ChangesJson(path->changes)},
          {"summary", path->summary}};
}

Json WhatIfJson(const std::vector<engine::WhatIf>& what_if) {
  Json list = Json::array();
  for (const auto& w : what_if) {
    list.push_back({{"field", w.field},
                    {"value", w.value},
                    {"change", w.change},
                    {"changes", ChangesJson(w.changes)},
                    {"new_stack", w.new_stack},
                    {"new_stack_name", w.new_stack_name},
                    {"new_margin", Round1(w.new_margin)}});
  }
  return list;
}

Json RobustnessJson(const engine::Robustness& r) {
  Json stacks = Json::array();
  for (const auto& s : r.stacks) {
    stacks.push_back({{"stack", s.stack},
                      {"first", Round3(s.first)},
                      {"mean_rank", Round3(s.mean_rank)}});
  }
  return {{"method", r.method},
          {"weight_spread", Round3(r.weight_spread)},
          {"rating_spread", Round3(r.rating_spread)},
          {"samples", r.samples},
          {"winner_share", Round3(r.winner_share)},
          {"summary", r.summary},
          {"stacks", std::move(stacks)}};
}

std::string RecommendationToJson(const engine::Recommendation& result,
                                 int indent) {
  const auto& h = result.recommendation;
  const auto& c = result.confidence;
  Json ranking = Json::array();
  for (const auto& stack : result.ranking) ranking.push_back(StackJson(stack));

  Json doc;
  doc["schema_version"] = result.schema_version;
  doc["schema_minor"] = result.schema_minor;
  doc["recommendation"] = {{"stack", h.stack},
                           {"stack_name", h.stack_name},
                           {"framework", h.framework},
                           {"framework_why", h.framework_why},
                           {"summary", h.summary}};
  doc["confidence"] = {{"level", engine::Name(c.level)},
                       {"margin", Round1(c.margin)},
                       {"why", c.why}};
  doc["robustness"] = RobustnessJson(result.robustness);
  doc["ranking"] = std::move(ranking);
  doc["tensions"] = ItemsJson(result.tensions, Titled::kNo);
  doc["warnings"] = ItemsJson(result.warnings, Titled::kYes);
  doc["checklist"] = ChecklistJson(result.checklist);
  doc["advice"] = ItemsJson(result.advice, Titled::kNo);
  doc["revisit_triggers"] = ItemsJson(result.revisit_triggers, Titled::kNo);
  doc["what_if"] = WhatIfJson(result.what_if);
  doc["leaning_path"] = LeaningPathJson(result.leaning_path);
  doc["knowledge_base"] = {{"version", result.knowledge_base.version},
                           {"sha256", result.knowledge_base.sha256}};
  return doc.dump(indent < 0 ? -1 : indent, ' ', false,
                  Json::error_handler_t::replace);
}

}  // namespace reference

constexpr int kIndents[] = {-1, 0, 2, 4};

void ExpectSameAsReference(const engine::Recommendation& result) {
  for (int indent : kIndents) {
    SCOPED_TRACE("indent " + std::to_string(indent));
    EXPECT_EQ(RecommendationToJson(result, indent),
              reference::RecommendationToJson(result, indent));
  }
}

engine::Recommendation EvaluateExample(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  auto profile = ParseProfile(text.str(), kb::DefaultKnowledgeBase());
  EXPECT_TRUE(profile.has_value()) << path;
  if (!profile) return {};
  return engine::Evaluate(kb::DefaultKnowledgeBase(), *profile);
}

TEST(RecommendationToJsonEquivalence, EveryExampleMatchesTheDocumentDump) {
  const std::filesystem::path examples =
      std::filesystem::path(STACKWISE_SOURCE_DIR) / "examples";
  int count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(examples)) {
    if (entry.path().extension() != ".json") continue;
    SCOPED_TRACE(entry.path().filename().string());
    ExpectSameAsReference(EvaluateExample(entry.path()));
    ++count;
  }
  EXPECT_GE(count, 10);
}

TEST(RecommendationToJsonEquivalence, SampleAndEmptyMatchTheDocumentDump) {
  ExpectSameAsReference(io::testing::SampleRecommendation());
  ExpectSameAsReference(engine::Recommendation{});
}

TEST(RecommendationToJsonEquivalence, AwkwardStringsAndNumbersMatch) {
  engine::Recommendation r = io::testing::SampleRecommendation();
  r.recommendation.summary = "quote \" backslash \\ slash / tab \t nl \n";
  static const std::string kControl("nul \0 bell \a del \x7f", 19);
  r.recommendation.framework_why = kControl;
  r.confidence.why = "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x9a\x80";
  r.tensions[0].message = "bad \xff byte, lone \xc3, surrogate \xed\xa0\x80";
  r.tensions[0].source = "overlong \xc0\xaf and truncated \xe2\x82";
  r.warnings[0].title = "\x01\x1f\b\f\r";
  r.ranking[0].score = -0.0;
  r.ranking[0].criteria[0].weight = 1e20;
  r.ranking[0].criteria[0].rating = 0.05;
  r.ranking[0].criteria[0].contribution = 123456789.25;
  r.what_if[0].new_margin = -3.25;
  r.confidence.margin = std::numeric_limits<double>::quiet_NaN();
  r.ranking[1].score = std::numeric_limits<double>::infinity();
  static const std::vector<std::string> kConcerns{"", "x"};
  r.ranking[1].strengths = {};
  r.ranking[1].concerns = kConcerns;
  r.ranking[1].criteria.clear();
  r.robustness = {
      "smaa-2",
      0.25,
      1.0 / 3,
      4096,
      0.9995,
      {{"python", 0.9995, 1.0004}, {"go", 0.0005, 2.0 / 3}, {"", -0.0, 1e20}},
      "caf\xc3\xa9 \"97%\""};
  ExpectSameAsReference(r);
}

}  // namespace
}  // namespace io
