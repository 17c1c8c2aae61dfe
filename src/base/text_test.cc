#include "base/text.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace base {
namespace {

TEST(Join, PutsTheSeparatorBetweenItemsOnly) {
  const std::array<std::string_view, 3> names = {"none", "planned", "core"};
  EXPECT_EQ(Join(names, ", "), "none, planned, core");
  EXPECT_EQ(Join(std::vector<std::string>{"go"}, ", "), "go");
  EXPECT_EQ(Join(std::vector<std::string>{}, ", "), "");
  EXPECT_EQ(Join(std::vector<std::string>{"", "b"}, ","), ",b");
}

TEST(FormatNumber, DropsAWholeNumbersDecimal) {
  EXPECT_EQ(FormatNumber(51), "51");
  EXPECT_EQ(FormatNumber(13.5), "13.5");
  EXPECT_EQ(FormatNumber(13.46), "13.5");
  EXPECT_EQ(FormatNumber(2.96), "3");
  EXPECT_EQ(FormatNumber(-2.5), "-2.5");
  EXPECT_EQ(FormatNumber(0.25), "0.2");  // printf's rounding of the exact value
}

// FormatNumber once called snprintf("%.1f"); std::to_chars must round the
// same way, ties of the exact binary value included.
TEST(FormatNumber, RoundsAsPrintfDoes) {
  auto printf_style = [](double value) {
    char buffer[400];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    std::string out = buffer;
    if (out.ends_with(".0")) out.resize(out.size() - 2);
    if (out == "-0") out = "0";
    return out;
  };
  std::vector<double> values = {0.05,    0.15,         0.25,  0.35,   1e300,
                                -1e-300, 123456789.25, 2.675, 1.0 / 3};
  for (int i = -20000; i <= 20000; ++i) {
    values.push_back(i / 20.0);  // every x.x5 tie
    values.push_back(i / 3.0);   // no ties
    values.push_back(i * 0.01);  // ties that binary cannot hold
  }
  for (double value : values) {
    EXPECT_EQ(FormatNumber(value), printf_style(value)) << value;
  }
}

TEST(FormatNumber, NeverWritesNegativeZero) {
  EXPECT_EQ(FormatNumber(0), "0");
  EXPECT_EQ(FormatNumber(-0.0), "0");
  EXPECT_EQ(FormatNumber(-0.04), "0");
}

TEST(OneDecimal, AlwaysWritesOneDecimalAndNeverMinusZero) {
  EXPECT_EQ(OneDecimal(51), "51.0");
  EXPECT_EQ(OneDecimal(82.46), "82.5");
  EXPECT_EQ(OneDecimal(0.25), "0.3");  // half away from zero, as the JSON
  EXPECT_EQ(OneDecimal(-0.25), "-0.3");
  EXPECT_EQ(OneDecimal(-0.04), "0.0");
  EXPECT_EQ(OneDecimal(1e16), "10000000000000000.0");
}

TEST(ExactNumber, WritesTheFewestDigitsThatReadBack) {
  EXPECT_EQ(ExactNumber(4), "4");
  EXPECT_EQ(ExactNumber(2.5), "2.5");
  EXPECT_EQ(ExactNumber(-0.25), "-0.25");
  EXPECT_EQ(ExactNumber(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(ExactNumber(1e-5), "1e-05");
  EXPECT_EQ(ExactNumber(1e14), "100000000000000");
}

TEST(AppendTenths, PutsThePointBeforeTheLastDigit) {
  std::string out;
  AppendTenths(out, 1234);
  out += ' ';
  AppendTenths(out, -5);
  out += ' ';
  AppendTenths(out, 0);
  out += ' ';
  AppendTenths(out, -10);
  EXPECT_EQ(out, "123.4 -0.5 0.0 -1.0");
}

}  // namespace
}  // namespace base
