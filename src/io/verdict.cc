#include "io/verdict.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "base/text.h"

namespace io {
namespace {

// Team fit at or above this rating means someone on the team works in the
// stack (one working engineer rates 2.5: README, "Team fit").
constexpr double kTeamWorksInIt = 2.5;

const engine::CriterionScore* FindCriterion(const engine::StackScore& stack,
                                            std::string_view id) {
  for (const auto& c : stack.criteria) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

std::string LowerFirst(std::string text) {
  if (text.size() > 1 && text[0] >= 'A' && text[0] <= 'Z' &&
      ((text[1] >= 'a' && text[1] <= 'z') || text.starts_with("A "))) {
    text[0] = static_cast<char>(text[0] - 'A' + 'a');
  }
  return text;
}

std::string EndSentence(std::string text) {
  if (!text.empty() && text.back() != '.' && text.back() != '!' &&
      text.back() != '?') {
    text += '.';
  }
  return text;
}

// The warnings about the leaning, by title: "choice driven by benchmark
// numbers and rewrite after launch".
std::string MistakeTitles(const std::vector<engine::Item>& warnings) {
  std::vector<std::string> titles;
  for (const auto& w : warnings) {
    if (!w.title.empty() && w.id != "polyglot_trap") {
      titles.push_back(LowerFirst(std::string(w.title)));
    }
  }
  std::string out;
  for (size_t i = 0; i < titles.size(); ++i) {
    if (i > 0) out += i + 1 == titles.size() ? " and " : ", ";
    out += titles[i];
  }
  return out;
}

std::string LeaningSentence(const engine::Recommendation& result) {
  if (!result.leaning_path) return "";
  const auto& path = *result.leaning_path;
  const auto& h = result.recommendation;
  std::string text = "You lean toward " + path.stack_name + ". " +
                     WinnerVerb(result) + " " + std::string(h.stack_name);
  std::string mistakes = MistakeTitles(result.warnings);
  if (!mistakes.empty()) {
    text +=
        ": the leaning shows the article's common mistakes (" + mistakes + ").";
  } else {
    text += ": it fits your answers better.";
  }
  if (!path.summary.empty()) {
    text += ' ';  // not " " + ...: GCC 12 at -O3 warns (-Wrestrict), wrongly
    text += EndSentence(path.summary);
  }
  return text;
}

std::string StabilitySentence(const engine::Recommendation& result) {
  std::string text =
      "Confidence " + std::string(engine::Name(result.confidence.level));
  if (!result.robustness.summary.empty()) {
    return text + ": " + EndSentence(result.robustness.summary);
  }
  const double margin = result.confidence.margin;
  return text + (margin < 0 ? ": it trails by " : ": it leads by ") +
         base::OneDecimal(std::abs(margin)) + " points.";
}

std::vector<std::string> NextSteps(const engine::Recommendation& result) {
  std::vector<std::string> steps;
  auto add = [&steps](const std::string& text) {
    if (steps.size() < kNextSteps && !text.empty()) {
      steps.push_back(EndSentence(text));
    }
  };
  auto checks = [&](engine::CheckStatus status) {
    for (const auto& c : result.checklist) {
      if (c.status == status)
        add(c.reason.empty() ? std::string(c.item) : c.reason);
    }
  };
  checks(engine::CheckStatus::kFail);
  checks(engine::CheckStatus::kWarn);
  for (const auto& a : result.advice) add(a.message);
  checks(engine::CheckStatus::kTodo);
  return steps;
}

}  // namespace

std::string WinnerVerb(const engine::Recommendation& result) {
  if (result.ranking.empty()) return "Choose";
  const auto& winner = result.ranking.front();
  if (const auto* existing = FindCriterion(winner, "existing_backend");
      existing && existing->contribution > 0) {
    return "Keep";
  }
  if (const auto* team = FindCriterion(winner, "team_fit");
      team && team->rating >= kTeamWorksInIt) {
    return "Stay with";
  }
  return "Choose";
}

Verdict MakeVerdict(const engine::Recommendation& result) {
  Verdict v;
  v.choice = "Use " + engine::StackWithFramework(result.recommendation) + ".";
  v.leaning = LeaningSentence(result);
  v.stability = StabilitySentence(result);
  v.next_steps = NextSteps(result);
  return v;
}

}  // namespace io
