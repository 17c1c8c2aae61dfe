#include "shrink.h"

#include <cassert>
#include <vector>

namespace properties {
namespace {

using engine::Profile;

template <typename T>
void Reset(std::vector<Profile>& out, const Profile& profile,
           T Profile::*section, auto field) {
  Profile simpler = profile;
  const T defaults{};
  if (simpler.*section.*field == defaults.*field) return;
  simpler.*section.*field = defaults.*field;
  out.push_back(std::move(simpler));
}

void TeamSteps(std::vector<Profile>& out, const Profile& profile) {
  for (size_t m = 0; m < profile.team.size(); ++m) {
    Profile without = profile;
    without.team.erase(without.team.begin() + static_cast<ptrdiff_t>(m));
    out.push_back(std::move(without));
    if (!profile.team[m].name.empty()) {
      Profile unnamed = profile;
      unnamed.team[m].name.clear();
      out.push_back(std::move(unnamed));
    }
    for (const auto& [language, level] : profile.team[m].skills) {
      Profile fewer = profile;
      fewer.team[m].skills.erase(language);
      out.push_back(std::move(fewer));
      if (level != engine::SkillLevel::kNone) {
        Profile lower = profile;
        lower.team[m].skills[language] =
            static_cast<engine::SkillLevel>(static_cast<int>(level) - 1);
        out.push_back(std::move(lower));
      }
    }
  }
}

template <typename Section, typename T>
void DropEach(std::vector<Profile>& out, const Profile& profile,
              Section Profile::*section, std::vector<T> Section::*list) {
  for (size_t i = 0; i < (profile.*section.*list).size(); ++i) {
    Profile fewer = profile;
    auto& values = fewer.*section.*list;
    values.erase(values.begin() + static_cast<ptrdiff_t>(i));
    out.push_back(std::move(fewer));
  }
}

// Every profile one simplification away, the biggest simplifications first.
std::vector<Profile> Simpler(const Profile& p) {
  using engine::Company;
  using engine::Leaning;
  using engine::Product;
  std::vector<Profile> out;
  TeamSteps(out, p);
  Reset(out, p, &Profile::product, &Product::ai_ml);
  Reset(out, p, &Profile::product, &Product::ai_ml_approach);
  Reset(out, p, &Profile::product, &Product::realtime);
  Reset(out, p, &Profile::product, &Product::workload);
  Reset(out, p, &Profile::product, &Product::data_intensive);
  Reset(out, p, &Profile::product, &Product::kind);
  Reset(out, p, &Profile::product, &Product::performance_differentiator);
  Reset(out, p, &Profile::product, &Product::server_rendering);
  Reset(out, p, &Profile::product, &Product::expected_peak_rps);
  Reset(out, p, &Profile::company, &Company::engineers_now);
  Reset(out, p, &Profile::company, &Company::engineers_in_12_months);
  Reset(out, p, &Profile::company, &Company::hiring_region);
  Reset(out, p, &Profile::company, &Company::launched);
  Reset(out, p, &Profile::company, &Company::current_backend);
  DropEach(out, p, &Profile::company, &Company::planned_languages);
  Reset(out, p, &Profile::leaning, &Leaning::stack);
  DropEach(out, p, &Profile::leaning, &Leaning::reasons);
  return out;
}

}  // namespace

Profile Shrink(Profile profile, const Violates& violates) {
  assert(violates(profile));
  for (bool simplified = true; simplified;) {
    simplified = false;
    for (Profile& simpler : Simpler(profile)) {
      if (violates(simpler)) {
        profile = std::move(simpler);
        simplified = true;
        break;
      }
    }
  }
  return profile;
}

}  // namespace properties
