#include "base/clock.h"

#include <gtest/gtest.h>

namespace base {
namespace {

TEST(FormatTimestamp, WritesRfc3339UtcWithMilliseconds) {
  std::chrono::system_clock::time_point time{
      std::chrono::milliseconds(1'795'000'000'123)};
  EXPECT_EQ(FormatTimestamp(time), "2026-11-18T11:06:40.123Z");
}

TEST(FormatDate, IsTheUtcDateOfTheTimestamp) {
  std::chrono::system_clock::time_point late_evening{
      std::chrono::milliseconds(1'795'046'399'999)};  // 23:59:59.999Z
  EXPECT_EQ(FormatDate(late_evening), "2026-11-18");
  EXPECT_EQ(FormatDate(late_evening + std::chrono::milliseconds(1)),
            "2026-11-19");
}

}  // namespace
}  // namespace base
