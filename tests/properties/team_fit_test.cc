// Property 2: team fit is monotone (issue 7, point 1; engine/scoring.h,
// TeamFitRating). Knowing the winner better never makes it lose, and no
// stack's team fit falls when someone joins or gains a level.
#include <gtest/gtest.h>

#include "engine/evaluate.h"
#include "engine/scoring.h"
#include "engine/what_if.h"
#include "kb/load.h"
#include "property_check.h"

namespace properties {
namespace {

using engine::Evaluate;
using engine::Profile;
using engine::SkillLevel;

const engine::Stack& StackNamed(const engine::KnowledgeBase& kb,
                                const std::string& id) {
  for (const engine::Stack& stack : kb.stacks) {
    if (stack.id == id) return stack;
  }
  ADD_FAILURE() << "no stack " << id;
  return kb.stacks.front();
}

SkillLevel LevelOf(const engine::TeamMember& member,
                   const std::string& language) {
  auto it = member.skills.find(language);
  return it == member.skills.end() ? SkillLevel::kNone : it->second;
}

SkillLevel OneUp(SkillLevel level) {
  return static_cast<SkillLevel>(static_cast<int>(level) + 1);
}

// The winner of a variant: a ranking without explanations
// (engine::RankWinner, checked against Evaluate in what_if_holds_test.cc),
// confirmed with Evaluate when it differs from `expected`.
std::string WinnerOf(const engine::KnowledgeBase& kb, const Profile& p,
                     const std::string& expected) {
  const std::string quick = kb.stacks[engine::RankWinner(kb, p)].id;
  return quick == expected ? quick : Winner(Evaluate(kb, p));
}

std::string Named(const engine::Stack& stack, const std::string& language,
                  SkillLevel level) {
  return std::string(engine::Name(level)) + " " + language + " (" + stack.id +
         ")";
}

TEST(TeamFit, RaisingALevelInTheWinnersLanguageKeepsTheWinner) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  EXPECT_TRUE(
      HoldsForAll(0x5eed0021, kProfiles,
                  [&](const Profile& p) -> std::optional<std::string> {
                    const std::string winner = Winner(Evaluate(kb, p));
                    const engine::Stack& stack = StackNamed(kb, winner);
                    for (size_t m = 0; m < p.team.size(); ++m) {
                      for (const engine::StackLanguage& l : stack.languages) {
                        const std::string& language = l.id;
                        const SkillLevel level = LevelOf(p.team[m], language);
                        if (level == SkillLevel::kExpert) continue;
                        Profile raised = p;
                        raised.team[m].skills[language] = OneUp(level);
                        const std::string now = WinnerOf(kb, raised, winner);
                        if (now != winner) {
                          return "raising member " + std::to_string(m) +
                                 " to " + Named(stack, language, OneUp(level)) +
                                 " turns the winner " + winner + " into " + now;
                        }
                      }
                    }
                    return std::nullopt;
                  }));
}

TEST(TeamFit, AMemberWhoKnowsTheWinnerJoiningKeepsTheWinner) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  EXPECT_TRUE(HoldsForAll(
      0x5eed0022, kProfiles,
      [&](const Profile& p) -> std::optional<std::string> {
        const std::string winner = Winner(Evaluate(kb, p));
        const engine::Stack& stack = StackNamed(kb, winner);
        for (const engine::StackLanguage& l : stack.languages) {
          const std::string& language = l.id;
          for (SkillLevel level : {SkillLevel::kWorking, SkillLevel::kExpert}) {
            Profile joined = p;
            joined.team.push_back(engine::TeamMember{"", {{language, level}}});
            const std::string now = WinnerOf(kb, joined, winner);
            if (now != winner) {
              return "a member with " + Named(stack, language, level) +
                     " joining turns the winner " + winner + " into " + now;
            }
          }
        }
        return std::nullopt;
      }));
}

TEST(TeamFit, NoStacksRatingFallsWhenSomeoneJoinsOrGainsALevel) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  const int stacks = static_cast<int>(kb.stacks.size());
  EXPECT_TRUE(HoldsForAll(
      0x5eed0023, kProfiles,
      [&](const Profile& p) -> std::optional<std::string> {
        for (int s = 0; s < stacks; ++s) {
          const double before = engine::TeamFitRating(kb, p.team, s);
          for (const std::string& language : kb.LanguageIds()) {
            for (SkillLevel level : {SkillLevel::kBasic, SkillLevel::kWorking,
                                     SkillLevel::kExpert}) {
              std::vector<engine::TeamMember> bigger = p.team;
              bigger.push_back(engine::TeamMember{"", {{language, level}}});
              if (engine::TeamFitRating(kb, bigger, s) < before) {
                return "stack " + kb.stacks[s].id +
                       " falls when a member with " +
                       std::string(engine::Name(level)) + " " + language +
                       " joins";
              }
            }
            for (size_t m = 0; m < p.team.size(); ++m) {
              const SkillLevel level = LevelOf(p.team[m], language);
              if (level == SkillLevel::kExpert) continue;
              std::vector<engine::TeamMember> better = p.team;
              better[m].skills[language] = OneUp(level);
              if (engine::TeamFitRating(kb, better, s) < before) {
                return "stack " + kb.stacks[s].id + " falls when member " +
                       std::to_string(m) + " gains a level in " + language;
              }
            }
          }
        }
        return std::nullopt;
      }));
}

}  // namespace
}  // namespace properties
