#include "kb/load_stacks.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <span>
#include <string>

#include "base/text.h"
#include "kb/fact_tests.h"

namespace kb {
namespace {

using engine::Criterion;
using engine::RatingSource;

std::vector<std::string_view> CriterionIds(
    const std::vector<Criterion>& criteria) {
  std::vector<std::string_view> ids;
  ids.reserve(criteria.size());
  for (const Criterion& criterion : criteria) ids.push_back(criterion.id);
  return ids;
}

bool IsLanguageId(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// languages = [{ id = "typescript", name = "TypeScript" }, ...]
std::vector<engine::StackLanguage> ReadLanguages(const TableReader& stack) {
  std::vector<engine::StackLanguage> languages;
  const toml::node* node = stack.table().get("languages");
  if (node == nullptr) {
    stack.diagnostics().Add(stack.at(),
                            "missing key \"languages\" " + stack.where());
    return languages;
  }
  const toml::array* array = node->as_array();
  if (array == nullptr || array->empty()) {
    stack.diagnostics().Add(At(*node), "\"languages\" " + stack.where() +
                                           " must be a non-empty array of "
                                           "{ id = \"...\", name = \"...\" }");
    return languages;
  }
  static constexpr std::string_view kKeys[] = {"id", "name"};
  for (const toml::node& element : *array) {
    const toml::table* table = element.as_table();
    if (table == nullptr) {
      stack.diagnostics().Add(
          At(element), "a language " + stack.where() +
                           " must be { id = \"...\", name = \"...\" }, not " +
                           std::string(TypeName(element)));
      continue;
    }
    TableReader reader(*table, "in [[stack]] languages", kKeys,
                       stack.diagnostics());
    engine::StackLanguage language;
    language.id = reader.String("id", Presence::kRequired).value_or("");
    language.name = reader.String("name", Presence::kRequired).value_or("");
    if (!language.id.empty() && !IsLanguageId(language.id)) {
      stack.diagnostics().Add(At(*table->get("id")),
                              "language id " + Quote(language.id) +
                                  " must use only a-z, 0-9 and _");
      continue;
    }
    if (!language.id.empty()) languages.push_back(std::move(language));
  }
  return languages;
}

engine::TalentPool ReadTalent(const TableReader& stack) {
  engine::TalentPool talent;
  const toml::table* table = stack.Table("talent", Presence::kRequired);
  if (table == nullptr) return talent;
  static constexpr std::string_view kKeys[] = {"share_percent", "survey",
                                               "year"};
  TableReader reader(*table, "in [[stack]] talent", kKeys, stack.diagnostics());
  if (std::optional<double> share =
          reader.Number("share_percent", Presence::kRequired)) {
    if (*share < 0 || *share > 100) {
      reader.diagnostics().Add(
          At(*table->get("share_percent")),
          "\"share_percent\" must be between 0 and 100, got " +
              base::ExactNumber(*share));
    }
    talent.share_percent = *share;
  }
  talent.survey = reader.String("survey", Presence::kRequired).value_or("");
  if (std::optional<int64_t> year =
          reader.Integer("year", Presence::kRequired)) {
    talent.year = static_cast<int>(std::clamp<int64_t>(*year, 0, 9999));
  }
  return talent;
}

engine::Rating ReadRating(const std::string& criterion, const toml::node& value,
                          Diagnostics& diagnostics) {
  engine::Rating rating;
  const toml::table* table = value.as_table();
  if (table == nullptr) {
    diagnostics.Add(
        At(value),
        "the rating for criterion " + Quote(criterion) +
            " must be a table { rating = 0..5, why = \"...\" }, not " +
            std::string(TypeName(value)));
    return rating;
  }
  static constexpr std::string_view kKeys[] = {"rating", "why"};
  TableReader reader(*table, "in [stack.ratings] " + criterion, kKeys,
                     diagnostics);
  if (std::optional<double> number =
          reader.Number("rating", Presence::kRequired)) {
    if (*number < 0 || *number > 5) {
      diagnostics.Add(At(*table->get("rating")),
                      "\"rating\" for criterion " + Quote(criterion) +
                          " must be between 0 and 5, got " +
                          base::ExactNumber(*number));
    }
    rating.value = *number;
  }
  rating.why = reader.String("why", Presence::kRequired).value_or("");
  return rating;
}

std::vector<engine::Rating> ReadRatings(
    const TableReader& stack, const std::string& stack_id,
    const std::vector<Criterion>& criteria) {
  std::vector<engine::Rating> ratings(criteria.size());
  std::vector<bool> rated(criteria.size(), false);
  const toml::table* table = stack.Table("ratings", Presence::kOptional);
  Diagnostics& diagnostics = stack.diagnostics();
  if (table != nullptr) {
    for (const auto& [key, value] : *table) {
      std::string id(key.str());
      auto it = std::find_if(criteria.begin(), criteria.end(),
                             [&id](const Criterion& c) { return c.id == id; });
      if (it == criteria.end()) {
        diagnostics.Add(At(key),
                        "unknown criterion " + Quote(id) + " (accepted: " +
                            base::Join(CriterionIds(criteria), ", ") + ")");
        continue;
      }
      if (it->rating_source != RatingSource::kStatic) {
        diagnostics.Add(At(key),
                        "criterion " + Quote(id) + " is rated from " +
                            std::string(engine::Name(it->rating_source)) +
                            ", so a stack may not rate it");
        continue;
      }
      size_t index = static_cast<size_t>(it - criteria.begin());
      ratings[index] = ReadRating(id, value, diagnostics);
      rated[index] = true;
    }
  }
  for (size_t i = 0; i < criteria.size(); ++i) {
    if (criteria[i].rating_source != RatingSource::kStatic || rated[i])
      continue;
    diagnostics.Add(table != nullptr ? At(*table) : stack.at(),
                    "stack " + Quote(stack_id) +
                        " has no rating for criterion " +
                        Quote(criteria[i].id));
  }
  return ratings;
}

std::vector<engine::Framework> ReadFrameworks(
    const TableReader& stack, const std::string& stack_id,
    std::span<const engine::FactInfo> facts) {
  static constexpr std::string_view kKeys[] = {"name", "fit", "when",
                                               "default"};
  std::vector<engine::Framework> frameworks;
  std::optional<std::string> first_default;
  for (const toml::table* table :
       stack.Tables("framework", Presence::kRequired)) {
    TableReader reader(*table, "in [[stack.framework]]", kKeys,
                       stack.diagnostics());
    engine::Framework framework;
    framework.name = reader.String("name", Presence::kRequired).value_or("");
    framework.fit = reader.String("fit", Presence::kRequired).value_or("");
    if (const toml::table* when = reader.Table("when", Presence::kOptional)) {
      framework.when =
          CompileTests(facts, *when, "in [[stack.framework]] when",
                       RecommendedFacts::kAllowed, stack.diagnostics());
    }
    framework.is_default =
        reader.Bool("default", Presence::kOptional).value_or(false);
    if (framework.is_default) {
      if (first_default) {
        stack.diagnostics().Add(At(*table->get("default")),
                                "stack " + Quote(stack_id) +
                                    " has more than one default framework (" +
                                    Quote(*first_default) + " and " +
                                    Quote(framework.name) + ")");
      } else {
        first_default = framework.name;
      }
    }
    frameworks.push_back(std::move(framework));
  }
  if (!frameworks.empty() && !first_default) {
    stack.diagnostics().Add(stack.at(),
                            "stack " + Quote(stack_id) +
                                " has no default framework (set "
                                "default = true on one [[stack.framework]])");
  }
  return frameworks;
}

engine::Stack ReadStack(const TableReader& reader,
                        const std::vector<Criterion>& criteria,
                        std::span<const engine::FactInfo> facts) {
  engine::Stack stack;
  stack.id = reader.String("id", Presence::kRequired).value_or("");
  stack.name = reader.String("name", Presence::kRequired).value_or("");
  stack.languages = ReadLanguages(reader);
  stack.extension =
      reader.Bool("extension", Presence::kOptional).value_or(false);
  stack.source = reader.String("source", Presence::kRequired).value_or("");
  stack.summary = reader.String("summary", Presence::kRequired).value_or("");
  stack.strengths = reader.Strings("strengths", Presence::kOptional)
                        .value_or(std::vector<std::string>{});
  stack.concerns = reader.Strings("concerns", Presence::kOptional)
                       .value_or(std::vector<std::string>{});
  stack.talent = ReadTalent(reader);
  stack.ratings = ReadRatings(reader, stack.id, criteria);
  stack.frameworks = ReadFrameworks(reader, stack.id, facts);
  return stack;
}

}  // namespace

std::vector<engine::Stack> ReadStacks(const TableReader& root,
                                      const std::vector<Criterion>& criteria) {
  static constexpr std::string_view kKeys[] = {
      "id",        "name",     "languages", "extension", "source",   "summary",
      "strengths", "concerns", "talent",    "ratings",   "framework"};
  Diagnostics& diagnostics = root.diagnostics();
  std::vector<const toml::table*> tables =
      root.Tables("stack", Presence::kRequired);
  if (tables.size() > static_cast<size_t>(engine::kMaxStacks)) {
    diagnostics.Add(At(*root.table().get("stack")),
                    "too many stacks: " + std::to_string(tables.size()) +
                        " (at most " + std::to_string(engine::kMaxStacks) +
                        ")");
    return {};
  }
  // Framework tests may name "team.level.<stack>" for any stack, so the
  // fact table needs every stack id before the first stack is read.
  std::vector<std::string> ids;
  for (const toml::table* table : tables) {
    if (auto id = table->get_as<std::string>("id")) ids.push_back(id->get());
  }
  const std::vector<engine::FactInfo> facts = engine::FactTable(ids);

  std::vector<engine::Stack> stacks;
  UniqueIds stack_ids("stack", diagnostics);
  std::map<std::string, std::string> language_stack;
  for (const toml::table* table : tables) {
    TableReader reader(*table, "in [[stack]]", kKeys, diagnostics);
    engine::Stack stack = ReadStack(reader, criteria, facts);
    if (stack.id.empty()) continue;  // reported as a missing key
    Position id_at = At(*table->get("id"));
    if (!IsLanguageId(stack.id)) {
      diagnostics.Add(id_at, "stack id " + Quote(stack.id) +
                                 " must use only a-z, 0-9 and _");
      continue;
    }
    if (!stack_ids.Add(stack.id, *table)) continue;
    for (const engine::StackLanguage& language : stack.languages) {
      auto [owner, fresh] = language_stack.emplace(language.id, stack.id);
      if (!fresh) {
        diagnostics.Add(At(*table->get("languages")),
                        "language " + Quote(language.id) +
                            " belongs to stack " + Quote(owner->second) +
                            " already; a language belongs to one stack");
      }
    }
    stacks.push_back(std::move(stack));
  }
  return stacks;
}

}  // namespace kb
