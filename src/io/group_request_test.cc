#include "io/group_request.h"

#include <gtest/gtest.h>

#include "kb/load.h"

namespace io {
namespace {

base::Error ResponseError(std::string_view body) {
  auto parsed = ParseGroupResponseRequest(body, kb::DefaultKnowledgeBase());
  EXPECT_FALSE(parsed);
  return parsed ? base::Error{} : parsed.error();
}

TEST(ParseGroupRequest, ReadsTheTitleAndNothingElse) {
  auto parsed = ParseGroupRequest(R"({"title": "Acme backend"})");
  ASSERT_TRUE(parsed) << parsed.error().message;
  EXPECT_EQ(*parsed, "Acme backend");
  auto extra = ParseGroupRequest(R"({"title": "t", "profile": {}})");
  ASSERT_FALSE(extra);
  EXPECT_EQ(extra.error().path, "profile");
  EXPECT_EQ(extra.error().message, "unknown field (accepted: title)");
  auto blank = ParseGroupRequest(R"({"title": "  "})");
  ASSERT_FALSE(blank);
  EXPECT_EQ(blank.error().ToString(),
            "title: expected a non-empty string of at most 200 characters; "
            "got \"  \"");
}

TEST(ParseGroupResponseRequest, ReadsNameAndProfile) {
  auto parsed = ParseGroupResponseRequest(
      R"({"name": "Ana", "profile": {"product": {"ai_ml": "core"}}})",
      kb::DefaultKnowledgeBase());
  ASSERT_TRUE(parsed) << parsed.error().message;
  EXPECT_EQ(parsed->name, "Ana");
  EXPECT_EQ(parsed->profile.product.ai_ml, engine::AiMl::kCore);
}

TEST(ParseGroupResponseRequest, NamesTheFieldInEveryError) {
  EXPECT_EQ(ResponseError(R"({"profile": {}})").ToString(),
            "name: missing; expected a non-empty string of at most 80 "
            "characters");
  EXPECT_EQ(ResponseError(R"({"name": 7, "profile": {}})").ToString(),
            "name: expected a non-empty string of at most 80 characters; got "
            "7");
  EXPECT_EQ(ResponseError(R"({"name": ")" + std::string(81, 'x') +
                          R"(", "profile": {}})")
                .path,
            "name");
  EXPECT_EQ(ResponseError(R"({"name": "Ana"})").ToString(),
            "profile: missing; expected a profile object");
  EXPECT_EQ(
      ResponseError(
          R"({"name": "Ana", "profile": {"product": {"ai_ml": "yes"}}})")
          .ToString(),
      R"(profile.product.ai_ml: expected one of none, planned, core; got "yes")");
  EXPECT_EQ(
      ResponseError(R"({"name": "Ana", "profile": {}, "x": 1})").ToString(),
      "x: unknown field (accepted: name, profile)");
  EXPECT_EQ(ResponseError("[]").message,
            "expected an object with name, profile; got []");
}

}  // namespace
}  // namespace io
