// LoadKnowledgeBase: parses the TOML text, then reads each part of the
// format (docs/knowledge-base.md) into engine::KnowledgeBase, collecting
// every problem in one Diagnostics. Stacks and rules have their own files.
#include "kb/load.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>

#include "base/sha256.h"
#include "base/text.h"
#include "kb/diagnostics.h"
#include "kb/load_robustness.h"
#include "kb/load_rules.h"
#include "kb/load_stacks.h"
#include "kb/table_reader.h"

namespace kb {
namespace {

using engine::RatingSource;

bool IsSnakeCaseId(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || c == '_';
  });
}

void ReadMeta(const TableReader& root, engine::KnowledgeBase& kb) {
  static constexpr std::string_view kKeys[] = {"version", "title"};
  const toml::table* table = root.Table("meta", Presence::kRequired);
  if (table == nullptr) return;
  TableReader reader(*table, "in [meta]", kKeys, root.diagnostics());
  kb.version = reader.String("version", Presence::kRequired).value_or("");
  (void)reader.String("title", Presence::kOptional);
}

void ReadConfidence(const TableReader& root, engine::KnowledgeBase& kb) {
  static constexpr std::string_view kKeys[] = {"high_share", "medium_share",
                                               "high_margin", "medium_margin"};
  static constexpr std::string_view kMarginKeys[] = {"high_margin",
                                                     "medium_margin"};
  const toml::table* table = root.Table("confidence", Presence::kOptional);
  if (table == nullptr) return;
  TableReader reader(*table, "in [confidence]", kKeys, root.diagnostics());
  engine::ConfidenceThresholds& c = kb.confidence;
  ReadShareThresholds(reader, c);
  for (std::string_view key : kMarginKeys) {
    std::optional<double> margin = reader.Number(key, Presence::kOptional);
    if (!margin) continue;
    if (*margin < 0) {
      root.diagnostics().Add(
          At(*table->get(key)),
          Quote(key) + " must be >= 0, got " + base::ExactNumber(*margin));
    }
    (key == "high_margin" ? c.high_margin : c.medium_margin) = *margin;
  }
  if (c.high_margin < c.medium_margin) {
    root.diagnostics().Add(
        reader.at(), "\"high_margin\" (" + base::ExactNumber(c.high_margin) +
                         ") must not be less than \"medium_margin\" (" +
                         base::ExactNumber(c.medium_margin) + ")");
  }
}

std::optional<RatingSource> ReadRatingSource(const TableReader& reader) {
  std::optional<std::string> name =
      reader.String("rating", Presence::kRequired);
  if (!name) return std::nullopt;
  auto source = engine::FromName<RatingSource>(*name);
  if (!source) {
    reader.diagnostics().Add(
        At(*reader.table().get("rating")),
        "unknown rating " + Quote(*name) + " (accepted: " +
            base::Join(engine::Names(RatingSource{}), ", ") + ")");
    return std::nullopt;
  }
  return source;
}

void ReadCriteria(const TableReader& root, engine::KnowledgeBase& kb) {
  static constexpr std::string_view kKeys[] = {
      "id", "name", "description", "rating", "weight", "source"};
  UniqueIds ids("criterion id", root.diagnostics());
  const std::vector<const toml::table*> tables =
      root.Tables("criterion", Presence::kRequired);
  if (tables.size() > static_cast<size_t>(engine::kMaxCriteria)) {
    root.diagnostics().Add(
        At(*root.table().get("criterion")),
        "too many criteria: " + std::to_string(tables.size()) + " (at most " +
            std::to_string(engine::kMaxCriteria) + ")");
    return;
  }
  for (const toml::table* table : tables) {
    TableReader reader(*table, "in [[criterion]]", kKeys, root.diagnostics());
    engine::Criterion criterion;
    criterion.id = reader.String("id", Presence::kRequired).value_or("");
    if (!criterion.id.empty() && !IsSnakeCaseId(criterion.id)) {
      root.diagnostics().Add(
          At(*table->get("id")),
          "criterion id " + Quote(criterion.id) + " must match [a-z_]+");
    }
    ids.Add(criterion.id, *table);
    criterion.name = reader.String("name", Presence::kRequired).value_or("");
    criterion.description =
        reader.String("description", Presence::kOptional).value_or("");
    std::optional<RatingSource> rating_source = ReadRatingSource(reader);
    if (std::optional<double> weight =
            reader.Number("weight", Presence::kRequired)) {
      if (*weight < 0) {
        root.diagnostics().Add(
            At(*table->get("weight")),
            "\"weight\" must be >= 0, got " + base::ExactNumber(*weight));
      }
      criterion.base_weight = *weight;
    }
    criterion.source =
        reader.String("source", Presence::kRequired).value_or("");
    // Without a known rating source, whether stacks must rate the criterion
    // is unknown: leave it out rather than report every stack.
    if (!rating_source) continue;
    criterion.rating_source = *rating_source;
    kb.criteria.push_back(std::move(criterion));
  }
}

void ReadWarnings(const TableReader& root, engine::KnowledgeBase& kb) {
  static constexpr std::string_view kKeys[] = {"id", "title", "source"};
  UniqueIds ids("warning id", root.diagnostics());
  for (const toml::table* table : root.Tables("warning", Presence::kOptional)) {
    TableReader reader(*table, "in [[warning]]", kKeys, root.diagnostics());
    engine::WarningKind warning;
    warning.id = reader.String("id", Presence::kRequired).value_or("");
    ids.Add(warning.id, *table);
    warning.title = reader.String("title", Presence::kRequired).value_or("");
    warning.source = reader.String("source", Presence::kRequired).value_or("");
    kb.warnings.push_back(std::move(warning));
  }
}

void ReadChecks(const TableReader& root, engine::KnowledgeBase& kb) {
  static constexpr std::string_view kKeys[] = {"id", "item", "source"};
  UniqueIds ids("check id", root.diagnostics());
  for (const toml::table* table : root.Tables("check", Presence::kOptional)) {
    TableReader reader(*table, "in [[check]]", kKeys, root.diagnostics());
    engine::ChecklistItem item;
    item.id = reader.String("id", Presence::kRequired).value_or("");
    ids.Add(item.id, *table);
    item.item = reader.String("item", Presence::kRequired).value_or("");
    item.source = reader.String("source", Presence::kRequired).value_or("");
    kb.checklist.push_back(std::move(item));
  }
}

engine::KnowledgeBase ReadDocument(const toml::table& document,
                                   Diagnostics& diagnostics) {
  static constexpr std::string_view kKeys[] = {
      "meta",  "confidence", "robustness", "criterion",
      "stack", "warning",    "check",      "rule"};
  TableReader root(document, "at the top level", kKeys, diagnostics);
  engine::KnowledgeBase kb;
  ReadMeta(root, kb);
  ReadConfidence(root, kb);
  ReadRobustness(root, kb.robustness);
  ReadCriteria(root, kb);
  ReadWarnings(root, kb);
  ReadChecks(root, kb);
  kb.stacks = ReadStacks(root, kb.criteria);
  engine::IndexStacks(kb);
  kb.rules = ReadRules(root, kb);
  return kb;
}

}  // namespace

base::Result<engine::KnowledgeBase> LoadKnowledgeBase(
    std::string_view toml_text, std::string_view file_name) {
  Diagnostics diagnostics{std::string(file_name)};
  toml::table document;
  try {
    document = toml::parse(toml_text, file_name);
  } catch (const toml::parse_error& error) {
    diagnostics.Add(
        Position{error.source().begin.line, error.source().begin.column},
        std::string(error.description()));
    return base::InvalidArgument(diagnostics.ToString(),
                                 std::string(file_name));
  }
  engine::KnowledgeBase kb = ReadDocument(document, diagnostics);
  if (!diagnostics.empty()) {
    return base::InvalidArgument(diagnostics.ToString(),
                                 std::string(file_name));
  }
  kb.sha256 = base::Sha256Hex(toml_text);
  return kb;
}

}  // namespace kb
