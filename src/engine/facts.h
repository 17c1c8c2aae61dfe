// Facts: the profile seen as a flat list of named values that rules test.
//
// The knowledge base's rules never see the Profile struct; they name facts
// ("product.ai_ml", "team.level.go", "recommended.stack") and the kb loader
// compiles each name to a FactId once, so that evaluating a rule is a few
// integer comparisons (the what-if search re-ranks dozens of times per
// request). Every value is a double: an enum is its index, a bool is 0 or 1,
// a set is a bit mask, a number is itself. A fact may be absent (no leaning,
// no expected peak); every test on an absent fact is false except
// `present = false`.
//
// Facts named "recommended.*" exist only after ranking; rules that change
// criterion weights may not use them (the loader rejects it).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/profile.h"

namespace engine {

enum class FactKind : uint8_t {
  kEnum,  // one of `values`
  kSet,   // any subset of `values`
  kBool,
  kNumber,
};

// The facts every knowledge base has, then one "team.level.<stack>" fact
// per stack of the loaded base, at TeamLevelFact(stack index).
enum class FactId : uint8_t {
  kAiMl,
  kAiMlApproach,
  kRealtime,
  kWorkload,
  kDataIntensive,
  kProductKind,
  kPerformanceDifferentiator,
  kServerRendering,
  kExpectedPeakRps,
  kEngineersNow,
  kEngineersIn12Months,
  kPlannedHires,  // engineers_in_12_months - engineers_now (may be < 0)
  kHiringRegion,
  kLaunched,
  kCurrentBackend,     // the stack of company.current_backend
  kPlannedStackCount,  // distinct stacks planned, plus a launched backend
  kLeaningStack,
  kLeaningReasons,
  kLeaningTeamLevel,
  kLeaningIsCurrentBackend,  // present only with a leaning and a current
                             // backend
  kTeamSize,
  kTeamBestStack,
  kTeamBestLevel,
  kTeamStrongStackCount,
  kRecommendedStack,
  kRecommendedTeamLevel,
  kRecommendedTalentShare,
  kRecommendedIsCurrentBackend,
  kRecommendedIsLeaning,  // present only with a leaning
  kTeamLevelFirst,        // team.level.<stack>, one per stack, in stack order
};
// A knowledge base holds at most this many stacks (Eligibility is a mask).
inline constexpr int kMaxStacks = 32;
inline constexpr int kFactCount =
    static_cast<int>(FactId::kTeamLevelFirst) + kMaxStacks;

inline FactId TeamLevelFact(int stack) {
  return static_cast<FactId>(static_cast<int>(FactId::kTeamLevelFirst) + stack);
}

struct FactInfo {
  FactId id;
  std::string name;  // "product.ai_ml", "team.level.go"
  FactKind kind;
  std::vector<std::string> values;  // for kEnum and kSet: wire names in order
  bool after_ranking;               // a "recommended.*" fact
  bool stack_valued;                // an enum whose values are the stack ids
};

// Every fact of a knowledge base with these stacks, in FactId order.
std::vector<FactInfo> FactTable(std::span<const std::string> stack_ids);

struct FactValue {
  bool present = false;
  double value = 0;
};

using Facts = std::array<FactValue, kFactCount>;

struct KnowledgeBase;

// The profile's facts; the "recommended.*" ones are left absent.
Facts FactsOf(const KnowledgeBase& kb, const Profile& profile);

// One member's best level in each stack of the base, indexed like
// kb.stacks: one lookup per listed skill, so that callers that need every
// stack (facts, team fit, the what-if search) do not look each up again.
using StackLevels = std::array<SkillLevel, kMaxStacks>;

// Re-derive the facts of one part of a profile in place.
void SetProductFacts(const Product& product, Facts& facts);
void SetTeamFacts(const KnowledgeBase& kb, std::span<const TeamMember> team,
                  const Leaning& leaning, Facts& facts);
// The same from the team's best level per stack and its size, for a caller
// that already holds them (the what-if search adds members without
// looking every skill up again).
void SetTeamFactsFromLevels(const KnowledgeBase& kb, const StackLevels& levels,
                            size_t team_size, const Leaning& leaning,
                            Facts& facts);

StackLevels MemberLevels(const KnowledgeBase& kb, const TeamMember& member);

// The best skill level anyone on the team has, per stack.
StackLevels TeamLevels(const KnowledgeBase& kb,
                       std::span<const TeamMember> team);

// The best skill level anyone on the team has in a language of the stack.
SkillLevel TeamLevel(const KnowledgeBase& kb, std::span<const TeamMember> team,
                     int stack_index);
inline SkillLevel TeamLevel(const KnowledgeBase& kb, const Profile& profile,
                            int stack_index) {
  return TeamLevel(kb, profile.team, stack_index);
}

}  // namespace engine
