#include "profile_generator.h"

#include <algorithm>
#include <string>

#include "kb/load.h"

namespace properties {

namespace {

// The ids of the built-in knowledge base: what a profile may name.
const std::vector<std::string>& LanguageIds() {
  static const std::vector<std::string> ids =
      kb::DefaultKnowledgeBase().LanguageIds();
  return ids;
}
const std::vector<std::string>& StackIds() {
  static const std::vector<std::string> ids =
      kb::DefaultKnowledgeBase().StackIds();
  return ids;
}

}  // namespace

std::vector<std::string> ProfileGenerator::DistinctLanguages(int max) {
  const int count = static_cast<int>(Below(static_cast<uint64_t>(max) + 1));
  std::vector<std::string> out;
  while (static_cast<int>(out.size()) < count) {
    const std::string& value = LanguageIds()[Below(LanguageIds().size())];
    if (std::find(out.begin(), out.end(), value) == out.end())
      out.push_back(value);
  }
  return out;
}

template <typename Enum>
std::vector<Enum> ProfileGenerator::DistinctOf(int max) {
  const int count = static_cast<int>(Below(static_cast<uint64_t>(max) + 1));
  std::vector<Enum> out;
  while (static_cast<int>(out.size()) < count) {
    const Enum value = AnyOf<Enum>();
    if (std::find(out.begin(), out.end(), value) == out.end()) {
      out.push_back(value);
    }
  }
  return out;
}

engine::TeamMember ProfileGenerator::NextMember(int index) {
  engine::TeamMember member;
  if (Coin()) member.name = "Member " + std::to_string(index + 1);
  for (const std::string& language : DistinctLanguages(3)) {
    member.skills[language] = AnyOf<engine::SkillLevel>();
  }
  return member;
}

engine::Product ProfileGenerator::NextProduct() {
  engine::Product p;
  p.ai_ml = AnyOf<engine::AiMl>();
  p.ai_ml_approach = AnyOf<engine::AiMlApproach>();
  p.realtime = AnyOf<engine::Realtime>();
  p.workload = AnyOf<engine::Workload>();
  p.data_intensive = Coin();
  p.kind = AnyOf<engine::ProductKind>();
  p.performance_differentiator = Coin();
  p.server_rendering = Coin();
  // Around the article's 10,000-50,000 requests/s, and far from it.
  constexpr int64_t kPeaks[] = {1,      500,    9'999,  10'000,
                                30'000, 50'000, 50'001, 2'000'000};
  if (Coin()) p.expected_peak_rps = kPeaks[Below(std::size(kPeaks))];
  return p;
}

engine::Company ProfileGenerator::NextCompany() {
  engine::Company c;
  c.engineers_now = static_cast<int64_t>(Below(13));
  // Mostly growth, sometimes a shrinking team (a real plan, accepted).
  c.engineers_in_12_months = static_cast<int64_t>(Below(31));
  c.hiring_region = AnyOf<engine::HiringRegion>();
  c.launched = Coin();
  if (Coin()) c.current_backend = LanguageIds()[Below(LanguageIds().size())];
  c.planned_languages = DistinctLanguages(3);
  return c;
}

engine::Leaning ProfileGenerator::NextLeaning() {
  engine::Leaning leaning;
  if (Below(5) < 3) {
    leaning.stack = StackIds()[Below(StackIds().size())];
  }
  leaning.reasons = DistinctOf<engine::LeaningReason>(3);
  return leaning;
}

engine::Profile ProfileGenerator::Next() {
  engine::Profile profile;
  const int members = static_cast<int>(Below(6));
  for (int i = 0; i < members; ++i) profile.team.push_back(NextMember(i));
  profile.product = NextProduct();
  profile.company = NextCompany();
  profile.leaning = NextLeaning();
  return profile;
}

}  // namespace properties
