#include "io/kb_json.h"

#include <span>

#include "engine/recommendation.h"
#include "io/json_value.h"

namespace io {
namespace {

Json NameArray(std::span<const std::string_view> names) {
  Json list = Json::array();
  for (auto name : names) list.push_back(name);
  return list;
}

// The accepted values of every profile enum, keyed by the profile field
// that takes them, so a form needs no second copy of the schema.
Json EnumsJson(const engine::KnowledgeBase& kb) {
  return {{"language", kb.LanguageIds()},
          {"skill_level", NameArray(engine::Names(engine::SkillLevel{}))},
          {"ai_ml", NameArray(engine::Names(engine::AiMl{}))},
          {"ai_ml_approach", NameArray(engine::Names(engine::AiMlApproach{}))},
          {"realtime", NameArray(engine::Names(engine::Realtime{}))},
          {"workload", NameArray(engine::Names(engine::Workload{}))},
          {"kind", NameArray(engine::Names(engine::ProductKind{}))},
          {"hiring_region", NameArray(engine::Names(engine::HiringRegion{}))},
          {"leaning_reason", NameArray(engine::Names(engine::LeaningReason{}))},
          {"stack", kb.StackIds()}};
}

Json CriteriaJson(const engine::KnowledgeBase& kb) {
  Json list = Json::array();
  for (const auto& c : kb.criteria) {
    list.push_back({{"id", c.id},
                    {"name", c.name},
                    {"description", c.description},
                    {"rating", engine::Name(c.rating_source)},
                    {"weight", c.base_weight},
                    {"source", c.source}});
  }
  return list;
}

Json StackJson(const engine::KnowledgeBase& kb, const engine::Stack& s) {
  Json languages = Json::array();
  Json language_names = Json::object();
  for (const auto& language : s.languages) {
    languages.push_back(language.id);
    language_names[language.id] = language.name;
  }
  Json frameworks = Json::array();
  for (const auto& f : s.frameworks) {
    frameworks.push_back(
        {{"name", f.name}, {"fit", f.fit}, {"default", f.is_default}});
  }
  // Ratings are stored by criterion index; only static criteria have one.
  Json ratings = Json::object();
  for (size_t i = 0; i < s.ratings.size() && i < kb.criteria.size(); ++i) {
    if (kb.criteria[i].rating_source != engine::RatingSource::kStatic) continue;
    ratings[kb.criteria[i].id] = {{"rating", s.ratings[i].value},
                                  {"why", s.ratings[i].why}};
  }
  Json json;
  json["id"] = s.id;
  json["name"] = s.name;
  json["languages"] = std::move(languages);
  json["language_names"] = std::move(language_names);
  json["extension"] = s.extension;
  json["source"] = s.source;
  json["summary"] = s.summary;
  json["frameworks"] = std::move(frameworks);
  json["ratings"] = std::move(ratings);
  json["talent"] = {{"share_percent", s.talent.share_percent},
                    {"survey", s.talent.survey},
                    {"year", s.talent.year}};
  json["strengths"] = s.strengths;
  json["concerns"] = s.concerns;
  return json;
}

Json FindingId(const std::optional<engine::Finding>& finding) {
  return finding ? Json(finding->id) : Json(nullptr);
}

Json RuleJson(const engine::KnowledgeBase& kb, const engine::Rule& r) {
  Json weights = Json::object();
  for (const auto& [criterion, weight] : r.weights) {
    weights[kb.criteria[static_cast<size_t>(criterion)].id] = weight;
  }
  Json json;
  json["id"] = r.id;
  json["source"] = r.source;
  json["extension"] = r.extension;
  json["weights"] = std::move(weights);
  json["warning"] = FindingId(r.warning);
  json["checklist"] = FindingId(r.checklist);
  if (r.checklist) json["checklist_status"] = engine::Name(r.checklist_status);
  json["advice"] = FindingId(r.advice);
  json["tension"] = FindingId(r.tension);
  json["revisit"] = FindingId(r.revisit);
  return json;
}

}  // namespace

std::string KnowledgeBaseToJson(const engine::KnowledgeBase& kb) {
  Json stacks = Json::array();
  for (const auto& s : kb.stacks) stacks.push_back(StackJson(kb, s));
  Json warnings = Json::array();
  for (const auto& w : kb.warnings) {
    warnings.push_back(
        {{"id", w.id}, {"title", w.title}, {"source", w.source}});
  }
  Json checklist = Json::array();
  for (const auto& c : kb.checklist) {
    checklist.push_back({{"id", c.id}, {"item", c.item}, {"source", c.source}});
  }
  Json rules = Json::array();
  for (const auto& r : kb.rules) rules.push_back(RuleJson(kb, r));

  Json doc;
  doc["version"] = kb.version;
  doc["sha256"] = kb.sha256;
  doc["enums"] = EnumsJson(kb);
  doc["confidence"] = {{"high_margin", kb.confidence.high_margin},
                       {"medium_margin", kb.confidence.medium_margin},
                       {"high_share", kb.confidence.high_share},
                       {"medium_share", kb.confidence.medium_share}};
  doc["robustness"] = {{"weight_spread", kb.robustness.weight_spread},
                       {"rating_spread", kb.robustness.rating_spread},
                       {"samples", kb.robustness.samples}};
  doc["criteria"] = CriteriaJson(kb);
  doc["stacks"] = std::move(stacks);
  doc["warnings"] = std::move(warnings);
  doc["checklist"] = std::move(checklist);
  doc["rules"] = std::move(rules);
  return doc.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace io
