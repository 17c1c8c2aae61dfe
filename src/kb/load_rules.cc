#include "kb/load_rules.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "base/text.h"
#include "kb/fact_tests.h"
#include "kb/message_template.h"

namespace kb {
namespace {

using engine::Finding;

constexpr std::string_view kStatusNames[] = {"pass", "warn", "fail", "todo"};

template <typename Entry>
std::vector<std::string_view> Ids(const std::vector<Entry>& entries) {
  std::vector<std::string_view> ids;
  ids.reserve(entries.size());
  for (const Entry& entry : entries) ids.push_back(entry.id);
  return ids;
}

// The id and message every effect table holds; checks the placeholders.
Finding ReadIdAndMessage(const TableReader& reader,
                         std::span<const engine::FactInfo> facts) {
  Finding finding;
  finding.id = reader.String("id", Presence::kRequired).value_or("");
  finding.message = reader.String("message", Presence::kRequired).value_or("");
  if (!finding.message.empty()) {
    CheckMessageTemplate(facts, finding.message,
                         At(*reader.table().get("message")),
                         reader.diagnostics());
  }
  return finding;
}

// Reads an optional effect table { id, message } under `key`.
std::optional<Finding> ReadFinding(const TableReader& rule,
                                   std::string_view key,
                                   std::span<const engine::FactInfo> facts) {
  static constexpr std::string_view kKeys[] = {"id", "message"};
  const toml::table* table = rule.Table(key, Presence::kOptional);
  if (table == nullptr) return std::nullopt;
  TableReader reader(*table, "in [[rule]] " + std::string(key), kKeys,
                     rule.diagnostics());
  return ReadIdAndMessage(reader, facts);
}

// Reports a finding whose id is not declared in [[warning]] or [[check]].
template <typename Entry>
void CheckDeclared(const TableReader& effect, const Finding& finding,
                   std::string_view kind, const std::vector<Entry>& declared) {
  if (finding.id.empty()) return;
  std::vector<std::string_view> ids = Ids(declared);
  if (std::find(ids.begin(), ids.end(), finding.id) != ids.end()) return;
  effect.diagnostics().Add(At(*effect.table().get("id")),
                           std::string(kind) + " " + Quote(finding.id) +
                               " is not declared in [[" + std::string(kind) +
                               "]] (declared: " + base::Join(ids, ", ") + ")");
}

std::vector<std::pair<int, double>> ReadWeights(
    const TableReader& rule, const std::vector<engine::Criterion>& criteria) {
  std::vector<std::pair<int, double>> weights;
  const toml::table* table = rule.Table("weights", Presence::kOptional);
  if (table == nullptr) return weights;
  for (const auto& [key, value] : *table) {
    auto it = std::find_if(criteria.begin(), criteria.end(),
                           [&name = key](const engine::Criterion& c) {
                             return c.id == name.str();
                           });
    if (it == criteria.end()) {
      rule.diagnostics().Add(
          At(key), "unknown criterion " + Quote(key.str()) +
                       " (accepted: " + base::Join(Ids(criteria), ", ") + ")");
      continue;
    }
    std::optional<double> weight = value.value<double>();
    if (!value.is_number() || !weight || !std::isfinite(*weight)) {
      rule.diagnostics().Add(At(value), "the weight for criterion " +
                                            Quote(key.str()) +
                                            " must be a finite number, not " +
                                            std::string(TypeName(value)));
      continue;
    }
    weights.emplace_back(static_cast<int>(it - criteria.begin()), *weight);
  }
  return weights;
}

// `admit` names a stack id, or a stack-valued fact whose value is admitted
// ("company.current_backend").
void ReadAdmit(const TableReader& reader, const engine::KnowledgeBase& declared,
               engine::Rule& rule) {
  std::optional<std::string> admit =
      reader.String("admit", Presence::kOptional);
  if (!admit) return;
  for (size_t s = 0; s < declared.stacks.size(); ++s) {
    if (declared.stacks[s].id == *admit) {
      rule.admit_stack = static_cast<int>(s);
      return;
    }
  }
  std::optional<engine::FactId> fact = declared.FindFact(*admit);
  if (fact && declared.Info(*fact).stack_valued &&
      !declared.Info(*fact).after_ranking) {
    rule.admit_fact = *fact;
    return;
  }
  std::vector<std::string_view> accepted = Ids(declared.stacks);
  for (const engine::FactInfo& info : declared.facts) {
    if (info.stack_valued && !info.after_ranking) accepted.push_back(info.name);
  }
  reader.diagnostics().Add(
      At(*reader.table().get("admit")),
      "unknown stack or stack fact " + Quote(*admit) +
          " to admit (accepted: " + base::Join(accepted, ", ") + ")");
}

void ReadWarning(const TableReader& rule_reader,
                 const engine::KnowledgeBase& declared, engine::Rule& rule) {
  static constexpr std::string_view kKeys[] = {"id", "message"};
  const toml::table* table = rule_reader.Table("warning", Presence::kOptional);
  if (table == nullptr) return;
  TableReader reader(*table, "in [[rule]] warning", kKeys,
                     rule_reader.diagnostics());
  rule.warning = ReadIdAndMessage(reader, declared.facts);
  CheckDeclared(reader, *rule.warning, "warning", declared.warnings);
}

void ReadChecklist(const TableReader& rule_reader,
                   const engine::KnowledgeBase& declared, engine::Rule& rule) {
  static constexpr std::string_view kKeys[] = {"id", "status", "message"};
  const toml::table* table =
      rule_reader.Table("checklist", Presence::kOptional);
  if (table == nullptr) return;
  TableReader reader(*table, "in [[rule]] checklist", kKeys,
                     rule_reader.diagnostics());
  rule.checklist = ReadIdAndMessage(reader, declared.facts);
  CheckDeclared(reader, *rule.checklist, "check", declared.checklist);
  std::optional<std::string> status =
      reader.String("status", Presence::kRequired);
  if (!status) return;
  auto it =
      std::find(std::begin(kStatusNames), std::end(kStatusNames), *status);
  if (it == std::end(kStatusNames)) {
    reader.diagnostics().Add(
        At(*table->get("status")),
        "unknown checklist status " + Quote(*status) +
            " (accepted: " + base::Join(kStatusNames, ", ") + ")");
    return;
  }
  rule.checklist_status =
      static_cast<engine::CheckStatus>(it - std::begin(kStatusNames));
}

engine::Rule ReadRule(const TableReader& reader,
                      const engine::KnowledgeBase& declared) {
  engine::Rule rule;
  rule.id = reader.String("id", Presence::kRequired).value_or("");
  rule.source = reader.String("source", Presence::kRequired).value_or("");
  rule.extension = rule.source.starts_with("extension:");
  rule.weights = ReadWeights(reader, declared.criteria);
  // A rule with weights runs before ranking; a "recommended.*" fact does
  // not exist yet then.
  RecommendedFacts recommended =
      reader.table().contains("weights") || reader.table().contains("admit")
          ? RecommendedFacts::kForbidden
          : RecommendedFacts::kAllowed;
  for (std::string_view key : {"when", "unless"}) {
    const toml::table* tests = reader.Table(key, Presence::kOptional);
    if (tests == nullptr) continue;
    std::vector<engine::FactTest> compiled =
        CompileTests(declared.facts, *tests, "in [[rule]] " + std::string(key),
                     recommended, reader.diagnostics());
    (key == "when" ? rule.when : rule.unless) = std::move(compiled);
  }
  ReadAdmit(reader, declared, rule);
  ReadWarning(reader, declared, rule);
  ReadChecklist(reader, declared, rule);
  rule.advice = ReadFinding(reader, "advice", declared.facts);
  rule.tension = ReadFinding(reader, "tension", declared.facts);
  rule.revisit = ReadFinding(reader, "revisit", declared.facts);
  return rule;
}

}  // namespace

std::vector<engine::Rule> ReadRules(const TableReader& root,
                                    const engine::KnowledgeBase& declared) {
  static constexpr std::string_view kKeys[] = {
      "id",      "source",    "when",   "unless",  "weights", "admit",
      "warning", "checklist", "advice", "tension", "revisit"};
  static constexpr std::string_view kEffects[] = {
      "weights", "admit",   "warning", "checklist",
      "advice",  "tension", "revisit"};
  std::vector<engine::Rule> rules;
  UniqueIds ids("rule id", root.diagnostics());
  for (const toml::table* table : root.Tables("rule", Presence::kOptional)) {
    TableReader reader(*table, "in [[rule]]", kKeys, root.diagnostics());
    engine::Rule rule = ReadRule(reader, declared);
    if (std::none_of(
            std::begin(kEffects), std::end(kEffects),
            [table](std::string_view key) { return table->contains(key); })) {
      root.diagnostics().Add(reader.at(), "rule " + Quote(rule.id) +
                                              " has no effect (accepted: " +
                                              base::Join(kEffects, ", ") + ")");
    }
    ids.Add(rule.id, *table);
    rules.push_back(std::move(rule));
  }
  return rules;
}

}  // namespace kb
