#include "base/result.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>

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

// A failure from another call is passed on as it is (base/result.h).
Result<std::string> Described(int n) {
  Result<int> parsed = ParsePositive(n);
  if (!parsed) return parsed.error();
  return std::to_string(*parsed) + " items";
}

TEST(Result, AFailurePassedOnKeepsItsCodeAndPath) {
  EXPECT_EQ(*Described(2), "2 items");
  Result<std::string> failed = Described(0);
  ASSERT_FALSE(failed.has_value());
  EXPECT_EQ(failed.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(failed.error().ToString(), "n: must be positive");
}

TEST(Error, EveryCodeHasAHelperThatKeepsMessageAndPath) {
  const std::pair<Error, std::string_view> cases[] = {
      {InvalidArgument("m", "p"), "invalid_argument"},
      {FailedPrecondition("m", "p"), "failed_precondition"},
      {NotFound("m", "p"), "not_found"},
      {Unauthenticated("m", "p"), "unauthenticated"},
      {PermissionDenied("m", "p"), "permission_denied"},
      {PayloadTooLarge("m", "p"), "payload_too_large"},
      {UnsupportedMediaType("m", "p"), "unsupported_media_type"},
      {Internal("m", "p"), "internal"},
  };
  for (const auto& [error, name] : cases) {
    EXPECT_EQ(ErrorCodeName(error.code), name);
    EXPECT_EQ(error.ToString(), "p: m") << name;
  }
  EXPECT_EQ(Unauthenticated("no token").ToString(), "no token");
}

}  // namespace
}  // namespace base
