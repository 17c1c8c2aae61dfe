// Recommendation: everything the engine concludes for one profile
// (the result, JSON schema version 1; io/result_json writes it).
//
// Field order here is the order of the JSON keys and of the reports.
// Scores are 0..100; a stack's contributions are in tenths and add up to its
// score rounded to tenths, as the reports show them.
//
// Text that the knowledge base holds (ids, names, reasons, sources) is
// referred to, not copied: std::string_view, std::span and Text below. An
// evaluation shows several hundred such strings, and copying them was a
// third of its cost. So a Recommendation must not outlive the
// KnowledgeBase it was evaluated with; text made for the profile (messages,
// summaries) is owned.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/knowledge_base.h"
#include "engine/robustness.h"

namespace engine {

// Text that is either the knowledge base's (borrowed) or made for one
// profile (owned). Copies stay valid: a borrowed view never points into
// the object itself.
class Text {
 public:
  Text() = default;
  static Text Borrowed(std::string_view text) {
    Text t;
    t.borrowed_ = text;
    return t;
  }
  static Text Owned(std::string text) {
    Text t;
    t.owned_ = std::move(text);
    return t;
  }
  // In place, for text written into a result's own element.
  void Borrow(std::string_view text) {
    borrowed_ = text;
    owned_.clear();
  }
  void Own(std::string text) {
    borrowed_ = {};
    owned_ = std::move(text);
  }
  std::string_view view() const {
    if (owned_.empty()) return borrowed_;
    return owned_;
  }
  bool empty() const { return view().empty(); }

 private:
  std::string_view borrowed_;
  std::string owned_;
};

struct CriterionScore {
  std::string_view id;
  std::string_view name;
  double weight = 0;        // after every rule's additions
  double rating = 0;        // 0..5
  double contribution = 0;  // score points this criterion gives the stack
  Text why;
};

struct FrameworkFit {
  std::string_view name;
  std::string_view fit;
  bool recommended = false;
};

struct StackScore {
  std::string_view stack;  // id
  std::string_view name;
  int rank = 0;  // 1-based; ties broken by kStackIds order
  double score = 0;
  // False when team first keeps the stack below those the team knows well
  // (scoring.h, TeamFirst): it cannot rank first whatever its score.
  bool eligible = true;
  bool extension = false;
  std::vector<CriterionScore> criteria;  // in knowledge-base order
  std::span<const std::string> strengths;
  std::span<const std::string> concerns;
  std::vector<FrameworkFit> frameworks;
};

struct Headline {
  std::string_view stack;
  std::string_view stack_name;
  std::string_view framework;
  std::string_view framework_why;
  std::string summary;
};

struct Item {  // a tension, warning, piece of advice or revisit trigger
  std::string_view id;
  std::string_view title;  // warnings only: the kind's title; else empty
  std::string message;
  std::string_view source;  // the rule's source
  std::string_view rule;    // the rule's id
};

struct CheckResult {
  std::string_view id;
  std::string_view item;
  CheckStatus status = CheckStatus::kTodo;
  std::string reason;
  std::string_view source;
};

enum class ConfidenceLevel : uint8_t { kLow, kMedium, kHigh };

struct Confidence {
  ConfidenceLevel level = ConfidenceLevel::kLow;
  double margin = 0;  // score points between the first and second stack
  std::string why;
};

// One answer changed. "team.skills.go" = "working" means an engineer with
// working Go joins the team.
struct AnswerChange {
  std::string field;   // the answer's path: "product.ai_ml", "team.skills.go"
  std::string value;   // the new answer as it would be written: "core"
  std::string change;  // a sentence: "If AI/ML were core"
};

// One or two answers changed, and the winner they would give. `field`,
// `value` and `change` repeat the first change (schema 1.0 had only one);
// `change` then says all of them in one sentence.
struct WhatIf {
  std::string field;
  std::string value;
  std::string change;
  std::vector<AnswerChange> changes;  // one or two
  std::string new_stack;
  std::string new_stack_name;
  double new_margin = 0;  // the new winner's lead over the old winner
};

// What it would take for the stack the founder leans toward to win: the
// smallest set of answer changes (up to three) found, or none.
struct LeaningPath {
  std::string stack;
  std::string stack_name;
  bool found = false;
  std::vector<AnswerChange> changes;
  std::string summary;  // one sentence either way
};

// Several founders (engine/group.h): what each one's own answers recommend.
struct FounderPick {
  std::string name;
  std::string_view stack;  // id
  std::string_view stack_name;
};

// One founder's answer to a question on which the founders differ. The
// value is written as text: an enum's wire name, "true" or "false", a
// number, "null" for no answer, a list's items joined by "," (sorted).
struct FounderAnswer {
  std::string founder;
  std::string value;
};

// The winner if the founders settled the question on `value`.
struct SettledWinner {
  std::string value;
  std::string stack;  // id
  std::string stack_name;
};

struct Disagreement {
  std::string field;                   // "product.ai_ml"
  std::vector<FounderAnswer> answers;  // one per founder, in founder order
  bool changes_winner = false;
  // One per distinct value, in the order the founders first gave them.
  std::vector<SettledWinner> winners;
  // In words: "AI/ML: Ana says none, Ben says core. If you agree on none,
  // Node.js; on core, Python."
  std::string summary;
};

struct KnowledgeBaseRef {
  std::string version;
  std::string sha256;
};

struct Recommendation {
  int schema_version = 1;
  int schema_minor = 1;  // additive changes within version 1 (docs/schema.md)
  Headline recommendation;
  Confidence confidence;
  Robustness robustness;
  std::vector<StackScore> ranking;
  std::vector<Item> tensions;
  std::vector<Item> warnings;
  std::vector<CheckResult> checklist;
  std::vector<Item> advice;
  std::vector<Item> revisit_triggers;
  std::vector<WhatIf> what_if;
  std::optional<LeaningPath> leaning_path;  // with a leaning that did not win
  KnowledgeBaseRef knowledge_base;
  // Only with two or more founders (engine/group.h); empty otherwise.
  std::vector<FounderPick> founders;
  // Those that change the winner first, then in schema order.
  std::vector<Disagreement> disagreements;
};

// The choice as a reader says it: "Python with FastAPI", and "Ruby on
// Rails" rather than "Ruby on Rails with Rails".
std::string StackWithFramework(std::string_view stack_name,
                               std::string_view framework);
std::string StackWithFramework(const Headline& headline);

std::string_view Name(CheckStatus status);     // "pass", "warn", ...
std::string_view Name(ConfidenceLevel level);  // "low", "medium", "high"

}  // namespace engine
