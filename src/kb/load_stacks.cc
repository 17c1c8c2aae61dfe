#include "kb/load_stacks.h"

#include <algorithm>
#include <array>
#include <optional>

#include "kb/fact_tests.h"

namespace kb {
namespace {

using engine::Criterion;
using engine::RatingSource;

std::string_view RatingSourceName(RatingSource source) {
  switch (source) {
    case RatingSource::kStatic: return "static";
    case RatingSource::kTeamSkill: return "team_skill";
    case RatingSource::kTalentPool: return "talent_pool";
    case RatingSource::kCurrentBackend: return "current_backend";
  }
  return "static";
}

std::vector<std::string_view> CriterionIds(const std::vector<Criterion>& criteria) {
  std::vector<std::string_view> ids;
  for (const Criterion& criterion : criteria) ids.push_back(criterion.id);
  return ids;
}

std::vector<engine::Language> ReadLanguages(const TableReader& stack) {
  std::vector<engine::Language> languages;
  std::optional<std::vector<std::string>> names =
      stack.Strings("languages", Presence::kRequired);
  if (!names) return languages;
  const toml::node* node = stack.table().get("languages");
  if (names->empty()) {
    stack.diagnostics().Add(At(*node), "\"languages\" " + stack.where() +
                                           " must name at least one language");
  }
  const toml::array& array = *node->as_array();
  for (size_t i = 0; i < array.size(); ++i) {
    const std::string* name = array[i].is_string() ? &array[i].as_string()->get() : nullptr;
    if (name == nullptr || name->empty()) continue;  // reported by Strings()
    std::optional<engine::Language> language = engine::FromName<engine::Language>(*name);
    if (!language) {
      stack.diagnostics().Add(
          At(array[i]), "unknown language " + Quote(*name) + " (accepted: " +
                            JoinNames(engine::Names(engine::Language{})) + ")");
      continue;
    }
    languages.push_back(*language);
  }
  return languages;
}

engine::TalentPool ReadTalent(const TableReader& stack) {
  engine::TalentPool talent;
  const toml::table* table = stack.Table("talent", Presence::kRequired);
  if (table == nullptr) return talent;
  static constexpr std::string_view kKeys[] = {"share_percent", "survey", "year"};
  TableReader reader(*table, "in [[stack]] talent", kKeys, stack.diagnostics());
  if (std::optional<double> share = reader.Number("share_percent", Presence::kRequired)) {
    if (*share < 0 || *share > 100) {
      reader.diagnostics().Add(At(*table->get("share_percent")),
                               "\"share_percent\" must be between 0 and 100, got " +
                                   FormatNumber(*share));
    }
    talent.share_percent = *share;
  }
  talent.survey = reader.String("survey", Presence::kRequired).value_or("");
  if (std::optional<int64_t> year = reader.Integer("year", Presence::kRequired)) {
    talent.year = static_cast<int>(std::clamp<int64_t>(*year, 0, 9999));
  }
  return talent;
}

engine::Rating ReadRating(const std::string& criterion, const toml::node& value,
                          Diagnostics& diagnostics) {
  engine::Rating rating;
  const toml::table* table = value.as_table();
  if (table == nullptr) {
    diagnostics.Add(At(value), "the rating for criterion " + Quote(criterion) +
                                   " must be a table { rating = 0..5, why = \"...\" }, not " +
                                   std::string(TypeName(value)));
    return rating;
  }
  static constexpr std::string_view kKeys[] = {"rating", "why"};
  TableReader reader(*table, "in [stack.ratings] " + criterion, kKeys, diagnostics);
  if (std::optional<double> number = reader.Number("rating", Presence::kRequired)) {
    if (*number < 0 || *number > 5) {
      diagnostics.Add(At(*table->get("rating")),
                      "\"rating\" for criterion " + Quote(criterion) +
                          " must be between 0 and 5, got " + FormatNumber(*number));
    }
    rating.value = *number;
  }
  rating.why = reader.String("why", Presence::kRequired).value_or("");
  return rating;
}

std::vector<engine::Rating> ReadRatings(const TableReader& stack,
                                        const std::string& stack_id,
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
        diagnostics.Add(At(key), "unknown criterion " + Quote(id) + " (accepted: " +
                                     JoinNames(CriterionIds(criteria)) + ")");
        continue;
      }
      if (it->rating_source != RatingSource::kStatic) {
        diagnostics.Add(At(key), "criterion " + Quote(id) + " is rated from " +
                                     std::string(RatingSourceName(it->rating_source)) +
                                     ", so a stack may not rate it");
        continue;
      }
      size_t index = static_cast<size_t>(it - criteria.begin());
      ratings[index] = ReadRating(id, value, diagnostics);
      rated[index] = true;
    }
  }
  for (size_t i = 0; i < criteria.size(); ++i) {
    if (criteria[i].rating_source != RatingSource::kStatic || rated[i]) continue;
    diagnostics.Add(table != nullptr ? At(*table) : stack.at(),
                    "stack " + Quote(stack_id) + " has no rating for criterion " +
                        Quote(criteria[i].id));
  }
  return ratings;
}

std::vector<engine::Framework> ReadFrameworks(const TableReader& stack,
                                              const std::string& stack_id) {
  static constexpr std::string_view kKeys[] = {"name", "fit", "when", "default"};
  std::vector<engine::Framework> frameworks;
  std::optional<std::string> first_default;
  for (const toml::table* table : stack.Tables("framework", Presence::kRequired)) {
    TableReader reader(*table, "in [[stack.framework]]", kKeys, stack.diagnostics());
    engine::Framework framework;
    framework.name = reader.String("name", Presence::kRequired).value_or("");
    framework.fit = reader.String("fit", Presence::kRequired).value_or("");
    if (const toml::table* when = reader.Table("when", Presence::kOptional)) {
      framework.when = CompileTests(*when, "in [[stack.framework]] when",
                                    RecommendedFacts::kAllowed, stack.diagnostics());
    }
    framework.is_default = reader.Bool("default", Presence::kOptional).value_or(false);
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
    stack.diagnostics().Add(stack.at(), "stack " + Quote(stack_id) +
                                            " has no default framework (set "
                                            "default = true on one [[stack.framework]])");
  }
  return frameworks;
}

engine::Stack ReadStack(const TableReader& reader,
                        const std::vector<Criterion>& criteria) {
  engine::Stack stack;
  stack.id = reader.String("id", Presence::kRequired).value_or("");
  stack.name = reader.String("name", Presence::kRequired).value_or("");
  stack.languages = ReadLanguages(reader);
  stack.extension = reader.Bool("extension", Presence::kOptional).value_or(false);
  stack.source = reader.String("source", Presence::kRequired).value_or("");
  stack.summary = reader.String("summary", Presence::kRequired).value_or("");
  stack.strengths = reader.Strings("strengths", Presence::kOptional).value_or(
      std::vector<std::string>{});
  stack.concerns = reader.Strings("concerns", Presence::kOptional).value_or(
      std::vector<std::string>{});
  stack.talent = ReadTalent(reader);
  stack.ratings = ReadRatings(reader, stack.id, criteria);
  stack.frameworks = ReadFrameworks(reader, stack.id);
  return stack;
}

}  // namespace

std::vector<engine::Stack> ReadStacks(const TableReader& root,
                                      const std::vector<Criterion>& criteria) {
  static constexpr std::string_view kKeys[] = {
      "id", "name", "languages", "extension", "source", "summary",
      "strengths", "concerns", "talent", "ratings", "framework"};
  constexpr size_t kCount = engine::kStackIds.size();
  std::array<std::optional<engine::Stack>, kCount> found;
  std::array<Position, kCount> found_at;
  Diagnostics& diagnostics = root.diagnostics();
  std::vector<const toml::table*> tables = root.Tables("stack", Presence::kRequired);
  for (const toml::table* table : tables) {
    TableReader reader(*table, "in [[stack]]", kKeys, diagnostics);
    engine::Stack stack = ReadStack(reader, criteria);
    if (stack.id.empty()) continue;  // reported as a missing key
    auto it = std::find(engine::kStackIds.begin(), engine::kStackIds.end(), stack.id);
    Position id_at = At(*table->get("id"));
    if (it == engine::kStackIds.end()) {
      diagnostics.Add(id_at, "unknown stack " + Quote(stack.id) + " (accepted: " +
                                 JoinNames(engine::kStackIds) + ")");
      continue;
    }
    size_t index = static_cast<size_t>(it - engine::kStackIds.begin());
    if (found[index]) {
      diagnostics.Add(id_at, "duplicate stack " + Quote(stack.id) +
                                 " (first defined at line " +
                                 std::to_string(found_at[index].line) + ")");
      continue;
    }
    found[index] = std::move(stack);
    found_at[index] = id_at;
  }
  std::vector<engine::Stack> stacks;
  for (size_t i = 0; i < kCount; ++i) {
    if (found[i]) {
      stacks.push_back(std::move(*found[i]));
    } else if (!tables.empty()) {
      diagnostics.Add(At(*root.table().get("stack")),
                      "missing stack " + Quote(engine::kStackIds[i]) +
                          " (the knowledge base must define: " +
                          JoinNames(engine::kStackIds) + ")");
    }
  }
  return stacks;
}

}  // namespace kb
