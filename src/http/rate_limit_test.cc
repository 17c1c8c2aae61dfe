#include "http/rate_limit.h"

#include <gtest/gtest.h>

namespace http {
namespace {

using std::chrono::seconds;

class RateLimitTest : public ::testing::Test {
 protected:
  std::chrono::system_clock::time_point now_{seconds(1'800'000'000)};
  RateLimit limit_{RateLimitOptions{3, seconds(10), false},
                   [this] { return now_; }};
};

TEST_F(RateLimitTest, AllowsABurstThenAsksToRetryAfterTheInterval) {
  EXPECT_EQ(limit_.Allow("10.0.0.1"), std::nullopt);
  EXPECT_EQ(limit_.Allow("10.0.0.1"), std::nullopt);
  EXPECT_EQ(limit_.Allow("10.0.0.1"), std::nullopt);
  EXPECT_EQ(limit_.Allow("10.0.0.1"), seconds(10));
  now_ += seconds(4);
  EXPECT_EQ(limit_.Allow("10.0.0.1"), seconds(6));
  now_ += seconds(6);
  EXPECT_EQ(limit_.Allow("10.0.0.1"), std::nullopt);
  EXPECT_EQ(limit_.Allow("10.0.0.1"), seconds(10));
}

TEST_F(RateLimitTest, CountsEachClientSeparately) {
  for (int i = 0; i < 3; ++i) EXPECT_EQ(limit_.Allow("10.0.0.1"), std::nullopt);
  EXPECT_NE(limit_.Allow("10.0.0.1"), std::nullopt);
  EXPECT_EQ(limit_.Allow("10.0.0.2"), std::nullopt);
}

TEST_F(RateLimitTest, RefillsCompletelyAfterBurstIntervals) {
  for (int i = 0; i < 3; ++i) EXPECT_EQ(limit_.Allow("a"), std::nullopt);
  now_ += seconds(30);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(limit_.Allow("a"), std::nullopt);
  EXPECT_NE(limit_.Allow("a"), std::nullopt);
}

TEST_F(RateLimitTest, ForgetsRefilledClientsPastTheTableSize) {
  for (size_t i = 0; i < RateLimit::kMaxClients; ++i) {
    EXPECT_EQ(limit_.Allow("client" + std::to_string(i)), std::nullopt);
  }
  now_ += seconds(10);
  EXPECT_EQ(limit_.Allow("newcomer"), std::nullopt);
}

TEST(RateLimit, UnlimitedNeverRefuses) {
  RateLimit limit({1, seconds(60), true},
                  [] { return std::chrono::system_clock::time_point{}; });
  for (int i = 0; i < 100; ++i) EXPECT_EQ(limit.Allow("a"), std::nullopt);
}

}  // namespace
}  // namespace http
