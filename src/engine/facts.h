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
#include <string_view>

#include "engine/profile.h"

namespace engine {

enum class FactKind : uint8_t {
  kEnum,    // one of `values`
  kSet,     // any subset of `values`
  kBool,
  kNumber,
};

enum class FactId : uint8_t {
  kAiMl, kAiMlApproach, kRealtime, kWorkload, kDataIntensive, kProductKind,
  kPerformanceDifferentiator, kServerRendering, kExpectedPeakRps,
  kEngineersNow, kEngineersIn12Months,
  kPlannedHires,          // engineers_in_12_months - engineers_now (may be < 0)
  kHiringRegion, kLaunched,
  kCurrentBackend,        // the stack of company.current_backend
  kPlannedStackCount,     // distinct stacks among company.planned_languages
  kLeaningStack, kLeaningReasons, kLeaningTeamLevel,
  kLeaningIsCurrentBackend,  // present only with a leaning and a current backend
  kTeamSize, kTeamBestStack, kTeamBestLevel, kTeamStrongStackCount,
  kTeamLevelPython, kTeamLevelNode, kTeamLevelGo, kTeamLevelRuby,
  kTeamLevelJava, kTeamLevelCsharp, kTeamLevelElixir, kTeamLevelRust,
  kTeamLevelPhp,
  kRecommendedStack, kRecommendedTeamLevel, kRecommendedTalentShare,
  kRecommendedIsCurrentBackend,
  kCount,
};
inline constexpr int kFactCount = static_cast<int>(FactId::kCount);

struct FactInfo {
  FactId id;
  std::string_view name;                     // "product.ai_ml"
  FactKind kind;
  std::span<const std::string_view> values;  // for kEnum and kSet
  bool after_ranking;                        // a "recommended.*" fact
};

// Every fact, in FactId order.
std::span<const FactInfo> AllFacts();
const FactInfo& Info(FactId id);
std::optional<FactId> FindFact(std::string_view name);

struct FactValue {
  bool present = false;
  double value = 0;
};

using Facts = std::array<FactValue, kFactCount>;

// The stack a language belongs to, as an index into kStackIds.
int StackOf(Language language);

// The profile's facts; the "recommended.*" ones are left absent.
Facts FactsOf(const Profile& profile);

// Re-derive the facts of one part of a profile in place, so the what-if
// search can change one answer without copying the whole profile.
void SetProductFacts(const Product& product, Facts& facts);
void SetTeamFacts(std::span<const TeamMember> team, const Leaning& leaning,
                  Facts& facts);

// The best skill level anyone on the team has in a language of the stack.
SkillLevel TeamLevel(std::span<const TeamMember> team, int stack_index);
inline SkillLevel TeamLevel(const Profile& profile, int stack_index) {
  return TeamLevel(profile.team, stack_index);
}

}  // namespace engine
