#include "shrink.h"

#include <gtest/gtest.h>

#include "io/profile_json.h"

namespace properties {
namespace {

using engine::Profile;
using engine::SkillLevel;

TEST(Shrink, KeepsOnlyTheAnswersTheViolationNeeds) {
  Profile big;
  big.team = {
      {"Ana", {{"python", SkillLevel::kBasic}, {"go", SkillLevel::kExpert}}},
      {"Bo", {{"ruby", SkillLevel::kWorking}}}};
  big.product.realtime = engine::Realtime::kCore;
  big.product.ai_ml = engine::AiMl::kPlanned;
  big.company.launched = true;
  big.company.current_backend = "ruby";
  big.company.planned_languages = {"go", "rust"};
  big.leaning.stack = "go";
  big.leaning.reasons = {engine::LeaningReason::kBenchmarks};
  // Violated whenever someone knows Go at working level or better and
  // real-time is core.
  auto violates = [](const Profile& p) {
    bool go = false;
    for (const auto& member : p.team) {
      auto it = member.skills.find("go");
      go = go ||
           (it != member.skills.end() && it->second >= SkillLevel::kWorking);
    }
    return go && p.product.realtime == engine::Realtime::kCore;
  };

  Profile expected;
  expected.team = {{"", {{"go", SkillLevel::kWorking}}}};
  expected.product.realtime = engine::Realtime::kCore;
  EXPECT_EQ(io::ProfileToJson(Shrink(big, violates)),
            io::ProfileToJson(expected));
}

}  // namespace
}  // namespace properties
