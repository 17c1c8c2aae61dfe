#include "io/result_json.h"

#include <cmath>

#include "io/json_writer.h"

namespace io {
namespace {

// One decimal place: enough for a score, and the same bytes on every
// platform whatever the last bits of the double were.
double Round1(double value) { return std::round(value * 10.0) / 10.0; }

// Three decimal places: the robustness figures (a share of 4096 samples moves
// by 0.00024 per sample).
double Round3(double value) { return std::round(value * 1000.0) / 1000.0; }

// The writer with the member helpers this document needs. Writes text
// directly (no intermediate document): this runs on every API request.
class Writer : public JsonWriter {
 public:
  using JsonWriter::JsonWriter;

  void Member(std::string_view key, std::string_view value) {
    Key(key);
    String(value);
  }
  void Member(std::string_view key, const std::string& value) {
    Key(key);
    String(value);
  }
  // A literal would otherwise pick the bool overload.
  void Member(std::string_view key, const char* value) = delete;
  // Every number in the result is a score-like double: one decimal place.
  void Member(std::string_view key, double value) {
    Key(key);
    Number(Round1(value));
  }
  void Member(std::string_view key, int value) {
    Key(key);
    Integer(value);
  }
  void Member(std::string_view key, bool value) {
    Key(key);
    Bool(value);
  }
  void Fine(std::string_view key, double value) {
    Key(key);
    Number(Round3(value));
  }
  void Member(std::string_view key, std::span<const std::string> values) {
    Key(key);
    BeginArray();
    for (const auto& value : values) String(value);
    EndArray();
  }
};

void WriteCriterion(Writer& w, const engine::CriterionScore& c) {
  w.BeginObject();
  w.Member("id", c.id);
  w.Member("name", c.name);
  w.Member("weight", c.weight);
  w.Member("rating", c.rating);
  w.Member("contribution", c.contribution);
  w.Member("why", c.why.view());
  w.EndObject();
}

void WriteStack(Writer& w, const engine::StackScore& s) {
  w.BeginObject();
  w.Member("stack", s.stack);
  w.Member("name", s.name);
  w.Member("rank", s.rank);
  w.Member("score", s.score);
  w.Member("eligible", s.eligible);
  w.Member("extension", s.extension);
  w.Key("criteria");
  w.BeginArray();
  for (const auto& c : s.criteria) WriteCriterion(w, c);
  w.EndArray();
  w.Member("strengths", s.strengths);
  w.Member("concerns", s.concerns);
  w.Key("frameworks");
  w.BeginArray();
  for (const auto& f : s.frameworks) {
    w.BeginObject();
    w.Member("name", f.name);
    w.Member("fit", f.fit);
    w.Member("recommended", f.recommended);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

// Only warnings have a title (the warning kind's); other items never do.
enum class Titled { kNo, kYes };

void WriteItems(Writer& w, std::string_view key,
                const std::vector<engine::Item>& items, Titled titled) {
  w.Key(key);
  w.BeginArray();
  for (const auto& item : items) {
    w.BeginObject();
    w.Member("id", item.id);
    if (titled == Titled::kYes) w.Member("title", item.title);
    w.Member("message", item.message);
    w.Member("source", item.source);
    w.Member("rule", item.rule);
    w.EndObject();
  }
  w.EndArray();
}

void WriteChecklist(Writer& w,
                    const std::vector<engine::CheckResult>& checklist) {
  w.Key("checklist");
  w.BeginArray();
  for (const auto& check : checklist) {
    w.BeginObject();
    w.Member("id", check.id);
    w.Member("item", check.item);
    w.Member("status", engine::Name(check.status));
    w.Member("reason", check.reason);
    w.Member("source", check.source);
    w.EndObject();
  }
  w.EndArray();
}

void WriteChanges(Writer& w, const std::vector<engine::AnswerChange>& changes) {
  w.Key("changes");
  w.BeginArray();
  for (const auto& change : changes) {
    w.BeginObject();
    w.Member("field", change.field);
    w.Member("value", change.value);
    w.Member("change", change.change);
    w.EndObject();
  }
  w.EndArray();
}

void WriteLeaningPath(Writer& w,
                      const std::optional<engine::LeaningPath>& path) {
  w.Key("leaning_path");
  if (!path) {
    w.Null();
    return;
  }
  w.BeginObject();
  w.Member("stack", path->stack);
  w.Member("stack_name", path->stack_name);
  w.Member("found", path->found);
  WriteChanges(w, path->changes);
  w.Member("summary", path->summary);
  w.EndObject();
}

void WriteWhatIf(Writer& w, const std::vector<engine::WhatIf>& what_if) {
  w.Key("what_if");
  w.BeginArray();
  for (const auto& change : what_if) {
    w.BeginObject();
    w.Member("field", change.field);
    w.Member("value", change.value);
    w.Member("change", change.change);
    WriteChanges(w, change.changes);
    w.Member("new_stack", change.new_stack);
    w.Member("new_stack_name", change.new_stack_name);
    w.Member("new_margin", change.new_margin);
    w.EndObject();
  }
  w.EndArray();
}

// The weights and ratings it samples are the ones the ranking shows (one
// decimal), so the shares can be checked from this document alone.
void WriteRobustness(Writer& w, const engine::Robustness& r) {
  w.Key("robustness");
  w.BeginObject();
  w.Member("method", r.method);
  w.Fine("weight_spread", r.weight_spread);
  w.Fine("rating_spread", r.rating_spread);
  w.Member("samples", r.samples);
  w.Fine("winner_share", r.winner_share);
  w.Member("summary", r.summary);
  w.Key("stacks");
  w.BeginArray();
  for (const auto& s : r.stacks) {
    w.BeginObject();
    w.Member("stack", s.stack);
    w.Fine("first", s.first);
    w.Fine("mean_rank", s.mean_rank);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

// Schema 1.2: only in results for two or more founders (engine/group.h).
void WriteGroup(Writer& w, const engine::Recommendation& result) {
  if (result.founders.empty()) return;
  w.Key("founders");
  w.BeginArray();
  for (const auto& f : result.founders) {
    w.BeginObject();
    w.Member("name", f.name);
    w.Member("stack", f.stack);
    w.Member("stack_name", f.stack_name);
    w.EndObject();
  }
  w.EndArray();
  w.Key("disagreements");
  w.BeginArray();
  for (const auto& d : result.disagreements) {
    w.BeginObject();
    w.Member("field", d.field);
    w.Key("answers");
    w.BeginArray();
    for (const auto& a : d.answers) {
      w.BeginObject();
      w.Member("founder", a.founder);
      w.Member("value", a.value);
      w.EndObject();
    }
    w.EndArray();
    w.Member("changes_winner", d.changes_winner);
    w.Key("winners");
    w.BeginArray();
    for (const auto& winner : d.winners) {
      w.BeginObject();
      w.Member("value", winner.value);
      w.Member("stack", winner.stack);
      w.Member("stack_name", winner.stack_name);
      w.EndObject();
    }
    w.EndArray();
    w.Member("summary", d.summary);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

std::string RecommendationToJson(const engine::Recommendation& result,
                                 int indent) {
  const auto& h = result.recommendation;
  const auto& c = result.confidence;
  Writer w(indent);
  w.BeginObject();
  w.Member("schema_version", result.schema_version);
  w.Member("schema_minor", result.schema_minor);
  w.Key("recommendation");
  w.BeginObject();
  w.Member("stack", h.stack);
  w.Member("stack_name", h.stack_name);
  w.Member("framework", h.framework);
  w.Member("framework_why", h.framework_why);
  w.Member("summary", h.summary);
  w.EndObject();
  w.Key("confidence");
  w.BeginObject();
  w.Member("level", engine::Name(c.level));
  w.Member("margin", c.margin);
  w.Member("why", c.why);
  w.EndObject();
  WriteRobustness(w, result.robustness);
  w.Key("ranking");
  w.BeginArray();
  for (const auto& stack : result.ranking) WriteStack(w, stack);
  w.EndArray();
  WriteItems(w, "tensions", result.tensions, Titled::kNo);
  WriteItems(w, "warnings", result.warnings, Titled::kYes);
  WriteChecklist(w, result.checklist);
  WriteItems(w, "advice", result.advice, Titled::kNo);
  WriteItems(w, "revisit_triggers", result.revisit_triggers, Titled::kNo);
  WriteWhatIf(w, result.what_if);
  WriteLeaningPath(w, result.leaning_path);
  w.Key("knowledge_base");
  w.BeginObject();
  w.Member("version", result.knowledge_base.version);
  w.Member("sha256", result.knowledge_base.sha256);
  w.EndObject();
  WriteGroup(w, result);
  w.EndObject();
  return std::move(w).Take();
}

}  // namespace io
