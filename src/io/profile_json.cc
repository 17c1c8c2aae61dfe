#include "io/profile_json.h"

#include <array>

#include "io/json_parse.h"
#include "io/json_value.h"
#include "io/object_reader.h"
#include "io/profile_sections.h"

namespace io {
namespace {

constexpr std::array<std::string_view, 5> kTopFields = {
    "schema_version", "team", "product", "company", "leaning"};
constexpr int64_t kSchemaVersion = 1;

std::string RootPath(std::string_view prefix) {
  std::string root(prefix);
  if (!root.empty() && root.back() == '.') root.pop_back();
  return root;
}

}  // namespace

base::Result<engine::Profile> ParseProfileDocument(
    const Json& doc, const std::string& root, const engine::KnowledgeBase& kb) {
  const Vocabulary vocabulary = VocabularyOf(kb);
  ObjectReader in(doc, root, kTopFields);
  if (const Json* version = in.Find("schema_version")) {
    if (!version->is_number_integer() ||
        version->get<int64_t>() != kSchemaVersion) {
      in.Fail(Expected("1", *version, in.PathOf("schema_version")));
    }
  }
  engine::Profile profile;
  if (const Json* team = in.Find("team")) {
    if (team->is_array() && team->size() > kMaxTeamMembers) {
      in.Fail(base::InvalidArgument(
          "at most " + std::to_string(kMaxTeamMembers) + " members; got " +
              std::to_string(team->size()),
          in.PathOf("team")));
    }
    profile.team = in.Take(ParseTeam(*team, in.PathOf("team"), vocabulary), {});
  }
  if (const Json* product = in.Find("product")) {
    profile.product = in.Take(ParseProduct(*product, in.PathOf("product")), {});
  }
  if (const Json* company = in.Find("company")) {
    profile.company =
        in.Take(ParseCompany(*company, in.PathOf("company"), vocabulary), {});
  }
  if (const Json* leaning = in.Find("leaning")) {
    profile.leaning =
        in.Take(ParseLeaning(*leaning, in.PathOf("leaning"), vocabulary), {});
  }
  if (!in.ok()) return in.error();
  return profile;
}

namespace {

template <typename Enum>
Json NameList(const std::vector<Enum>& values) {
  Json list = Json::array();
  for (Enum value : values) list.push_back(engine::Name(value));
  return list;
}

}  // namespace

base::Result<engine::Profile> ParseProfile(std::string_view json,
                                           const engine::KnowledgeBase& kb) {
  return ParseProfileAt(json, "", kb);
}

base::Result<engine::Profile> ParseProfileAt(std::string_view json,
                                             std::string_view prefix,
                                             const engine::KnowledgeBase& kb) {
  auto doc = ParseJson(json);
  if (!doc) return doc.error();
  return ParseProfileDocument(*doc, RootPath(prefix), kb);
}

std::string ProfileToJson(const engine::Profile& profile, int indent) {
  Json doc;
  doc["schema_version"] = kSchemaVersion;
  doc["team"] = Json::array();
  for (const auto& member : profile.team) {
    Json skills = Json::object();
    for (const auto& [language, level] : member.skills) {
      skills[language] = engine::Name(level);
    }
    doc["team"].push_back({{"name", member.name}, {"skills", skills}});
  }
  const auto& p = profile.product;
  doc["product"] = {
      {"ai_ml", engine::Name(p.ai_ml)},
      {"ai_ml_approach", engine::Name(p.ai_ml_approach)},
      {"realtime", engine::Name(p.realtime)},
      {"workload", engine::Name(p.workload)},
      {"data_intensive", p.data_intensive},
      {"kind", engine::Name(p.kind)},
      {"performance_differentiator", p.performance_differentiator},
      {"server_rendering", p.server_rendering},
      {"expected_peak_rps",
       p.expected_peak_rps ? Json(*p.expected_peak_rps) : Json(nullptr)}};
  const auto& c = profile.company;
  doc["company"] = {
      {"engineers_now", c.engineers_now},
      {"engineers_in_12_months", c.engineers_in_12_months},
      {"hiring_region", engine::Name(c.hiring_region)},
      {"launched", c.launched},
      {"current_backend",
       c.current_backend ? Json(*c.current_backend) : Json(nullptr)},
      {"planned_languages", c.planned_languages}};
  const auto& l = profile.leaning;
  doc["leaning"] = {{"stack", l.stack ? Json(*l.stack) : Json(nullptr)},
                    {"reasons", NameList(l.reasons)}};
  return doc.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace io
