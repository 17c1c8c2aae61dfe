#include "answer_changes.h"

#include <gtest/gtest.h>

#include "io/profile_json.h"

namespace properties {
namespace {

using engine::AnswerChange;
using engine::Profile;

TEST(AnswerChanges, EachDocumentedFieldChangesItsAnswer) {
  const std::vector<AnswerChange> changes = {
      {"product.ai_ml", "core", ""},
      {"product.ai_ml_approach", "own_models", ""},
      {"product.realtime", "some", ""},
      {"product.workload", "cpu_bound", ""},
      {"product.kind", "devtools", ""},
      {"product.data_intensive", "true", ""},
      {"product.performance_differentiator", "true", ""},
      {"product.server_rendering", "true", ""},
      {"company.launched", "true", ""},
      {"company.engineers_in_12_months", "11", ""},
  };
  auto changed = WithChanges(Profile{}, changes);
  ASSERT_TRUE(changed) << changed.error().ToString();

  Profile expected;
  expected.product.ai_ml = engine::AiMl::kCore;
  expected.product.ai_ml_approach = engine::AiMlApproach::kOwnModels;
  expected.product.realtime = engine::Realtime::kSome;
  expected.product.workload = engine::Workload::kCpuBound;
  expected.product.kind = engine::ProductKind::kDevtools;
  expected.product.data_intensive = true;
  expected.product.performance_differentiator = true;
  expected.product.server_rendering = true;
  expected.company.launched = true;
  expected.company.engineers_in_12_months = 11;
  EXPECT_EQ(io::ProfileToJson(*changed), io::ProfileToJson(expected));
}

TEST(AnswerChanges, ATeamSkillIsANewMemberWithThatOneSkill) {
  Profile p;
  p.team = {{"Ana", {{"go", engine::SkillLevel::kExpert}}}};
  auto changed = WithChanges(p, {{{"team.skills.go", "working", ""}}});
  ASSERT_TRUE(changed) << changed.error().ToString();

  Profile expected = p;
  expected.team.push_back({"", {{"go", engine::SkillLevel::kWorking}}});
  EXPECT_EQ(io::ProfileToJson(*changed), io::ProfileToJson(expected));
}

TEST(AnswerChanges, UnknownFieldsAndValuesAreRefusedByPath) {
  Profile p;
  auto field = ApplyChange({"company.hiring_region", "europe", ""}, p);
  ASSERT_FALSE(field);
  EXPECT_EQ(field.error().ToString(),
            "company.hiring_region: not a field a what-if may change");
  auto value = ApplyChange({"product.ai_ml", "yes", ""}, p);
  ASSERT_FALSE(value);
  EXPECT_EQ(value.error().ToString(),
            "product.ai_ml: not an accepted value: \"yes\"");
  auto count = ApplyChange({"company.engineers_in_12_months", "3.5", ""}, p);
  ASSERT_FALSE(count);
  EXPECT_EQ(count.error().ToString(),
            "company.engineers_in_12_months: expected a whole number: \"3.5\"");
}

}  // namespace
}  // namespace properties
