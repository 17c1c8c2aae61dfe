// Property 1: the same profile gives the same bytes, however it is copied
// and whichever load of the knowledge base evaluates it (engine/evaluate.h:
// pure and deterministic).
#include <gtest/gtest.h>

#include "engine/evaluate.h"
#include "io/profile_json.h"
#include "io/result_json.h"
#include "kb/load.h"
#include "property_check.h"

namespace properties {
namespace {

using engine::Evaluate;
using engine::Profile;
using io::RecommendationToJson;

TEST(Determinism, SameProfileGivesSameResultBytes) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  auto fresh = kb::LoadKnowledgeBase(kb::DefaultKnowledgeBaseText(),
                                     kb::kDefaultKnowledgeBaseName);
  ASSERT_TRUE(fresh) << fresh.error().ToString();

  EXPECT_TRUE(HoldsForAll(
      0x5eed0001, kProfiles,
      [&](const Profile& p) -> std::optional<std::string> {
        auto copy =
            io::ParseProfile(io::ProfileToJson(p), kb::DefaultKnowledgeBase());
        if (!copy)
          return "the profile does not parse back: " + copy.error().ToString();
        const std::string first = RecommendationToJson(Evaluate(kb, p));
        if (RecommendationToJson(Evaluate(kb, p)) != first) {
          return "a second evaluation differs from the first";
        }
        // A deep copy (read back from the profile's JSON) on the fresh base;
        // only when that differs, which of the two differs.
        if (RecommendationToJson(Evaluate(*fresh, *copy)) == first) {
          return std::nullopt;
        }
        if (RecommendationToJson(Evaluate(kb, *copy)) != first) {
          return "a deep copy of the profile gives other bytes";
        }
        return "a freshly loaded knowledge base gives other bytes";
      }));
}

}  // namespace
}  // namespace properties
