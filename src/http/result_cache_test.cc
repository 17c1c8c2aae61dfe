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

TEST(ResultCache, ABodySharingASlotReplacesTheOlderOne) {
  ResultCache cache;
  for (int round = 0; round < 2; ++round) {
    for (int i = 0; i < 1000; ++i)
      cache.Insert(std::to_string(i), std::to_string(i));
  }
  int remembered = 0;
  for (int i = 0; i < 1000; ++i) {
    if (const std::string* answer = cache.Find(std::to_string(i))) {
      EXPECT_EQ(*answer, std::to_string(i));
      ++remembered;
    }
  }
  EXPECT_LE(remembered, static_cast<int>(ResultCache::kSlots));
}

}  // namespace
}  // namespace http
