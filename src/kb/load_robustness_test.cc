#include "kb/load_robustness.h"

#include <gtest/gtest.h>

#include <string>

#include "engine/test_knowledge_base.h"
#include "kb/load.h"

namespace kb {
namespace {

// `first`, then the tiny test base.
base::Result<engine::KnowledgeBase> Load(const std::string& first) {
  return LoadKnowledgeBase(
      first + engine::test_kb::ToToml(engine::test_kb::TinyKnowledgeBase()),
      "kb.toml");
}

TEST(LoadRobustness, ReadsTheTableAndTheShareThresholds) {
  base::Result<engine::KnowledgeBase> kb = Load(R"([robustness]
weight_spread = 0.3
rating_spread = 1.0
samples = 8192

[confidence]
high_share = 0.95
medium_share = 0.7
)");
  ASSERT_TRUE(kb.has_value()) << kb.error().message;
  EXPECT_EQ(kb->robustness.weight_spread, 0.3);
  EXPECT_EQ(kb->robustness.rating_spread, 1.0);
  EXPECT_EQ(kb->robustness.samples, 8192);
  EXPECT_EQ(kb->confidence.high_share, 0.95);
  EXPECT_EQ(kb->confidence.medium_share, 0.7);
}

TEST(LoadRobustness, KeepsTheDocumentedDefaultsWithoutTheTable) {
  base::Result<engine::KnowledgeBase> kb = Load("");
  ASSERT_TRUE(kb.has_value()) << kb.error().message;
  EXPECT_EQ(kb->robustness.weight_spread, 0.5);
  EXPECT_EQ(kb->robustness.rating_spread, 0.5);
  EXPECT_EQ(kb->robustness.samples, 4096);
  EXPECT_EQ(kb->confidence.high_share, 0.9);
  EXPECT_EQ(kb->confidence.medium_share, 0.65);
}

// Reported in file order, like every other problem.
TEST(LoadRobustness, ReportsEveryValueOutOfRange) {
  base::Result<engine::KnowledgeBase> kb = Load(R"([robustness]
weight_spread = 1.5
rating_spread = -0.1
samples = 1000
spread = 1

[confidence]
high_share = 0.6
medium_share = 0.7
)");
  ASSERT_FALSE(kb.has_value());
  EXPECT_EQ(
      kb.error().message,
      "kb.toml:2:17: \"weight_spread\" must be between 0 and 1, got 1.5\n"
      "kb.toml:3:17: \"rating_spread\" must be between 0 and 2.5, got -0.1\n"
      "kb.toml:4:11: \"samples\" must be a multiple of 64 between 4096 and "
      "65536, "
      "got 1000\n"
      "kb.toml:5:1: unknown key \"spread\" in [robustness] (accepted: "
      "weight_spread, "
      "rating_spread, samples)\n"
      "kb.toml:7:1: \"high_share\" (0.6) must not be less than "
      "\"medium_share\" (0.7)");
}

}  // namespace
}  // namespace kb
