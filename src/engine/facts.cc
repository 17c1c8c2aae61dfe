#include "engine/facts.h"

#include <algorithm>
#include <cassert>

#include "engine/knowledge_base.h"

namespace engine {
namespace {

template <typename Enum>
std::vector<std::string> Values() {
  std::vector<std::string> out;
  for (std::string_view name : Names(Enum{})) out.emplace_back(name);
  return out;
}

FactValue Value(double v) { return FactValue{true, v}; }

// The stack of a language; the profile was validated against the base.
int StackOf(const KnowledgeBase& kb, std::string_view language) {
  const std::optional<int> stack = kb.StackOfLanguage(language);
  assert(stack);
  return stack.value_or(0);
}

}  // namespace

std::vector<FactInfo> FactTable(std::span<const std::string> stack_ids) {
  const std::vector<std::string> stacks(stack_ids.begin(), stack_ids.end());
  const std::vector<std::string> level = Values<SkillLevel>();
  const std::vector<std::string> none;  // bool and number facts
  auto fact = [](FactId id, std::string name, FactKind kind,
                 std::vector<std::string> values, bool after_ranking = false,
                 bool stack_valued = false) {
    return FactInfo{
        id,          std::move(name), kind, std::move(values), after_ranking,
        stack_valued};
  };
  std::vector<FactInfo> t = {
      fact(FactId::kAiMl, "product.ai_ml", FactKind::kEnum, Values<AiMl>()),
      fact(FactId::kAiMlApproach, "product.ai_ml_approach", FactKind::kEnum,
           Values<AiMlApproach>()),
      fact(FactId::kRealtime, "product.realtime", FactKind::kEnum,
           Values<Realtime>()),
      fact(FactId::kWorkload, "product.workload", FactKind::kEnum,
           Values<Workload>()),
      fact(FactId::kDataIntensive, "product.data_intensive", FactKind::kBool,
           none),
      fact(FactId::kProductKind, "product.kind", FactKind::kEnum,
           Values<ProductKind>()),
      fact(FactId::kPerformanceDifferentiator,
           "product.performance_differentiator", FactKind::kBool, none),
      fact(FactId::kServerRendering, "product.server_rendering",
           FactKind::kBool, none),
      fact(FactId::kExpectedPeakRps, "product.expected_peak_rps",
           FactKind::kNumber, none),
      fact(FactId::kEngineersNow, "company.engineers_now", FactKind::kNumber,
           none),
      fact(FactId::kEngineersIn12Months, "company.engineers_in_12_months",
           FactKind::kNumber, none),
      fact(FactId::kPlannedHires, "company.planned_hires", FactKind::kNumber,
           none),
      fact(FactId::kHiringRegion, "company.hiring_region", FactKind::kEnum,
           Values<HiringRegion>()),
      fact(FactId::kLaunched, "company.launched", FactKind::kBool, none),
      fact(FactId::kCurrentBackend, "company.current_backend", FactKind::kEnum,
           stacks, false, true),
      fact(FactId::kPlannedStackCount, "company.planned_stack_count",
           FactKind::kNumber, none),
      fact(FactId::kLeaningStack, "leaning.stack", FactKind::kEnum, stacks,
           false, true),
      fact(FactId::kLeaningReasons, "leaning.reasons", FactKind::kSet,
           Values<LeaningReason>()),
      fact(FactId::kLeaningTeamLevel, "leaning.team_level", FactKind::kEnum,
           level),
      fact(FactId::kLeaningIsCurrentBackend, "leaning.is_current_backend",
           FactKind::kBool, none),
      fact(FactId::kTeamSize, "team.size", FactKind::kNumber, none),
      fact(FactId::kTeamBestStack, "team.best_stack", FactKind::kEnum, stacks,
           false, true),
      fact(FactId::kTeamBestLevel, "team.best_level", FactKind::kEnum, level),
      fact(FactId::kTeamStrongStackCount, "team.strong_stack_count",
           FactKind::kNumber, none),
      fact(FactId::kRecommendedStack, "recommended.stack", FactKind::kEnum,
           stacks, true, true),
      fact(FactId::kRecommendedTeamLevel, "recommended.team_level",
           FactKind::kEnum, level, true),
      fact(FactId::kRecommendedTalentShare, "recommended.talent_share",
           FactKind::kNumber, none, true),
      fact(FactId::kRecommendedIsCurrentBackend,
           "recommended.is_current_backend", FactKind::kBool, none, true),
      fact(FactId::kRecommendedIsLeaning, "recommended.is_leaning",
           FactKind::kBool, none, true),
  };
  for (size_t s = 0; s < stacks.size(); ++s) {
    t.push_back(fact(TeamLevelFact(static_cast<int>(s)),
                     "team.level." + stacks[s], FactKind::kEnum, level));
  }
  for (size_t i = 0; i < t.size(); ++i)
    assert(static_cast<size_t>(t[i].id) == i);
  return t;
}

StackLevels MemberLevels(const KnowledgeBase& kb, const TeamMember& member) {
  StackLevels levels{};  // kNone everywhere
  for (const auto& [language, level] : member.skills) {
    if (const std::optional<int> stack = kb.StackOfLanguage(language)) {
      levels[*stack] = std::max(levels[*stack], level);
    }
  }
  return levels;
}

StackLevels TeamLevels(const KnowledgeBase& kb,
                       std::span<const TeamMember> team) {
  StackLevels best{};
  for (const TeamMember& member : team) {
    const StackLevels levels = MemberLevels(kb, member);
    for (size_t s = 0; s < kb.stacks.size(); ++s)
      best[s] = std::max(best[s], levels[s]);
  }
  return best;
}

SkillLevel TeamLevel(const KnowledgeBase& kb, std::span<const TeamMember> team,
                     int stack_index) {
  return TeamLevels(kb, team)[stack_index];
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

void SetTeamFacts(const KnowledgeBase& kb, std::span<const TeamMember> team,
                  const Leaning& leaning, Facts& f) {
  SetTeamFactsFromLevels(kb, TeamLevels(kb, team), team.size(), leaning, f);
}

void SetTeamFactsFromLevels(const KnowledgeBase& kb, const StackLevels& levels,
                            size_t team_size, const Leaning& leaning,
                            Facts& f) {
  auto set = [&f](FactId id, double v) { f[static_cast<int>(id)] = Value(v); };
  set(FactId::kTeamSize, static_cast<double>(team_size));
  SkillLevel best_level = SkillLevel::kNone;
  int best_stack = -1;
  int strong = 0;
  for (int s = 0; s < static_cast<int>(kb.stacks.size()); ++s) {
    const SkillLevel level = levels[s];
    set(TeamLevelFact(s), static_cast<double>(level));
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
        static_cast<double>(levels[static_cast<int>(stack.value)]));
  }
}

Facts FactsOf(const KnowledgeBase& kb, const Profile& profile) {
  Facts f{};
  auto set = [&f](FactId id, double v) { f[static_cast<int>(id)] = Value(v); };
  SetProductFacts(profile.product, f);

  const Company& c = profile.company;
  set(FactId::kEngineersNow, static_cast<double>(c.engineers_now));
  set(FactId::kEngineersIn12Months,
      static_cast<double>(c.engineers_in_12_months));
  set(FactId::kPlannedHires,
      static_cast<double>(c.engineers_in_12_months - c.engineers_now));
  set(FactId::kHiringRegion, static_cast<double>(c.hiring_region));
  set(FactId::kLaunched, c.launched);
  if (c.current_backend)
    set(FactId::kCurrentBackend, StackOf(kb, *c.current_backend));
  // A launched backend is a language in use, whether or not the founder
  // lists it again among the planned ones: adding Go beside a live Rails
  // product makes two backend languages.
  uint64_t planned_stacks = 0;
  if (c.launched && c.current_backend) {
    planned_stacks |= uint64_t{1} << StackOf(kb, *c.current_backend);
  }
  for (const LanguageId& language : c.planned_languages) {
    planned_stacks |= uint64_t{1} << StackOf(kb, language);
  }
  set(FactId::kPlannedStackCount, __builtin_popcountll(planned_stacks));

  const Leaning& l = profile.leaning;
  if (l.stack) {
    const std::optional<int> index = kb.StackIndex(*l.stack);
    assert(index);
    set(FactId::kLeaningStack, index.value_or(0));
    if (c.current_backend) {
      set(FactId::kLeaningIsCurrentBackend,
          StackOf(kb, *c.current_backend) == *index);
    }
  }
  uint64_t reasons = 0;
  for (LeaningReason r : l.reasons)
    reasons |= uint64_t{1} << static_cast<int>(r);
  set(FactId::kLeaningReasons, static_cast<double>(reasons));

  SetTeamFacts(kb, profile.team, l, f);
  return f;
}

}  // namespace engine
