#include "engine/facts.h"

#include <algorithm>
#include <cassert>

namespace engine {
namespace {

std::span<const std::string_view> StackIds() { return kStackIds; }

// Built once; order must match FactId.
const std::array<FactInfo, kFactCount>& Table() {
  static const std::array<FactInfo, kFactCount> table = [] {
    auto level = Names(SkillLevel{});
    const std::span<const std::string_view> none;  // bool and number facts
    std::array<FactInfo, kFactCount> t = {{
        {FactId::kAiMl, "product.ai_ml", FactKind::kEnum, Names(AiMl{}), false},
        {FactId::kAiMlApproach, "product.ai_ml_approach", FactKind::kEnum, Names(AiMlApproach{}), false},
        {FactId::kRealtime, "product.realtime", FactKind::kEnum, Names(Realtime{}), false},
        {FactId::kWorkload, "product.workload", FactKind::kEnum, Names(Workload{}), false},
        {FactId::kDataIntensive, "product.data_intensive", FactKind::kBool, none, false},
        {FactId::kProductKind, "product.kind", FactKind::kEnum, Names(ProductKind{}), false},
        {FactId::kPerformanceDifferentiator, "product.performance_differentiator", FactKind::kBool, none, false},
        {FactId::kServerRendering, "product.server_rendering", FactKind::kBool, none, false},
        {FactId::kExpectedPeakRps, "product.expected_peak_rps", FactKind::kNumber, none, false},
        {FactId::kEngineersNow, "company.engineers_now", FactKind::kNumber, none, false},
        {FactId::kEngineersIn12Months, "company.engineers_in_12_months", FactKind::kNumber, none, false},
        {FactId::kPlannedHires, "company.planned_hires", FactKind::kNumber, none, false},
        {FactId::kHiringRegion, "company.hiring_region", FactKind::kEnum, Names(HiringRegion{}), false},
        {FactId::kLaunched, "company.launched", FactKind::kBool, none, false},
        {FactId::kCurrentBackend, "company.current_backend", FactKind::kEnum, StackIds(), false},
        {FactId::kPlannedStackCount, "company.planned_stack_count", FactKind::kNumber, none, false},
        {FactId::kLeaningStack, "leaning.stack", FactKind::kEnum, StackIds(), false},
        {FactId::kLeaningReasons, "leaning.reasons", FactKind::kSet, Names(LeaningReason{}), false},
        {FactId::kLeaningTeamLevel, "leaning.team_level", FactKind::kEnum, level, false},
        {FactId::kLeaningIsCurrentBackend, "leaning.is_current_backend", FactKind::kBool, none, false},
        {FactId::kTeamSize, "team.size", FactKind::kNumber, none, false},
        {FactId::kTeamBestStack, "team.best_stack", FactKind::kEnum, StackIds(), false},
        {FactId::kTeamBestLevel, "team.best_level", FactKind::kEnum, level, false},
        {FactId::kTeamStrongStackCount, "team.strong_stack_count", FactKind::kNumber, none, false},
        {FactId::kTeamLevelPython, "team.level.python", FactKind::kEnum, level, false},
        {FactId::kTeamLevelNode, "team.level.node", FactKind::kEnum, level, false},
        {FactId::kTeamLevelGo, "team.level.go", FactKind::kEnum, level, false},
        {FactId::kTeamLevelRuby, "team.level.ruby", FactKind::kEnum, level, false},
        {FactId::kTeamLevelJava, "team.level.java", FactKind::kEnum, level, false},
        {FactId::kTeamLevelCsharp, "team.level.csharp", FactKind::kEnum, level, false},
        {FactId::kTeamLevelElixir, "team.level.elixir", FactKind::kEnum, level, false},
        {FactId::kTeamLevelRust, "team.level.rust", FactKind::kEnum, level, false},
        {FactId::kTeamLevelPhp, "team.level.php", FactKind::kEnum, level, false},
        {FactId::kRecommendedStack, "recommended.stack", FactKind::kEnum, StackIds(), true},
        {FactId::kRecommendedTeamLevel, "recommended.team_level", FactKind::kEnum, level, true},
        {FactId::kRecommendedTalentShare, "recommended.talent_share", FactKind::kNumber, none, true},
        {FactId::kRecommendedIsCurrentBackend, "recommended.is_current_backend", FactKind::kBool, none, true},
    }};
    for (int i = 0; i < kFactCount; ++i) {
      assert(static_cast<int>(t[i].id) == i);
    }
    return t;
  }();
  return table;
}

// Stack index of each Language, in Language order.
constexpr int kStackOfLanguage[kLanguageCount] = {
    0,  // python
    1,  // javascript -> node
    1,  // typescript -> node
    2,  // go
    3,  // ruby
    4,  // java
    4,  // kotlin -> java
    5,  // csharp
    6,  // elixir
    7,  // rust
    8,  // php
};

FactValue Value(double v) { return FactValue{true, v}; }

}  // namespace

std::span<const FactInfo> AllFacts() { return Table(); }

const FactInfo& Info(FactId id) { return Table()[static_cast<int>(id)]; }

std::optional<FactId> FindFact(std::string_view name) {
  for (const FactInfo& info : Table()) {
    if (info.name == name) return info.id;
  }
  return std::nullopt;
}

int StackOf(Language language) {
  return kStackOfLanguage[static_cast<int>(language)];
}

SkillLevel TeamLevel(std::span<const TeamMember> team, int stack_index) {
  SkillLevel best = SkillLevel::kNone;
  for (const TeamMember& member : team) {
    for (const auto& [language, level] : member.skills) {
      if (StackOf(language) == stack_index) best = std::max(best, level);
    }
  }
  return best;
}

void SetProductFacts(const Product& p, Facts& f) {
  auto set = [&f](FactId id, double v) { f[static_cast<int>(id)] = Value(v); };
  set(FactId::kAiMl, static_cast<double>(p.ai_ml));
  set(FactId::kAiMlApproach, static_cast<double>(p.ai_ml_approach));
  set(FactId::kRealtime, static_cast<double>(p.realtime));
  set(FactId::kWorkload, static_cast<double>(p.workload));
  set(FactId::kDataIntensive, p.data_intensive);
  set(FactId::kProductKind, static_cast<double>(p.kind));
  set(FactId::kPerformanceDifferentiator, p.performance_differentiator);
  set(FactId::kServerRendering, p.server_rendering);
  f[static_cast<int>(FactId::kExpectedPeakRps)] =
      p.expected_peak_rps ? Value(static_cast<double>(*p.expected_peak_rps))
                          : FactValue{};
}

void SetTeamFacts(std::span<const TeamMember> team, const Leaning& leaning,
                  Facts& f) {
  auto set = [&f](FactId id, double v) { f[static_cast<int>(id)] = Value(v); };
  set(FactId::kTeamSize, static_cast<double>(team.size()));
  SkillLevel best_level = SkillLevel::kNone;
  int best_stack = -1;
  int strong = 0;
  for (int s = 0; s < static_cast<int>(kStackIds.size()); ++s) {
    const SkillLevel level = TeamLevel(team, s);
    set(static_cast<FactId>(static_cast<int>(FactId::kTeamLevelPython) + s),
        static_cast<double>(level));
    if (level >= SkillLevel::kWorking) ++strong;
    if (level > best_level) {  // strict: ties keep the earlier stack
      best_level = level;
      best_stack = s;
    }
  }
  f[static_cast<int>(FactId::kTeamBestStack)] =
      best_stack >= 0 ? Value(best_stack) : FactValue{};
  set(FactId::kTeamBestLevel, static_cast<double>(best_level));
  set(FactId::kTeamStrongStackCount, strong);
  if (leaning.stack) {
    const FactValue& stack = f[static_cast<int>(FactId::kLeaningStack)];
    assert(stack.present);
    set(FactId::kLeaningTeamLevel,
        static_cast<double>(TeamLevel(team, static_cast<int>(stack.value))));
  }
}

Facts FactsOf(const Profile& profile) {
  Facts f{};
  auto set = [&f](FactId id, double v) { f[static_cast<int>(id)] = Value(v); };
  SetProductFacts(profile.product, f);

  const Company& c = profile.company;
  set(FactId::kEngineersNow, static_cast<double>(c.engineers_now));
  set(FactId::kEngineersIn12Months, static_cast<double>(c.engineers_in_12_months));
  set(FactId::kPlannedHires,
      static_cast<double>(c.engineers_in_12_months - c.engineers_now));
  set(FactId::kHiringRegion, static_cast<double>(c.hiring_region));
  set(FactId::kLaunched, c.launched);
  if (c.current_backend) set(FactId::kCurrentBackend, StackOf(*c.current_backend));
  uint32_t planned_stacks = 0;
  for (Language language : c.planned_languages) {
    planned_stacks |= 1u << StackOf(language);
  }
  set(FactId::kPlannedStackCount, __builtin_popcount(planned_stacks));

  const Leaning& l = profile.leaning;
  if (l.stack) {
    auto it = std::find(kStackIds.begin(), kStackIds.end(), *l.stack);
    assert(it != kStackIds.end());
    const int index = static_cast<int>(it - kStackIds.begin());
    set(FactId::kLeaningStack, index);
    if (c.current_backend) {
      set(FactId::kLeaningIsCurrentBackend, StackOf(*c.current_backend) == index);
    }
  }
  uint64_t reasons = 0;
  for (LeaningReason r : l.reasons) reasons |= uint64_t{1} << static_cast<int>(r);
  set(FactId::kLeaningReasons, static_cast<double>(reasons));

  SetTeamFacts(profile.team, l, f);
  return f;
}

}  // namespace engine
