// Property 4: every what-if holds when the founder applies it
// (engine/what_if.h). Each change is applied by answer_changes.h, written
// from the field paths, and the changed profile evaluated from scratch.
#include <gtest/gtest.h>

#include <algorithm>

#include "answer_changes.h"
#include "engine/evaluate.h"
#include "engine/what_if.h"
#include "kb/load.h"
#include "property_check.h"

namespace properties {
namespace {

using engine::AnswerChange;
using engine::Evaluate;
using engine::Profile;

std::string Describe(const std::vector<AnswerChange>& changes) {
  std::string out;
  for (const AnswerChange& c : changes) {
    if (!out.empty()) out += ", ";
    out += c.field + " = " + c.value;
  }
  return "{" + out + "}";
}

// The winner after applying `changes`, or why they could not be applied.
base::Result<std::string> WinnerWith(const engine::KnowledgeBase& kb,
                                     const Profile& p,
                                     const std::vector<AnswerChange>& changes) {
  auto changed = WithChanges(p, changes);
  if (!changed) return changed.error();
  return Winner(Evaluate(kb, *changed));
}

// The same for the many single changes: a ranking without explanations
// (engine::RankWinner, checked against Evaluate by RankWinnerIsEvaluates);
// a stack it names is confirmed with Evaluate before it is reported.
base::Result<std::string> QuickWinnerWith(const engine::KnowledgeBase& kb,
                                          const Profile& p,
                                          const AnswerChange& change) {
  auto changed = WithChanges(p, {{change}});
  if (!changed) return changed.error();
  return kb.stacks[engine::RankWinner(kb, *changed)].id;
}

std::optional<std::string> WhatIfsHold(const engine::KnowledgeBase& kb,
                                       const Profile& p,
                                       const engine::Recommendation& result) {
  for (const engine::WhatIf& w : result.what_if) {
    if (w.changes.empty() || w.changes.size() > 2) {
      return "a what-if with " + std::to_string(w.changes.size()) + " changes";
    }
    if (w.field != w.changes[0].field || w.value != w.changes[0].value) {
      return "what-if field/value differ from its first change " +
             Describe(w.changes);
    }
    auto now = WinnerWith(kb, p, w.changes);
    if (!now) return "what-if " + now.error().ToString();
    if (*now != w.new_stack) {
      return "what-if " + Describe(w.changes) + " promises " + w.new_stack +
             " but gives " + *now;
    }
  }
  return std::nullopt;
}

std::optional<std::string> LeaningPathHolds(
    const engine::KnowledgeBase& kb, const Profile& p,
    const engine::Recommendation& result) {
  const auto& leaning = p.leaning.stack;
  const bool expected = leaning && *leaning != Winner(result);
  if (result.leaning_path.has_value() != expected) {
    return expected ? "no leaning path for a leaning that did not win"
                    : "a leaning path without a losing leaning";
  }
  if (!expected) return std::nullopt;
  const engine::LeaningPath& path = *result.leaning_path;
  if (path.stack != *leaning) return "the leaning path is for " + path.stack;
  if (path.found) {
    if (path.changes.empty() || path.changes.size() > 3) {
      return "a leaning path of " + std::to_string(path.changes.size()) +
             " changes";
    }
    auto now = WinnerWith(kb, p, path.changes);
    if (!now) return "leaning path " + now.error().ToString();
    if (*now != *leaning) {
      return "leaning path " + Describe(path.changes) + " promises " +
             *leaning + " but gives " + *now;
    }
    return std::nullopt;
  }
  for (const AnswerChange& change : SingleChanges(kb, p)) {
    auto now = QuickWinnerWith(kb, p, change);
    if (!now) return "single change " + now.error().ToString();
    if (*now == *leaning && *WinnerWith(kb, p, {change}) == *leaning) {
      return "no leaning path found, yet " + Describe({change}) + " alone " +
             "makes " + *leaning + " win";
    }
  }
  return std::nullopt;
}

// What a single change does, whichever language of a stack it names:
// "team.skills.typescript = expert" and "team.skills.javascript = expert"
// are the same change (an expert in Node.js joins).
std::string Key(const engine::KnowledgeBase& kb, const AnswerChange& change) {
  constexpr std::string_view kSkills = "team.skills.";
  if (!change.field.starts_with(kSkills)) {
    return change.field + " = " + change.value;
  }
  const std::optional<int> stack =
      kb.StackOfLanguage(std::string_view(change.field).substr(kSkills.size()));
  if (stack)
    return "a member with " + change.value + " " + kb.stacks[*stack].id +
           " joins";
  return change.field + " = " + change.value;
}

std::optional<std::string> EverySingleIsListed(
    const engine::KnowledgeBase& kb, const Profile& p,
    const engine::Recommendation& result) {
  const std::string winner = Winner(result);
  for (const AnswerChange& change : SingleChanges(kb, p)) {
    auto now = QuickWinnerWith(kb, p, change);
    if (!now) return "single change " + now.error().ToString();
    if (*now == winner || *WinnerWith(kb, p, {change}) == winner) continue;
    const bool listed =
        std::ranges::any_of(result.what_if, [&](const engine::WhatIf& w) {
          return w.changes.size() == 1 &&
                 Key(kb, w.changes[0]) == Key(kb, change) &&
                 w.new_stack == *now;
        });
    if (!listed) {
      return Key(kb, change) + " alone turns " + winner + " into " + *now +
             ", and no what-if says so";
    }
  }
  return std::nullopt;
}

TEST(WhatIfHolds, RankWinnerIsEvaluates) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  EXPECT_TRUE(HoldsForAll(
      0x5eed0040, kProfiles,
      [&](const Profile& p) -> std::optional<std::string> {
        const std::string quick = kb.stacks[engine::RankWinner(kb, p)].id;
        const std::string full = Winner(Evaluate(kb, p));
        if (quick == full) return std::nullopt;
        return "RankWinner says " + quick + ", Evaluate " + full;
      }));
}

TEST(WhatIfHolds, EveryWhatIfGivesTheStackItNames) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  int what_ifs = 0;
  EXPECT_TRUE(HoldsForAll(0x5eed0041, kProfiles,
                          [&](const Profile& p) -> std::optional<std::string> {
                            const engine::Recommendation result =
                                Evaluate(kb, p);
                            what_ifs += static_cast<int>(result.what_if.size());
                            return WhatIfsHold(kb, p, result);
                          }));
  EXPECT_GE(what_ifs, kProfiles) << "too few what-ifs to check";
}

TEST(WhatIfHolds, TheLeaningPathHoldsOrNoSingleChangeWouldDo) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  int found = 0;
  int not_found = 0;
  EXPECT_TRUE(
      HoldsForAll(0x5eed0042, kProfiles,
                  [&](const Profile& p) -> std::optional<std::string> {
                    const engine::Recommendation result = Evaluate(kb, p);
                    if (result.leaning_path)
                      ++(result.leaning_path->found ? found : not_found);
                    return LeaningPathHolds(kb, p, result);
                  }));
  EXPECT_GE(found, kProfiles / 10) << "too few leaning paths found";
  EXPECT_GE(not_found, kProfiles / 100) << "too few leaning paths not found";
}

// FindWhatIfs keeps every single change that changes the winner
// (engine/what_if.h); checked against the family drawn up in
// answer_changes.h.
TEST(WhatIfHolds, EverySingleChangeThatChangesTheWinnerIsListed) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  EXPECT_TRUE(HoldsForAll(0x5eed0043, kProfiles,
                          [&](const Profile& p) -> std::optional<std::string> {
                            return EverySingleIsListed(kb, p, Evaluate(kb, p));
                          }));
}

}  // namespace
}  // namespace properties
