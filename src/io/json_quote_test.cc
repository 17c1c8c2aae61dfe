#include "io/json_quote.h"

#include <gtest/gtest.h>

namespace io {
namespace {

TEST(JsonQuote, EscapesQuotesBackslashesAndControlCharacters) {
  EXPECT_EQ(JsonQuote("a\"b\\c\nd\x01"), R"("a\"b\\c\nd\u0001")");
}

TEST(JsonQuote, KeepsUtf8AndReplacesInvalidBytes) {
  EXPECT_EQ(JsonQuote("Zoë"), "\"Zoë\"");
  EXPECT_EQ(JsonQuote("/a\xff"), "\"/a\xEF\xBF\xBD\"");
}

}  // namespace
}  // namespace io
