// Properties 3 and 5: the article's judgement as rules, not weights.
//
// Team first (question 1, "team expertise trumps all other factors at
// startup stage"; checklist item 1): when someone knows a stack well, the
// winner is a stack someone knows well, unless the article itself pulls
// elsewhere -- core ML in-house points to Python (question 2), and a
// launched product keeps its backend (FAQ, "Can you switch backend
// languages later"). And leaving a launched backend is always flagged
// (Common Mistakes: rewriting after launch).
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

#include "engine/evaluate.h"
#include "engine/what_if.h"
#include "kb/load.h"
#include "property_check.h"

namespace properties {
namespace {

using engine::Evaluate;
using engine::Profile;
using engine::SkillLevel;

// The article's "knows well", computed from the knowledge base's languages.
bool KnowsWell(const Profile& p, const engine::Stack& stack) {
  for (const engine::TeamMember& member : p.team) {
    for (const auto& [language, level] : member.skills) {
      if (level >= SkillLevel::kWorking &&
          std::ranges::count(stack.languages, language,
                             &engine::StackLanguage::id) > 0) {
        return true;
      }
    }
  }
  return false;
}

const engine::Stack* StackOfLanguage(const engine::KnowledgeBase& kb,
                                     const std::string& language) {
  for (const engine::Stack& stack : kb.stacks) {
    for (const engine::StackLanguage& l : stack.languages) {
      if (l.id == language) return &stack;
    }
  }
  return nullptr;
}

const engine::Stack& StackNamed(const engine::KnowledgeBase& kb,
                                const std::string& id) {
  return *std::ranges::find(kb.stacks, id, &engine::Stack::id);
}

// The stacks the article lets win over one the team knows.
bool AdmittedByTheArticle(const engine::KnowledgeBase& kb, const Profile& p,
                          const std::string& stack) {
  using engine::AiMlApproach;
  const engine::Product& product = p.product;
  if (stack == "python" && product.ai_ml == engine::AiMl::kCore &&
      (product.ai_ml_approach == AiMlApproach::kUnknown ||
       product.ai_ml_approach == AiMlApproach::kOwnModels)) {
    return true;
  }
  const auto& backend = p.company.current_backend;
  return p.company.launched && backend &&
         StackOfLanguage(kb, *backend)->id == stack;
}

// A warning of this kind that is about `stack` (names it).
bool WarnsAbout(const engine::Recommendation& result, std::string_view id,
                const std::string& stack_name) {
  return std::ranges::any_of(result.warnings, [&](const engine::Item& item) {
    return item.id == id && item.message.find(stack_name) != std::string::npos;
  });
}

TEST(Judgement, TheWinnerIsAStackTheTeamKnowsUnlessTheArticleSaysOtherwise) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  int applies = 0;
  EXPECT_TRUE(HoldsForAll(
      0x5eed0031, kProfiles,
      [&](const Profile& p) -> std::optional<std::string> {
        if (std::ranges::none_of(kb.stacks, [&](const engine::Stack& s) {
              return KnowsWell(p, s);
            })) {
          return std::nullopt;
        }
        ++applies;
        const engine::Recommendation result = Evaluate(kb, p);
        const engine::Stack& winner = StackNamed(kb, Winner(result));
        if (KnowsWell(p, winner)) return std::nullopt;
        if (!AdmittedByTheArticle(kb, p, winner.id)) {
          return winner.id +
                 " wins, which nobody on the team knows well, while "
                 "someone knows another stack well";
        }
        return std::nullopt;
      }));
  EXPECT_GE(applies, kProfiles / 2) << "too few teams know a stack well";
}

// The winner when nobody knows it well, and the stack the warning should name.
struct Unfamiliar {
  engine::Recommendation result;
  std::string winner_id;
  std::string winner_name;
};
std::optional<Unfamiliar> UnfamiliarWinner(const engine::KnowledgeBase& kb,
                                           const Profile& p) {
  if (std::ranges::none_of(
          kb.stacks, [&](const engine::Stack& s) { return KnowsWell(p, s); })) {
    return std::nullopt;
  }
  engine::Recommendation result = Evaluate(kb, p);
  const engine::Stack& winner = StackNamed(kb, Winner(result));
  if (KnowsWell(p, winner)) return std::nullopt;
  return Unfamiliar{std::move(result), winner.id, winner.name};
}

TEST(Judgement, AWinnerNobodyKnowsWellIsWarnedAbout) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  int applies = 0;
  EXPECT_TRUE(HoldsForAll(0x5eed0032, kProfiles,
                          [&](const Profile& p) -> std::optional<std::string> {
                            const auto unfamiliar = UnfamiliarWinner(kb, p);
                            if (!unfamiliar) return std::nullopt;
                            ++applies;
                            if (!HasWarning(unfamiliar->result,
                                            "unfamiliar_language")) {
                              return unfamiliar->winner_id +
                                     " wins, nobody knows it well, and there "
                                     "is no unfamiliar_language warning";
                            }
                            return std::nullopt;
                          }));
  EXPECT_GE(applies, kProfiles / 50) << "too few unfamiliar winners";
}

// Stricter: the warning is about the winner, not only about the leaning
// (both rules give the id unfamiliar_language, and the first one to fire
// is the one kept).
TEST(Judgement, TheUnfamiliarLanguageWarningNamesTheWinner) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  EXPECT_TRUE(HoldsForAll(
      0x5eed0033, kProfiles,
      [&](const Profile& p) -> std::optional<std::string> {
        const auto unfamiliar = UnfamiliarWinner(kb, p);
        if (!unfamiliar || WarnsAbout(unfamiliar->result, "unfamiliar_language",
                                      unfamiliar->winner_name)) {
          return std::nullopt;
        }
        return unfamiliar->winner_id +
               " wins and nobody knows it well, but no "
               "unfamiliar_language warning names " +
               unfamiliar->winner_name;
      }));
}

// Leaving a launched backend is rare (keeping it weighs 14), so each
// generated profile is tried launched on every language in turn. Returns the
// first backend the winner leaves without `flagged` holding.
std::optional<std::string> LeftWithoutFlag(
    const engine::KnowledgeBase& kb, const Profile& p, int& applies,
    const std::function<bool(const engine::Recommendation&,
                             const engine::Stack&)>& flagged) {
  for (const std::string& backend : kb.LanguageIds()) {
    Profile launched = p;
    launched.company.launched = true;
    launched.company.current_backend = backend;
    // A ranking without explanations first: most launched products keep
    // their backend (engine::RankWinner is checked against Evaluate in
    // what_if_holds_test.cc).
    const std::string& kept = StackOfLanguage(kb, backend)->id;
    if (kb.stacks[engine::RankWinner(kb, launched)].id == kept) continue;
    const engine::Recommendation result = Evaluate(kb, launched);
    const engine::Stack& winner = StackNamed(kb, Winner(result));
    if (winner.id == kept) continue;
    ++applies;
    if (!flagged(result, winner)) {
      return winner.id +
             " wins with company.launched = true and "
             "company.current_backend = " +
             backend;
    }
  }
  return std::nullopt;
}

TEST(Judgement, LeavingALaunchedBackendIsAlwaysFlagged) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  int applies = 0;
  EXPECT_TRUE(HoldsForAll(
      0x5eed0051, kProfiles,
      [&](const Profile& p) -> std::optional<std::string> {
        auto left = LeftWithoutFlag(
            kb, p, applies,
            [](const engine::Recommendation& result, const engine::Stack&) {
              return HasWarning(result, "rewrite_after_launch");
            });
        if (left) return *left + " with no rewrite_after_launch warning";
        return std::nullopt;
      }));
  EXPECT_GE(applies, kProfiles / 100) << "too few launched backends left";
}

// Stricter: the warning says the recommendation itself is a rewrite, not
// only that the leaning would be (both rules give rewrite_after_launch).
TEST(Judgement, TheRewriteWarningNamesTheWinner) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  int applies = 0;
  EXPECT_TRUE(HoldsForAll(
      0x5eed0052, kProfiles,
      [&](const Profile& p) -> std::optional<std::string> {
        auto left = LeftWithoutFlag(
            kb, p, applies,
            [](const engine::Recommendation& result,
               const engine::Stack& winner) {
              return WarnsAbout(result, "rewrite_after_launch", winner.name);
            });
        if (left)
          return *left + " with no rewrite_after_launch warning naming it";
        return std::nullopt;
      }));
}

}  // namespace
}  // namespace properties
