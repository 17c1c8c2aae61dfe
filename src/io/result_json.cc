#include "io/result_json.h"

#include <cmath>

#include "io/json_value.h"

namespace io {
namespace {

// One decimal place: enough for a score, and the same bytes on every
// platform whatever the last bits of the double were.
double Round1(double value) { return std::round(value * 10.0) / 10.0; }

Json CriterionJson(const engine::CriterionScore& c) {
  return {{"id", c.id},
          {"name", c.name},
          {"weight", Round1(c.weight)},
          {"rating", Round1(c.rating)},
          {"contribution", Round1(c.contribution)},
          {"why", c.why}};
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
  json["extension"] = s.extension;
  json["criteria"] = std::move(criteria);
  json["strengths"] = s.strengths;
  json["concerns"] = s.concerns;
  json["frameworks"] = std::move(frameworks);
  return json;
}

// Only warnings have a title (the warning kind's); other items never do.
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

Json WhatIfJson(const std::vector<engine::WhatIf>& what_if) {
  Json list = Json::array();
  for (const auto& w : what_if) {
    list.push_back({{"field", w.field},
                    {"value", w.value},
                    {"change", w.change},
                    {"new_stack", w.new_stack},
                    {"new_stack_name", w.new_stack_name},
                    {"new_margin", Round1(w.new_margin)}});
  }
  return list;
}

}  // namespace

std::string RecommendationToJson(const engine::Recommendation& result,
                                 int indent) {
  const auto& h = result.recommendation;
  const auto& c = result.confidence;
  Json ranking = Json::array();
  for (const auto& stack : result.ranking) ranking.push_back(StackJson(stack));

  Json doc;
  doc["schema_version"] = result.schema_version;
  doc["recommendation"] = {{"stack", h.stack},
                           {"stack_name", h.stack_name},
                           {"framework", h.framework},
                           {"framework_why", h.framework_why},
                           {"summary", h.summary}};
  doc["confidence"] = {{"level", engine::Name(c.level)},
                       {"margin", Round1(c.margin)},
                       {"why", c.why}};
  doc["ranking"] = std::move(ranking);
  doc["tensions"] = ItemsJson(result.tensions, Titled::kNo);
  doc["warnings"] = ItemsJson(result.warnings, Titled::kYes);
  doc["checklist"] = ChecklistJson(result.checklist);
  doc["advice"] = ItemsJson(result.advice, Titled::kNo);
  doc["revisit_triggers"] = ItemsJson(result.revisit_triggers, Titled::kNo);
  doc["what_if"] = WhatIfJson(result.what_if);
  doc["knowledge_base"] = {{"version", result.knowledge_base.version},
                           {"sha256", result.knowledge_base.sha256}};
  return doc.dump(indent < 0 ? -1 : indent, ' ', false,
                  Json::error_handler_t::replace);
}

}  // namespace io
