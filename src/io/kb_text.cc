#include "io/kb_text.h"

#include <string_view>

#include "base/text.h"
#include "engine/facts.h"
#include "engine/recommendation.h"

namespace io {
namespace {

using engine::FactInfo;
using engine::FactKind;
using engine::FactTest;
using engine::TestOp;

std::string_view RatingSourceText(engine::RatingSource source) {
  switch (source) {
    case engine::RatingSource::kStatic:
      return "rated per stack below";
    case engine::RatingSource::kTeamSkill:
      return "rated from the team's skills";
    case engine::RatingSource::kTalentPool:
      return "rated from the talent pool";
    case engine::RatingSource::kCurrentBackend:
      return "rated 5 for the current backend, else 0";
  }
  return "";
}

// The values whose bits are set in `mask`, in the fact's value order.
std::string MaskValues(const FactInfo& info, uint64_t mask) {
  std::vector<std::string_view> values;
  for (size_t i = 0; i < info.values.size(); ++i) {
    if (mask & (uint64_t{1} << i)) values.push_back(info.values[i]);
  }
  return base::Join(values, ", ");
}

bool SingleBit(uint64_t mask) { return mask != 0 && (mask & (mask - 1)) == 0; }

// "product.ai_ml is one of planned, core", "company.engineers_now >= 10".
std::string DescribeTest(const engine::KnowledgeBase& kb,
                         const FactTest& test) {
  const FactInfo& info = kb.Info(test.fact);
  std::string fact(info.name);
  std::string values = MaskValues(info, test.mask);
  bool one = SingleBit(test.mask);
  switch (test.op) {
    case TestOp::kIn:
      return fact + (one ? " is " : " is one of ") + values;
    case TestOp::kNotIn:
      return fact + (one ? " is not " : " is none of ") + values;
    case TestOp::kHasAny:
      return fact + (one ? " contains " : " contains any of ") + values;
    case TestOp::kHasAll:
      return fact + " contains all of " + values;
    case TestOp::kHasNone:
      return fact + " contains none of " + values;
    case TestOp::kEq:
      if (info.kind == FactKind::kBool) {
        return fact + " is " + (test.number != 0 ? "true" : "false");
      }
      return fact + " = " + base::ExactNumber(test.number);
    case TestOp::kLt:
      return fact + " < " + base::ExactNumber(test.number);
    case TestOp::kLe:
      return fact + " <= " + base::ExactNumber(test.number);
    case TestOp::kGt:
      return fact + " > " + base::ExactNumber(test.number);
    case TestOp::kGe:
      return fact + " >= " + base::ExactNumber(test.number);
    case TestOp::kPresent:
      return fact + " is known";
    case TestOp::kAbsent:
      return fact + " is not known";
  }
  return fact;
}

std::string DescribeTests(const engine::KnowledgeBase& kb,
                          const std::vector<FactTest>& tests) {
  std::string out;
  for (const FactTest& test : tests) {
    if (!out.empty()) out += " and ";
    out += DescribeTest(kb, test);
  }
  return out;
}

std::string SignedNumber(double value) {
  std::string text = base::ExactNumber(value);
  if (value >= 0) text.insert(text.begin(), '+');
  return text;
}

void ShowCriteria(const engine::KnowledgeBase& kb, std::string& out) {
  out += "\nCriteria (in report order)\n";
  for (const engine::Criterion& c : kb.criteria) {
    out += "  " + c.id + " (" + c.name + "): weight " +
           base::ExactNumber(c.base_weight) + ", " +
           std::string(RatingSourceText(c.rating_source)) + "\n";
    if (!c.description.empty()) out += "    " + c.description + "\n";
    out += "    source: " + c.source + "\n";
  }
}

void ShowList(std::string_view title, const std::vector<std::string>& items,
              std::string& out) {
  if (items.empty()) return;
  out += "    " + std::string(title) + ":\n";
  for (const std::string& item : items) out += "      - " + item + "\n";
}

void ShowStack(const engine::KnowledgeBase& kb, const engine::Stack& stack,
               std::string& out) {
  out += "  " + stack.id + " (" + stack.name + ")" +
         (stack.extension ? ", an extension beyond the article" : "") + "\n";
  std::vector<std::string_view> languages;
  for (const engine::StackLanguage& language : stack.languages) {
    languages.push_back(language.id);
  }
  out += "    languages: " + base::Join(languages, ", ") + "\n";
  out += "    " + stack.summary + "\n";
  out += "    talent pool: " + base::ExactNumber(stack.talent.share_percent) +
         "% (" + stack.talent.survey + ", " +
         std::to_string(stack.talent.year) + ")\n";
  out += "    frameworks:\n";
  for (const engine::Framework& framework : stack.frameworks) {
    out += "      - " + framework.name +
           (framework.is_default ? " (default)" : "") + ": " + framework.fit +
           "\n";
    if (!framework.when.empty()) {
      out += "        when " + DescribeTests(kb, framework.when) + "\n";
    }
  }
  out += "    ratings:\n";
  for (size_t i = 0; i < kb.criteria.size() && i < stack.ratings.size(); ++i) {
    if (kb.criteria[i].rating_source != engine::RatingSource::kStatic) continue;
    out += "      " + kb.criteria[i].id + ": " +
           base::ExactNumber(stack.ratings[i].value) + "/5, " +
           stack.ratings[i].why + "\n";
  }
  ShowList("strengths", stack.strengths, out);
  ShowList("concerns", stack.concerns, out);
  out += "    source: " + stack.source + "\n";
}

void ShowFinding(std::string_view kind,
                 const std::optional<engine::Finding>& finding,
                 std::string& out) {
  if (!finding) return;
  out += "    " + std::string(kind) + " " + finding->id + ": " +
         finding->message + "\n";
}

void ShowRule(const engine::KnowledgeBase& kb, const engine::Rule& rule,
              std::string& out) {
  out += "  " + rule.id +
         (rule.before_ranking() ? " (before ranking)" : " (after ranking)") +
         "\n";
  out += "    source: " + rule.source + "\n";
  out += "    when: " +
         (rule.when.empty() ? "always" : DescribeTests(kb, rule.when)) + "\n";
  if (!rule.unless.empty())
    out += "    unless: " + DescribeTests(kb, rule.unless) + "\n";
  if (!rule.weights.empty()) {
    std::string weights;
    for (const auto& [criterion, weight] : rule.weights) {
      if (!weights.empty()) weights += ", ";
      weights += kb.criteria[static_cast<size_t>(criterion)].id + " " +
                 SignedNumber(weight);
    }
    out += "    weights: " + weights + "\n";
  }
  ShowFinding("warning", rule.warning, out);
  if (rule.checklist) {
    out += "    checklist " + rule.checklist->id + " = " +
           std::string(engine::Name(rule.checklist_status)) + ": " +
           rule.checklist->message + "\n";
  }
  ShowFinding("advice", rule.advice, out);
  ShowFinding("tension", rule.tension, out);
  ShowFinding("revisit", rule.revisit, out);
}

}  // namespace

std::string KnowledgeBaseToText(const engine::KnowledgeBase& kb) {
  std::string out = "Knowledge base " + kb.version + "\n";
  out += "sha256: " + kb.sha256 + "\n";
  const engine::RobustnessSettings& robustness = kb.robustness;
  out += "confidence: high when the winner ranks first in " +
         base::ExactNumber(100 * kb.confidence.high_share) +
         "% of samples or more, medium from " +
         base::ExactNumber(100 * kb.confidence.medium_share) + "%\n";
  out += "robustness: " + std::to_string(robustness.samples) +
         " samples, weights times 1 ± " +
         base::ExactNumber(robustness.weight_spread) + ", ratings ± " +
         base::ExactNumber(robustness.rating_spread) + "\n";
  ShowCriteria(kb, out);
  out += "\nStacks\n";
  for (const engine::Stack& stack : kb.stacks) ShowStack(kb, stack, out);
  out += "\nWarnings\n";
  for (const engine::WarningKind& w : kb.warnings) {
    out += "  " + w.id + ": " + w.title + "\n    source: " + w.source + "\n";
  }
  out += "\nChecklist\n";
  for (const engine::ChecklistItem& c : kb.checklist) {
    out += "  " + c.id + ": " + c.item + "\n    source: " + c.source + "\n";
  }
  out += "\nRules (in evaluation order)\n";
  for (const engine::Rule& rule : kb.rules) ShowRule(kb, rule, out);
  return out;
}

}  // namespace io
