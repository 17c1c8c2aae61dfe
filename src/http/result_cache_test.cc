#include "http/result_cache.h"

#include <gtest/gtest.h>

namespace http {
namespace {

TEST(ResultCache, RemembersAnswersByExactBody) {
  ResultCache cache;
  EXPECT_EQ(cache.Find(R"({"team":[]})"), nullptr);
  cache.Insert(R"({"team":[]})", "answer");
  cache.Insert(R"({"team":[]})", "answer");
  ASSERT_NE(cache.Find(R"({"team":[]})"), nullptr);
  EXPECT_EQ(*cache.Find(R"({"team":[]})"), "answer");
  EXPECT_EQ(cache.Find(R"({"team": []})"), nullptr);
}

TEST(ResultCache, SkipsLargeBodies) {
  ResultCache cache;
  std::string large(ResultCache::kMaxBodyBytes + 1, ' ');
  cache.Insert(large, "answer");
  cache.Insert(large, "answer");
  EXPECT_EQ(cache.Find(large), nullptr);
}

// Varied traffic never hits the cache: copying each answer in was pure cost.
TEST(ResultCache, AdmitsOnlyABodySeenBefore) {
  ResultCache cache;
  cache.Insert("once", "answer");
  EXPECT_EQ(cache.Find("once"), nullptr);
  cache.Insert("once", "answer");
  ASSERT_NE(cache.Find("once"), nullptr);
}

// Two bodies whose hashes share a slot: the one answered last is kept, and
// the other is not mistaken for it.
TEST(ResultCache, ABodySharingASlotReplacesTheOlderOne) {
  const std::string first = "profile 0";
  std::string second;
  for (int i = 1; second.empty(); ++i) {
    const std::string candidate = "profile " + std::to_string(i);
    if (ResultCache::SlotOf(candidate) == ResultCache::SlotOf(first))
      second = candidate;
  }
  ResultCache cache;
  cache.Insert(first, "first answer");
  cache.Insert(first, "first answer");
  ASSERT_NE(cache.Find(first), nullptr);

  cache.Insert(second, "second answer");
  cache.Insert(second, "second answer");
  ASSERT_NE(cache.Find(second), nullptr);
  EXPECT_EQ(*cache.Find(second), "second answer");
  EXPECT_EQ(cache.Find(first), nullptr);
}

}  // namespace
}  // namespace http
