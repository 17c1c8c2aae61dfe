#include "io/request_bodies.h"

#include <gtest/gtest.h>

#include "kb/load.h"

namespace io {
namespace {

base::Error ErrorOf(std::string_view body) {
  auto parsed = ParseAssessmentRequest(body, kb::DefaultKnowledgeBase());
  EXPECT_FALSE(parsed);
  return parsed ? base::Error{} : parsed.error();
}

TEST(ParseAssessmentRequest, ReadsTitleAndProfile) {
  auto parsed = ParseAssessmentRequest(
      R"({"title": "Acme \"v1\"", "profile": {"product": {"ai_ml": "core"}}})",
      kb::DefaultKnowledgeBase());
  ASSERT_TRUE(parsed) << parsed.error().message;
  EXPECT_EQ(parsed->title, "Acme \"v1\"");
  EXPECT_EQ(parsed->profile.product.ai_ml, engine::AiMl::kCore);
}

TEST(ParseAssessmentRequest, PrefixesProfileErrorPaths) {
  base::Error error =
      ErrorOf(R"({"title": "t", "profile": {"product": {"ai_ml": "yes"}}})");
  EXPECT_EQ(error.path, "profile.product.ai_ml");
  EXPECT_EQ(error.message, R"(expected one of none, planned, core; got "yes")");
}

TEST(ParseAssessmentRequest, RequiresBothFields) {
  base::Error no_title = ErrorOf(R"({"profile": {}})");
  EXPECT_EQ(no_title.path, "title");
  EXPECT_EQ(no_title.message,
            "missing; expected a non-empty string of at most 200 characters");
  base::Error no_profile = ErrorOf(R"({"title": "t"})");
  EXPECT_EQ(no_profile.path, "profile");
  EXPECT_EQ(no_profile.message, "missing; expected a profile object");
}

TEST(ParseAssessmentRequest, RejectsBlankLongAndNonStringTitles) {
  EXPECT_EQ(
      ErrorOf(R"({"title": "  ", "profile": {}})").message,
      R"(expected a non-empty string of at most 200 characters; got "  ")");
  std::string long_title(201, 'x');
  EXPECT_EQ(
      ErrorOf(R"({"title": ")" + long_title + R"(", "profile": {}})").path,
      "title");
  EXPECT_EQ(ErrorOf(R"({"title": 7, "profile": {}})").message,
            "expected a non-empty string of at most 200 characters; got 7");
}

TEST(ParseAssessmentRequest, RejectsUnknownAndDuplicateFields) {
  base::Error unknown = ErrorOf(R"({"title": "t", "profile": {}, "owner": 1})");
  EXPECT_EQ(unknown.path, "owner");
  EXPECT_EQ(unknown.message, "unknown field (accepted: title, profile)");
  EXPECT_EQ(ErrorOf(R"({"title": "t", "title": "u", "profile": {}})").message,
            "duplicate field");
}

TEST(ParseAssessmentRequest, ReportsMalformedJsonWithItsPosition) {
  base::Error error = ErrorOf(R"({"title": "t", "profile": {"team": [}})");
  EXPECT_EQ(error.code, base::ErrorCode::kInvalidArgument);
  EXPECT_EQ(error.message,
            "malformed JSON at byte 37 (line 1, column 37): syntax error while "
            "parsing "
            "value - unexpected '}'; expected '[', '{', or a literal");
  EXPECT_EQ(ErrorOf("[1]").message,
            "expected an object with title and profile; got [1]");
}

// Regression: 5000 levels in an assessment's profile overflowed the stack.
TEST(ParseAssessmentRequest, RefusesDeepNestingInTheProfile) {
  std::string deep(5000, '[');
  base::Error error = ErrorOf(R"({"title": "t", "profile": {"x": )" + deep);
  EXPECT_EQ(error.message,
            "nested deeper than 64 arrays and objects (the limit)");
  EXPECT_EQ(error.path.substr(0, 15), "profile.x[0][0]");
}

TEST(ParseAssessmentRequest, RefusesDuplicateKeysInsideTheProfile) {
  base::Error error = ErrorOf(
      R"({"title": "t", "profile": {"product": {"kind": "crud", "kind": "saas"}}})");
  EXPECT_EQ(error.path, "profile.product.kind");
  EXPECT_EQ(error.message, "duplicate field");
}

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
