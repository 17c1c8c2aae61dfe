#include "base/result.h"

#include <string>

#include <gtest/gtest.h>

namespace base {
namespace {

Result<int> ParsePositive(int n) {
  if (n <= 0) return InvalidArgument("must be positive", "n");
  return n;
}

TEST(Result, HoldsValueOnSuccess) {
  Result<int> r = ParsePositive(3);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(*r, 3);
}

TEST(Result, HoldsErrorWithPathOnFailure) {
  Result<int> r = ParsePositive(-1);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.error().ToString(), "n: must be positive");
}

TEST(Result, VoidResultCarriesOnlyTheError) {
  Result<void> ok;
  Result<void> failed = NotFound("no such assessment");
  EXPECT_TRUE(ok.has_value());
  ASSERT_FALSE(failed.has_value());
  EXPECT_EQ(ErrorCodeName(failed.error().code), "not_found");
  EXPECT_EQ(failed.error().ToString(), "no such assessment");
}

}  // namespace
}  // namespace base
