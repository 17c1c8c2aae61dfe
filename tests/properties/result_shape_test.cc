// Property 6: the shape every result keeps (engine/recommendation.h):
// scores out of 100 that their contributions add up to, ranks 1..n in
// ranking order, one recommended framework per stack, and the whole
// checklist, each item once with a status.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <nlohmann/json.hpp>
#include <set>

#include "engine/evaluate.h"
#include "io/result_json.h"
#include "kb/load.h"
#include "property_check.h"

namespace properties {
namespace {

using engine::Evaluate;
using engine::Profile;
using engine::StackScore;

// Scores out of 100, ratings 0..5, weights >= 0, and the contributions
// add up to the score.
std::optional<std::string> ScoresAddUp(const StackScore& s) {
  if (!(s.score >= 0 && s.score <= 100)) {
    return std::string(s.stack) + " scores " + std::to_string(s.score);
  }
  double sum = 0;
  for (const engine::CriterionScore& c : s.criteria) {
    if (!(c.rating >= 0 && c.rating <= 5) || !(c.weight >= 0)) {
      return std::string(s.stack) + "'s " + std::string(c.id) + " has rating " +
             std::to_string(c.rating) + ", weight " + std::to_string(c.weight);
    }
    sum += c.contribution;
  }
  // Contributions are in tenths and add up to the score rounded to tenths.
  if (std::abs(sum - std::round(s.score * 10) / 10) > 1e-6) {
    return std::string(s.stack) + "'s contributions add up to " +
           std::to_string(sum) + ", not its score " + std::to_string(s.score);
  }
  return std::nullopt;
}

// Ranks 1..n; eligible stacks first, then by score, ties in knowledge-base
// order; every stack once.
std::optional<std::string> RanksInOrder(const engine::KnowledgeBase& kb,
                                        const engine::Recommendation& r) {
  if (r.ranking.size() != kb.stacks.size()) return "not every stack is ranked";
  auto kb_index = [&](std::string_view id) {
    return std::ranges::find(kb.stacks, id, &engine::Stack::id) -
           kb.stacks.begin();
  };
  std::set<std::string> seen;
  for (size_t i = 0; i < r.ranking.size(); ++i) {
    const StackScore& s = r.ranking[i];
    if (s.rank != static_cast<int>(i) + 1) {
      return std::string(s.stack) + " at position " + std::to_string(i + 1) +
             " has rank " + std::to_string(s.rank);
    }
    if (!seen.emplace(s.stack).second)
      return std::string(s.stack) + " is ranked twice";
    if (i == 0) continue;
    const StackScore& above = r.ranking[i - 1];
    const bool in_order = above.eligible != s.eligible
                              ? above.eligible
                              : above.score > s.score ||
                                    (above.score == s.score &&
                                     kb_index(above.stack) < kb_index(s.stack));
    if (!in_order)
      return std::string(above.stack) + " is ranked above " +
             std::string(s.stack);
  }
  return std::nullopt;
}

std::optional<std::string> OneFrameworkEach(const engine::Recommendation& r) {
  for (const StackScore& s : r.ranking) {
    const auto recommended = std::ranges::count(
        s.frameworks, true, &engine::FrameworkFit::recommended);
    if (recommended != 1) {
      return std::string(s.stack) + " has " + std::to_string(recommended) +
             " recommended frameworks";
    }
  }
  const StackScore& first = r.ranking.front();
  if (r.recommendation.stack != first.stack ||
      r.recommendation.framework != first.frameworks.front().name ||
      !first.frameworks.front().recommended) {
    return "the headline is not the first stack's recommended framework";
  }
  return std::nullopt;
}

std::optional<std::string> WholeChecklist(const engine::KnowledgeBase& kb,
                                          const nlohmann::json& shown) {
  const std::set<std::string> statuses = {"pass", "warn", "fail", "todo"};
  if (shown.size() != kb.checklist.size()) return "checklist size differs";
  for (const engine::ChecklistItem& item : kb.checklist) {
    const auto count = std::ranges::count_if(
        shown, [&](const nlohmann::json& c) { return c["id"] == item.id; });
    if (count != 1) {
      return "checklist item " + item.id + " appears " + std::to_string(count) +
             " times";
    }
  }
  for (const auto& c : shown) {
    if (!statuses.contains(c["status"].get<std::string>())) {
      return "checklist item " + c["id"].get<std::string>() + " has status " +
             c["status"].dump();
    }
  }
  return std::nullopt;
}

TEST(ResultShape, ScoresRanksFrameworksAndChecklistAreWellFormed) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  EXPECT_TRUE(HoldsForAll(0x5eed0061, kProfiles,
                          [&](const Profile& p) -> std::optional<std::string> {
                            const engine::Recommendation r = Evaluate(kb, p);
                            const nlohmann::json shown = nlohmann::json::parse(
                                io::RecommendationToJson(r, -1));
                            for (const StackScore& s : r.ranking) {
                              if (auto v = ScoresAddUp(s)) return v;
                            }
                            if (auto v = RanksInOrder(kb, r)) return v;
                            if (auto v = OneFrameworkEach(r)) return v;
                            return WholeChecklist(kb, shown["checklist"]);
                          }));
}

// As the result JSON shows them, one decimal place each, a stack's
// contributions add up to its score within half a tenth: what a reader
// adding up the breakdown expects.
TEST(ResultShape, ShownContributionsAddUpToTheShownScore) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  EXPECT_TRUE(HoldsForAll(0x5eed0062, kProfiles,
                          [&](const Profile& p) -> std::optional<std::string> {
                            const nlohmann::json shown = nlohmann::json::parse(
                                io::RecommendationToJson(Evaluate(kb, p), -1));
                            for (const auto& stack : shown["ranking"]) {
                              double sum = 0;
                              for (const auto& c : stack["criteria"]) {
                                sum += c["contribution"].get<double>();
                              }
                              const double score = stack["score"].get<double>();
                              if (std::abs(sum - score) > 0.05 + 1e-9) {
                                return stack["stack"].get<std::string>() +
                                       "'s shown contributions add up to " +
                                       std::to_string(sum) +
                                       ", not its shown score " +
                                       std::to_string(score);
                              }
                            }
                            return std::nullopt;
                          }));
}

// The headline and the confidence say how far the winner is ahead of the
// runner-up, or behind it when team first put it on top: never a negative
// number of points.
TEST(ResultShape, MarginsAreSaidInWordsNotAsNegativePoints) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  EXPECT_TRUE(HoldsForAll(
      0x5eed0063, kProfiles,
      [&](const Profile& p) -> std::optional<std::string> {
        const engine::Recommendation r = Evaluate(kb, p);
        for (const std::string& text :
             {r.recommendation.summary, r.confidence.why}) {
          for (size_t at = text.find(" -"); at != std::string::npos;
               at = text.find(" -", at + 1)) {
            if (at + 2 < text.size() &&
                std::isdigit(static_cast<unsigned char>(text[at + 2]))) {
              return "a negative number in: " + text;
            }
          }
        }
        return std::nullopt;
      }));
}

}  // namespace
}  // namespace properties
