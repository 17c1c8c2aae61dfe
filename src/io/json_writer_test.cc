#include "io/json_writer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>

namespace io {
namespace {

// A small document with every kind of token and both empty containers.
std::string WriteSample(int indent) {
  JsonWriter w(indent);
  w.BeginObject();
  w.Key("name");
  w.String("x");
  w.Key("rank");
  w.Integer(-3);
  w.Key("score");
  w.Number(5.0);
  w.Key("ok");
  w.Bool(true);
  w.Key("list");
  w.BeginArray();
  w.Number(80.7);
  w.BeginObject();
  w.EndObject();
  w.EndArray();
  w.Key("none");
  w.BeginArray();
  w.EndArray();
  w.EndObject();
  return std::move(w).Take();
}

TEST(JsonWriter, CompactFormHasNoWhitespace) {
  EXPECT_EQ(WriteSample(-1), R"({"name":"x","rank":-3,"score":5.0,"ok":true,)"
                             R"("list":[80.7,{}],"none":[]})");
}

TEST(JsonWriter, IndentedFormPutsEveryValueOnItsOwnLine) {
  EXPECT_EQ(WriteSample(2),
            "{\n"
            "  \"name\": \"x\",\n"
            "  \"rank\": -3,\n"
            "  \"score\": 5.0,\n"
            "  \"ok\": true,\n"
            "  \"list\": [\n"
            "    80.7,\n"
            "    {}\n"
            "  ],\n"
            "  \"none\": []\n"
            "}");
}

TEST(JsonWriter, LayoutMatchesTheLibraryDumpForEveryIndent) {
  auto doc = nlohmann::ordered_json::parse(WriteSample(-1));
  for (int indent : {-1, 0, 1, 2, 4}) {
    EXPECT_EQ(WriteSample(indent), doc.dump(indent)) << "indent " << indent;
  }
}

std::string Quoted(std::string_view text) {
  std::string out;
  AppendJsonString(out, text);
  return out;
}

std::string LibraryQuoted(std::string_view text) {
  return nlohmann::json(std::string(text))
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

TEST(JsonWriter, EscapesQuotesBackslashesAndControlCharacters) {
  EXPECT_EQ(Quoted("a\"b\\c/d"), R"("a\"b\\c/d")");
  EXPECT_EQ(Quoted("\b\f\n\r\t"), R"("\b\f\n\r\t")");
  EXPECT_EQ(Quoted(std::string("\0\x01\x1f\x7f", 4)),
            "\"\\u0000\\u0001\\u001f\x7f\"");
}

TEST(JsonWriter, PassesValidUtf8Through) {
  EXPECT_EQ(Quoted("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x9a\x80"),
            "\"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x9a\x80\"");
  EXPECT_EQ(Quoted("Zoë"), "\"Zoë\"");
}

TEST(JsonWriter, ReplacesInvalidUtf8WithTheReplacementCharacter) {
  EXPECT_EQ(Quoted("/a\xff"), "\"/a\xEF\xBF\xBD\"");
}

TEST(JsonWriter, StringsMatchTheLibraryIncludingInvalidUtf8) {
  for (std::string_view text :
       {"", "plain", "tab\there", "\xc3\xa9\n", "bad \xff byte", "lone \xc3",
        "surrogate \xed\xa0\x80", "overlong \xc0\xaf",
        "past max \xf4\x90\x80\x80", "truncated \xe2\x82",
        "\xc3\xa9 then \xfe\"quoted\""}) {
    EXPECT_EQ(Quoted(text), LibraryQuoted(text)) << text;
  }
}

TEST(JsonWriter, RawValuesAreWrittenAsTheyAre) {
  JsonWriter w(-1);
  w.BeginObject();
  w.Key("id");
  w.String("a1");
  w.Key("profile");
  w.RawValue(R"({"team":{"size":2}})");
  w.Key("list");
  w.BeginArray();
  w.RawValue("null");
  w.RawValue("[1,2]");
  w.EndArray();
  w.EndObject();
  EXPECT_EQ(std::move(w).Take(),
            R"({"id":"a1","profile":{"team":{"size":2}},"list":[null,[1,2]]})");
}

std::string Written(double value) {
  JsonWriter w(-1);
  w.Number(value);
  return std::move(w).Take();
}

TEST(JsonWriter, FixedNumbersKeepEveryDecimal) {
  JsonWriter w(-1);
  w.BeginArray();
  w.FixedNumber(0.4123, 3);
  w.FixedNumber(12.0, 3);
  w.FixedNumber(0.0, 3);
  w.FixedNumber(2.5, 0);
  w.FixedNumber(std::numeric_limits<double>::infinity(), 3);
  w.EndArray();
  EXPECT_EQ(std::move(w).Take(), "[0.412,12.000,0.000,2,null]");
}

TEST(JsonWriter, NumbersMatchTheLibrary) {
  for (double value : {0.0,
                       -0.0,
                       5.0,
                       80.7,
                       0.1,
                       -3.3,
                       100.0,
                       1e15,
                       1e16,
                       99999.9,
                       100000.0,
                       1e20,
                       1e-4,
                       1e-5,
                       0.05,
                       0.15,
                       123456789.25,
                       0.001,
                       -0.125,
                       1e300,
                       -2.5e-300,
                       5e-324,
                       std::numeric_limits<double>::max()}) {
    EXPECT_EQ(Written(value), nlohmann::json(value).dump()) << value;
  }
  EXPECT_EQ(Written(std::numeric_limits<double>::quiet_NaN()), "null");
  EXPECT_EQ(Written(-std::numeric_limits<double>::infinity()), "null");
}

// Scores are written by a shortcut for exact tenths; it must agree with the
// library's Grisu2 on every tenth it takes (|value| < 100000).
TEST(JsonWriter, EveryTenthMatchesTheLibrary) {
  int mismatches = 0;
  for (int64_t k = -1'000'000; k < 1'000'000 && mismatches < 5; ++k) {
    const double value = static_cast<double>(k) / 10.0;
    if (Written(value) != nlohmann::json(value).dump()) {
      ADD_FAILURE() << Written(value) << " vs " << nlohmann::json(value).dump();
      ++mismatches;
    }
  }
}

// The robustness figures are rounded to thousandths; every one of them in
// -1000..1000 is written as the library writes it.
TEST(JsonWriter, EveryThousandthMatchesTheLibrary) {
  int mismatches = 0;
  for (int64_t k = -1'000'000; k <= 1'000'000 && mismatches < 5; ++k) {
    const double value = static_cast<double>(k) / 1000.0;
    if (Written(value) != nlohmann::json(value).dump()) {
      ADD_FAILURE() << Written(value) << " vs " << nlohmann::json(value).dump();
      ++mismatches;
    }
  }
}

// Any other double reads back as itself, in no more characters than the
// library uses (whose Grisu2 digits are not always the shortest).
TEST(JsonWriter, AnyDoubleReadsBackAsItself) {
  std::mt19937_64 bits(20261129);
  for (int i = 0; i < 200'000; ++i) {
    const uint64_t pattern = bits();
    double value;
    std::memcpy(&value, &pattern, sizeof value);
    if (!std::isfinite(value)) continue;
    const std::string text = Written(value);
    EXPECT_EQ(std::strtod(text.c_str(), nullptr), value) << text;
    EXPECT_LE(text.size(), nlohmann::json(value).dump().size()) << text;
    if (HasFailure()) return;
  }
}

}  // namespace
}  // namespace io
