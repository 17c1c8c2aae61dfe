#include "http/server.h"

#include <gtest/gtest.h>

namespace http {
namespace {

TEST(EffectiveConnectionCap, KeepsTheOptionWhenDescriptorsAllow) {
  ServerOptions options;
  options.max_connections = 500;
  EXPECT_EQ(EffectiveConnectionCap(options, 1'048'576), 500u);
}

// Regression: ~20k idle connections exhausted the descriptors.
TEST(EffectiveConnectionCap, StaysBelowTheDescriptorLimitWithAReserve) {
  ServerOptions options;
  EXPECT_EQ(EffectiveConnectionCap(options, 1024),
            1024 - kReservedDescriptors - kOverflowConnections);
  EXPECT_EQ(EffectiveConnectionCap(options, 10), 1u);
}

}  // namespace
}  // namespace http
