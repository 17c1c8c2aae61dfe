#include "http/json_text.h"

#include <gtest/gtest.h>

namespace http {
namespace {

TEST(JsonString, EscapesQuotesBackslashesAndControlCharacters) {
  EXPECT_EQ(JsonString("plain"), R"("plain")");
  EXPECT_EQ(JsonString("a\"b\\c"), R"("a\"b\\c")");
  EXPECT_EQ(JsonString("line\nbreak\t\x01"), R"("line\nbreak\t\u0001")");
  EXPECT_EQ(JsonString("café"), "\"café\"");
}

TEST(JsonScanner, SkipsAValueAndReturnsItsText) {
  JsonScanner scanner(R"(  {"a": [1, -2.5e3, true, null, "x"]} )");
  auto value = scanner.SkipValue();
  ASSERT_TRUE(value) << value.error().message;
  EXPECT_EQ(*value, R"({"a": [1, -2.5e3, true, null, "x"]})");
  EXPECT_TRUE(scanner.AtEnd());
}

TEST(JsonScanner, ReportsMalformedJsonWithByteLineAndColumn) {
  JsonScanner scanner("{\n  \"a\": tru }");
  auto value = scanner.SkipValue();
  ASSERT_FALSE(value);
  EXPECT_EQ(value.error().code, base::ErrorCode::kInvalidArgument);
  EXPECT_EQ(value.error().message,
            "malformed JSON at byte 10 (line 2, column 8): invalid literal");
}

TEST(JsonScanner, RejectsTrailingCommasAndUnterminatedStrings) {
  EXPECT_EQ(JsonScanner("[1,]").SkipValue().error().message,
            "malformed JSON at byte 4 (line 1, column 4): unexpected character");
  EXPECT_EQ(JsonScanner(R"("abc)").SkipValue().error().message,
            "malformed JSON at byte 5 (line 1, column 5): unterminated string");
  EXPECT_EQ(JsonScanner("").SkipValue().error().message,
            "malformed JSON at byte 1 (line 1, column 1): unexpected end of input");
}

TEST(JsonScanner, DecodesEscapesAndSurrogatePairs) {
  JsonScanner scanner(R"("a\n\u00e9\ud83d\ude80\/")");
  auto text = scanner.ReadString();
  ASSERT_TRUE(text) << text.error().message;
  EXPECT_EQ(*text, "a\n\xC3\xA9\xF0\x9F\x9A\x80/");
}

TEST(JsonScanner, RejectsDeepNesting) {
  std::string deep(200, '[');
  deep += std::string(200, ']');
  auto value = JsonScanner(deep).SkipValue();
  ASSERT_FALSE(value);
  EXPECT_EQ(value.error().message,
            "malformed JSON at byte 130 (line 1, column 130): nesting too deep");
}

}  // namespace
}  // namespace http
