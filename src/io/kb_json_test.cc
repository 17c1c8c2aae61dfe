#include "io/kb_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace io {
namespace {

using nlohmann::json;

engine::KnowledgeBase TinyKnowledgeBase() {
  engine::KnowledgeBase kb;
  kb.version = "test.1";
  kb.sha256 = "abc";
  kb.criteria = {
      {"team_fit", "Team fit", "skills", engine::RatingSource::kTeamSkill, 4,
       "Q1"},
      {"ai_ml", "AI/ML", "ecosystem", engine::RatingSource::kStatic, 1, "Q2"}};
  engine::Stack python;
  python.id = "python";
  python.name = "Python";
  python.languages = {{"python", "Python"}};
  python.frameworks = {{"FastAPI", "async APIs", {}, true}};
  python.ratings = {{0, ""}, {5, "best ML libraries"}};
  python.talent = {51, "Stack Overflow Developer Survey", 2024};
  kb.stacks = {python};
  engine::IndexStacks(kb);
  kb.warnings = {{"polyglot_trap", "Polyglot trap", "The Polyglot Trap"}};
  kb.checklist = {{"team_skill", "Team skill first", "Checklist"}};
  engine::Rule rule;
  rule.id = "q2_ai";
  rule.source = "Q2";
  rule.weights = {{1, 6.0}};
  rule.checklist = engine::Finding{"team_skill", "ok"};
  rule.checklist_status = engine::CheckStatus::kPass;
  kb.rules = {rule};
  return kb;
}

TEST(KnowledgeBaseToJson, GivesTheConfidenceThresholdsAndTheRobustnessSettings) {
  auto doc = json::parse(KnowledgeBaseToJson(TinyKnowledgeBase()));
  EXPECT_EQ(doc["confidence"]["high_share"], 0.9);
  EXPECT_EQ(doc["confidence"]["medium_share"], 0.65);
  EXPECT_EQ(doc["robustness"],
            json({{"weight_spread", 0.5}, {"rating_spread", 0.5}, {"samples", 4096}}));
}

TEST(KnowledgeBaseToJson, ListsTheEnumsAFormNeeds) {
  auto doc = json::parse(KnowledgeBaseToJson(TinyKnowledgeBase()));
  EXPECT_EQ(doc["enums"]["ai_ml"], json({"none", "planned", "core"}));
  // Stacks and languages are the base's own (this one has only Python).
  EXPECT_EQ(doc["enums"]["stack"], json({"python"}));
  EXPECT_EQ(doc["enums"]["language"], json({"python"}));
  EXPECT_EQ(doc["stacks"][0]["language_names"], json({{"python", "Python"}}));
  EXPECT_EQ(doc["enums"]["skill_level"].size(), 4u);
  EXPECT_EQ(doc["enums"]["leaning_reason"].size(), 6u);
  EXPECT_EQ(doc["enums"]["hiring_region"].size(), 8u);
  EXPECT_EQ(doc["enums"]["kind"].size(), 9u);
  EXPECT_EQ(doc["enums"]["workload"].size(), 4u);
  EXPECT_EQ(doc["enums"]["realtime"].size(), 3u);
}

TEST(KnowledgeBaseToJson, StacksKeepOnlyStaticRatingsByCriterionId) {
  auto doc = json::parse(KnowledgeBaseToJson(TinyKnowledgeBase()));
  const auto& python = doc["stacks"][0];
  EXPECT_EQ(python["id"], "python");
  EXPECT_EQ(python["name"], "Python");
  EXPECT_EQ(python["languages"], json({"python"}));
  EXPECT_EQ(python["ratings"].dump(),
            R"({"ai_ml":{"rating":5.0,"why":"best ML libraries"}})");
  EXPECT_EQ(python["frameworks"][0]["default"], true);
  EXPECT_EQ(python["talent"]["year"], 2024);
}

TEST(KnowledgeBaseToJson, RulesNameTheirEffects) {
  auto doc = json::parse(KnowledgeBaseToJson(TinyKnowledgeBase()));
  EXPECT_EQ(doc["version"], "test.1");
  EXPECT_EQ(doc["criteria"][0]["rating"], "team_skill");
  EXPECT_EQ(
      doc["rules"][0].dump(),
      R"({"advice":null,"checklist":"team_skill","checklist_status":"pass",)"
      R"("extension":false,"id":"q2_ai","revisit":null,"source":"Q2",)"
      R"("tension":null,"warning":null,"weights":{"ai_ml":6.0}})");
}

}  // namespace
}  // namespace io
