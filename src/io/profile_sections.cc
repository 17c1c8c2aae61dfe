#include "io/profile_sections.h"

#include <algorithm>
#include <array>

#include "base/text.h"
#include "io/object_reader.h"

namespace io {
namespace {

using engine::LeaningReason;

constexpr std::array<std::string_view, 2> kMemberFields = {"name", "skills"};
constexpr std::array<std::string_view, 9> kProductFields = {
    "ai_ml",
    "ai_ml_approach",
    "realtime",
    "workload",
    "data_intensive",
    "kind",
    "performance_differentiator",
    "server_rendering",
    "expected_peak_rps"};
constexpr std::array<std::string_view, 6> kCompanyFields = {
    "engineers_now", "engineers_in_12_months", "hiring_region",
    "launched",      "current_backend",        "planned_languages"};
constexpr std::array<std::string_view, 2> kLeaningFields = {"stack", "reasons"};

std::vector<std::string_view> Views(const std::vector<std::string>& names) {
  return {names.begin(), names.end()};
}

std::string JoinIds(const std::vector<std::string>& names) {
  return base::Join(Views(names), ", ");
}

std::string ElementPath(const std::string& path, size_t index) {
  return path + "[" + std::to_string(index) + "]";
}

// null, or one of `names`; returns the index.
base::Result<std::optional<size_t>> ReadOptionalName(
    const Json& value, const std::string& path,
    std::span<const std::string_view> names) {
  if (value.is_null()) return std::optional<size_t>();
  if (!value.is_string() ||
      std::find(names.begin(), names.end(),
                value.get_ref<const std::string&>()) == names.end()) {
    return Expected("null or one of " + base::Join(names, ", "), value, path);
  }
  auto index = ReadName(value, path, names);
  if (!index) return index.error();
  return std::optional<size_t>(*index);
}

// An array of distinct enum names. Duplicates are errors because they are
// always a mistake in a hand-written profile and the engine counts sets.
template <typename Enum>
base::Result<std::vector<Enum>> ReadEnumSet(const Json& value,
                                            const std::string& path) {
  if (!value.is_array()) {
    return Expected("an array of " + base::Join(engine::Names(Enum{}), ", "),
                    value, path);
  }
  std::vector<Enum> values;
  for (size_t i = 0; i < value.size(); ++i) {
    auto one = ReadEnum<Enum>(value[i], ElementPath(path, i));
    if (!one) return one.error();
    if (std::find(values.begin(), values.end(), *one) != values.end()) {
      return base::InvalidArgument("duplicate value " + Describe(value[i]),
                                   ElementPath(path, i));
    }
    values.push_back(*one);
  }
  return values;
}

// An array of distinct names from `names` (language ids).
base::Result<std::vector<std::string>> ReadNameSet(
    const Json& value, const std::string& path,
    std::span<const std::string_view> names) {
  if (!value.is_array()) {
    return Expected("an array of " + base::Join(names, ", "), value, path);
  }
  std::vector<std::string> values;
  for (size_t i = 0; i < value.size(); ++i) {
    auto index = ReadName(value[i], ElementPath(path, i), names);
    if (!index) return index.error();
    std::string name(names[*index]);
    if (std::find(values.begin(), values.end(), name) != values.end()) {
      return base::InvalidArgument("duplicate value " + Describe(value[i]),
                                   ElementPath(path, i));
    }
    values.push_back(std::move(name));
  }
  return values;
}

base::Result<std::map<engine::LanguageId, engine::SkillLevel>> ParseSkills(
    const Json& value, const std::string& path, const Vocabulary& vocabulary) {
  if (!value.is_object()) {
    return Expected("an object of language: level", value, path);
  }
  std::map<engine::LanguageId, engine::SkillLevel> skills;
  for (const auto& [key, level] : value.items()) {
    std::string key_path = path;
    key_path += '.';
    key_path += key;
    const auto& known = vocabulary.languages;
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      return base::InvalidArgument(
          "unknown language (accepted: " + JoinIds(known) + ")", key_path);
    }
    auto parsed = ReadEnum<engine::SkillLevel>(level, key_path);
    if (!parsed) return parsed.error();
    skills[key] = *parsed;
  }
  return skills;
}

base::Result<engine::TeamMember> ParseMember(const Json& value,
                                             const std::string& path,
                                             const Vocabulary& vocabulary) {
  ObjectReader in(value, path, kMemberFields);
  engine::TeamMember member;
  member.name = in.String("name", "");
  if (const Json* skills = in.Find("skills")) {
    member.skills =
        in.Take(ParseSkills(*skills, in.PathOf("skills"), vocabulary), {});
  }
  if (!in.ok()) return in.error();
  return member;
}

}  // namespace

Vocabulary VocabularyOf(const engine::KnowledgeBase& kb) {
  Vocabulary v;
  for (const engine::Stack& stack : kb.stacks) {
    v.stacks.emplace_back(stack.id);
    for (const engine::StackLanguage& language : stack.languages) {
      v.languages.emplace_back(language.id);
    }
  }
  return v;
}

base::Result<std::vector<engine::TeamMember>> ParseTeam(
    const Json& value, const std::string& path, const Vocabulary& vocabulary) {
  if (!value.is_array())
    return Expected("an array of team members", value, path);
  std::vector<engine::TeamMember> team;
  for (size_t i = 0; i < value.size(); ++i) {
    auto member = ParseMember(value[i], ElementPath(path, i), vocabulary);
    if (!member) return member.error();
    team.push_back(std::move(*member));
  }
  return team;
}

base::Result<engine::Product> ParseProduct(const Json& value,
                                           const std::string& path) {
  ObjectReader in(value, path, kProductFields);
  engine::Product p;
  p.ai_ml = in.EnumField("ai_ml", p.ai_ml);
  p.ai_ml_approach = in.EnumField("ai_ml_approach", p.ai_ml_approach);
  p.realtime = in.EnumField("realtime", p.realtime);
  p.workload = in.EnumField("workload", p.workload);
  p.data_intensive = in.Bool("data_intensive", p.data_intensive);
  p.kind = in.EnumField("kind", p.kind);
  p.performance_differentiator =
      in.Bool("performance_differentiator", p.performance_differentiator);
  p.server_rendering = in.Bool("server_rendering", p.server_rendering);
  if (const Json* rps = in.Find("expected_peak_rps"); rps && !rps->is_null()) {
    p.expected_peak_rps = in.Take(
        ReadWholeNumber(*rps, in.PathOf("expected_peak_rps"), 1, kMaxPeakRps),
        int64_t{0});
  }
  if (!in.ok()) return in.error();
  return p;
}

base::Result<engine::Company> ParseCompany(const Json& value,
                                           const std::string& path,
                                           const Vocabulary& vocabulary) {
  ObjectReader in(value, path, kCompanyFields);
  engine::Company c;
  c.engineers_now =
      in.WholeNumber("engineers_now", c.engineers_now, 0, kMaxEngineers);
  // A shrinking team (fewer engineers in 12 months) is a real plan, so it is
  // accepted; the engine sees a negative company.planned_hires.
  c.engineers_in_12_months = in.WholeNumber(
      "engineers_in_12_months", c.engineers_in_12_months, 0, kMaxEngineers);
  c.hiring_region = in.EnumField("hiring_region", c.hiring_region);
  c.launched = in.Bool("launched", c.launched);
  // A current backend without a launch is accepted: a prototype or an
  // internal tool already exists, which is what the field records.
  if (const Json* backend = in.Find("current_backend")) {
    const std::vector<std::string_view> languages = Views(vocabulary.languages);
    auto index = in.Take(
        ReadOptionalName(*backend, in.PathOf("current_backend"), languages),
        std::optional<size_t>());
    if (index) c.current_backend = std::string(languages[*index]);
  }
  if (const Json* planned = in.Find("planned_languages")) {
    c.planned_languages =
        in.Take(ReadNameSet(*planned, in.PathOf("planned_languages"),
                            Views(vocabulary.languages)),
                {});
  }
  if (!in.ok()) return in.error();
  return c;
}

base::Result<engine::Leaning> ParseLeaning(const Json& value,
                                           const std::string& path,
                                           const Vocabulary& vocabulary) {
  ObjectReader in(value, path, kLeaningFields);
  engine::Leaning leaning;
  if (const Json* stack = in.Find("stack")) {
    const std::vector<std::string_view> stacks = Views(vocabulary.stacks);
    auto index = in.Take(ReadOptionalName(*stack, in.PathOf("stack"), stacks),
                         std::optional<size_t>());
    if (index) leaning.stack = std::string(stacks[*index]);
  }
  if (const Json* reasons = in.Find("reasons")) {
    leaning.reasons =
        in.Take(ReadEnumSet<LeaningReason>(*reasons, in.PathOf("reasons")), {});
  }
  if (!in.ok()) return in.error();
  return leaning;
}

}  // namespace io
