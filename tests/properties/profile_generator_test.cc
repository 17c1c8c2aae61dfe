#include "profile_generator.h"

#include "kb/load.h"

#include <gtest/gtest.h>

#include <set>

#include "io/profile_json.h"
#include "property_check.h"

namespace properties {
namespace {

using engine::Profile;

TEST(ProfileGenerator, TheSameSeedGivesTheSameProfiles) {
  ProfileGenerator a(42);
  ProfileGenerator b(42);
  ProfileGenerator other(43);
  int differ = 0;
  for (int i = 0; i < 100; ++i) {
    const std::string json = io::ProfileToJson(a.Next());
    EXPECT_EQ(io::ProfileToJson(b.Next()), json) << "profile " << i;
    differ += io::ProfileToJson(other.Next()) != json;
  }
  EXPECT_EQ(differ, 100);
}

TEST(ProfileGenerator, EveryProfileReadsBackFromItsJson) {
  ProfileGenerator generator(7);
  for (int i = 0; i < kProfiles; ++i) {
    const std::string json = io::ProfileToJson(generator.Next());
    auto parsed = io::ParseProfile(json, kb::DefaultKnowledgeBase());
    ASSERT_TRUE(parsed) << parsed.error().ToString() << "\n" << json;
    ASSERT_EQ(io::ProfileToJson(*parsed), json);
  }
}

TEST(ProfileGenerator, DrawsEveryTeamSizeLevelAndApproach) {
  ProfileGenerator generator(7);
  std::set<size_t> team_sizes;
  std::set<engine::SkillLevel> levels;
  std::set<engine::AiMlApproach> approaches;
  int launched_with_backend = 0;
  int leaning_with_reasons = 0;
  for (int i = 0; i < 500; ++i) {
    const Profile p = generator.Next();
    team_sizes.insert(p.team.size());
    for (const auto& member : p.team) {
      for (const auto& [language, level] : member.skills) levels.insert(level);
    }
    approaches.insert(p.product.ai_ml_approach);
    launched_with_backend += p.company.launched && p.company.current_backend;
    leaning_with_reasons += p.leaning.stack && !p.leaning.reasons.empty();
  }
  EXPECT_EQ(team_sizes, (std::set<size_t>{0, 1, 2, 3, 4, 5}));
  EXPECT_EQ(levels.size(), 4u);
  EXPECT_EQ(approaches.size(), 3u);
  EXPECT_GT(launched_with_backend, 50);
  EXPECT_GT(leaning_with_reasons, 100);
}

}  // namespace
}  // namespace properties
