#include "io/kb_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "engine/test_knowledge_base.h"

namespace io {
namespace {

using engine::test_kb::OneStackKnowledgeBase;
using nlohmann::json;

TEST(KnowledgeBaseToJson,
     GivesTheConfidenceThresholdsAndTheRobustnessSettings) {
  auto doc = json::parse(KnowledgeBaseToJson(OneStackKnowledgeBase()));
  EXPECT_EQ(doc["confidence"]["high_share"], 0.9);
  EXPECT_EQ(doc["confidence"]["medium_share"], 0.65);
  EXPECT_EQ(doc["robustness"], json({{"weight_spread", 0.5},
                                     {"rating_spread", 0.5},
                                     {"samples", 4096}}));
}

TEST(KnowledgeBaseToJson, ListsTheEnumsAFormNeeds) {
  auto doc = json::parse(KnowledgeBaseToJson(OneStackKnowledgeBase()));
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
  auto doc = json::parse(KnowledgeBaseToJson(OneStackKnowledgeBase()));
  const auto& python = doc["stacks"][0];
  EXPECT_EQ(python["id"], "python");
  EXPECT_EQ(python["name"], "Python");
  EXPECT_EQ(python["languages"], json({"python"}));
  EXPECT_EQ(
      python["ratings"].dump(),
      R"({"ai_ml":{"rating":5.0,"why":"the AI/ML ecosystem lives here"}})");
  EXPECT_EQ(python["frameworks"][0]["default"], true);
  EXPECT_EQ(python["talent"]["year"], 2024);
}

// The web page labels stacks from these fields alone (web/kb_names.js):
// "Python (FastAPI / Django)"; languages take their language_names.
TEST(KnowledgeBaseToJson, StacksGiveTheNamesThePageShowsInKnowledgeBaseOrder) {
  auto doc = json::parse(KnowledgeBaseToJson(OneStackKnowledgeBase()));
  const auto& python = doc["stacks"][0];
  EXPECT_EQ(python["name"], "Python");
  EXPECT_EQ(
      python["frameworks"].dump(),
      R"([{"default":true,"fit":"APIs and AI services.","name":"FastAPI"},)"
      R"({"default":false,"fit":"Admin-heavy products.","name":"Django"}])");
}

TEST(KnowledgeBaseToJson, RulesNameTheirEffects) {
  auto doc = json::parse(KnowledgeBaseToJson(OneStackKnowledgeBase()));
  EXPECT_EQ(doc["version"], "2026.1");
  EXPECT_EQ(doc["criteria"][0]["rating"], "team_skill");
  EXPECT_EQ(
      doc["rules"][0].dump(),
      R"({"advice":null,"checklist":null,"extension":false,"id":"q2_ai_core",)"
      R"("revisit":null,"source":"question 2","tension":null,"warning":null,)"
      R"("weights":{"ai_ml":6.0,"team_fit":-0.5}})");
  const auto& polyglot = doc["rules"][1];
  EXPECT_EQ(polyglot["warning"], "polyglot_trap");
  EXPECT_EQ(polyglot["checklist"], "team_skill");
  EXPECT_EQ(polyglot["checklist_status"], "warn");
  EXPECT_EQ(polyglot["advice"], "capacity");
}

}  // namespace
}  // namespace io
