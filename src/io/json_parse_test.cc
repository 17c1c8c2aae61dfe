#include "io/json_parse.h"

#include <gtest/gtest.h>

#include <string>

namespace io {
namespace {

std::string Nested(size_t levels) {
  return std::string(levels, '[') + std::string(levels, ']');
}

// "path: message", as the CLI prints an error.
std::string ErrorOf(std::string_view text) {
  auto parsed = ParseJson(text);
  if (parsed) return "(no error)";
  EXPECT_EQ(parsed.error().code, base::ErrorCode::kInvalidArgument);
  return parsed.error().ToString();
}

TEST(ParseJson, KeepsMembersInDocumentOrder) {
  auto parsed =
      ParseJson(R"({"b": 1, "a": [true, null, "x"], "c": {"d": 2.5}})");
  ASSERT_TRUE(parsed) << parsed.error().message;
  EXPECT_EQ(parsed->dump(), R"({"b":1,"a":[true,null,"x"],"c":{"d":2.5}})");
}

TEST(ParseJson, AcceptsNestingUpToTheLimit) {
  auto parsed = ParseJson(Nested(kMaxJsonDepth));
  ASSERT_TRUE(parsed) << parsed.error().message;
}

// Regression: 5000 levels overflowed the stack in the value copy and dump().
TEST(ParseJson, RefusesNestingPastTheLimitWhileParsing) {
  std::string path;
  for (size_t i = 0; i < kMaxJsonDepth; ++i) path += "[0]";
  EXPECT_EQ(ErrorOf(Nested(kMaxJsonDepth + 1)),
            path + ": nested deeper than 64 arrays and objects (the limit)");
  auto deep = ParseJson(R"({"x":)" + Nested(100000) + "}");
  ASSERT_FALSE(deep);
  EXPECT_EQ(deep.error().message,
            "nested deeper than 64 arrays and objects (the limit)");
  EXPECT_EQ(deep.error().path.substr(0, 7), "x[0][0]");
}

// Regression: objects of two members nested 5458 times took seconds,
// because each ordered insert copied the member before it.
TEST(ParseJson, RefusesTheQuadraticDocumentAtTheDepthLimit) {
  std::string text;
  for (int i = 0; i < 5458; ++i) text += R"({"a":)";
  text += "1";
  for (int i = 0; i < 5458; ++i) text += R"(,"b":1})";
  auto parsed = ParseJson(text);
  ASSERT_FALSE(parsed);
  EXPECT_EQ(parsed.error().message,
            "nested deeper than 64 arrays and objects (the limit)");
}

TEST(ParseJson, RefusesARepeatedKeyNamingItsPath) {
  EXPECT_EQ(ErrorOf(R"({"team": [{}, {"name": "a", "name": "b"}]})"),
            "team[1].name: duplicate field");
  EXPECT_EQ(ErrorOf(R"({"a": 1, "a": 1})"), "a: duplicate field");
  std::string wide = "{";
  for (int i = 0; i < 40; ++i) wide += "\"k" + std::to_string(i) + "\":0,";
  EXPECT_EQ(ErrorOf(wide + R"("k3":1})"), "k3: duplicate field");
  EXPECT_EQ(ErrorOf(wide + R"("k39":1})"), "k39: duplicate field");
  EXPECT_EQ(ErrorOf(wide + R"("k40":1})"), "(no error)");
}

// Regression: 1e400 escaped as nlohmann's out_of_range and became a 500.
TEST(ParseJson, RefusesNumbersPastADoubleNamingTheField) {
  EXPECT_EQ(ErrorOf(R"({"product": {"expected_peak_rps": 1e400}})"),
            "product.expected_peak_rps: number out of range (a double's "
            "magnitude is at most 1.8e308): 1e400");
  EXPECT_EQ(ErrorOf(R"({"team": [)" + std::string(400, '9') + "]}"),
            "team[0]: number out of range (a double's magnitude is at most "
            "1.8e308): 9999999999999999999999999999999999999...");
}

TEST(ParseJson, ReportsMalformedJsonWithItsPosition) {
  EXPECT_EQ(ErrorOf(R"({"a": })"),
            "malformed JSON at byte 7 (line 1, column 7): syntax error while "
            "parsing value - unexpected '}'; expected '[', '{', or a literal");
  EXPECT_EQ(ErrorOf(""),
            "malformed JSON at byte 1 (line 1, column 1): syntax error while "
            "parsing value - unexpected end of input; expected '[', '{', or a "
            "literal");
}

}  // namespace
}  // namespace io
