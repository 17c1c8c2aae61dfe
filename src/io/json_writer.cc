#include "io/json_writer.h"

#include <array>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "base/text.h"

namespace io {
namespace {

// `text` quoted by the library, each invalid UTF-8 sequence replaced with
// U+FFFD as it chooses: the rare path, kept identical to the library's.
void AppendLibraryQuoted(std::string& out, std::string_view text) {
  out += nlohmann::json(std::string(text))
             .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Whether `text` is well-formed UTF-8 (Unicode 15, table 3-7): no overlong
// forms, no surrogates, nothing past U+10FFFF, no truncated sequence.
bool IsValidUtf8(std::string_view text) {
  size_t i = 0;
  const size_t n = text.size();
  auto byte = [&](size_t at) { return static_cast<unsigned char>(text[at]); };
  while (i < n) {
    const unsigned char b = byte(i);
    if (b < 0x80) {
      ++i;
      continue;
    }
    size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;  // bounds of the second byte
    if (b >= 0xC2 && b <= 0xDF) {
      length = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      length = 3;
      if (b == 0xE0) low = 0xA0;
      if (b == 0xED) high = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      length = 4;
      if (b == 0xF0) low = 0x90;
      if (b == 0xF4) high = 0x8F;
    } else {
      return false;
    }
    if (n - i < length) return false;
    if (byte(i + 1) < low || byte(i + 1) > high) return false;
    for (size_t k = 2; k < length; ++k) {
      if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return false;
    }
    i += length;
  }
  return true;
}

// What a byte needs in a string literal: nothing, an escape (the control
// characters, `"` and `\`), or a UTF-8 check (bytes past ASCII).
enum class ByteKind : uint8_t { kPlain, kEscape, kUtf8 };

constexpr std::array<ByteKind, 256> kByteKinds = [] {
  std::array<ByteKind, 256> kinds{};
  for (size_t c = 0; c < 0x20; ++c) kinds[c] = ByteKind::kEscape;
  kinds['"'] = ByteKind::kEscape;
  kinds['\\'] = ByteKind::kEscape;
  for (size_t c = 0x80; c < 0x100; ++c) kinds[c] = ByteKind::kUtf8;
  return kinds;
}();

std::string_view Escape(unsigned char c) {
  static constexpr std::array<std::string_view, 32> kControl = {
      "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005",
      "\\u0006", "\\u0007", "\\b",     "\\t",     "\\n",     "\\u000b",
      "\\f",     "\\r",     "\\u000e", "\\u000f", "\\u0010", "\\u0011",
      "\\u0012", "\\u0013", "\\u0014", "\\u0015", "\\u0016", "\\u0017",
      "\\u0018", "\\u0019", "\\u001a", "\\u001b", "\\u001c", "\\u001d",
      "\\u001e", "\\u001f"};
  if (c < 0x20) return kControl[c];
  return c == '"' ? "\\\"" : "\\\\";
}

// Whether any of the eight bytes in `word` is not kPlain (bit tricks from
// "Bit Twiddling Hacks": a byte below 0x20, equal to `"` or `\`, or with
// its high bit set). Lets the common case skip eight bytes at a time.
bool NeedsAttention(uint64_t word) {
  constexpr uint64_t kOnes = 0x0101010101010101;
  constexpr uint64_t kHighs = 0x8080808080808080;
  auto has_zero = [](uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  const uint64_t below_space = (word - kOnes * 0x20) & ~word & kHighs;
  return (below_space | has_zero(word ^ (kOnes * '"')) |
          has_zero(word ^ (kOnes * '\\')) | (word & kHighs)) != 0;
}

// A double that is exactly some k / 10 with |k| < kMaxTenths (every score
// the engine rounds) written as k's digits with a point before the last:
// the same text nlohmann's Grisu2 gives, which json_writer_test checks for
// every such k. Returns false, writing nothing, for any other value.
constexpr int64_t kMaxTenths = 1'000'000;

bool AppendTenths(std::string& out, double value) {
  if (!(std::fabs(value) < static_cast<double>(kMaxTenths) / 10)) return false;
  const auto tenths = static_cast<int64_t>(std::round(value * 10.0));
  if (static_cast<double>(tenths) / 10.0 != value) return false;
  if (tenths == 0 && std::signbit(value)) {
    out += "-0.0";
    return true;
  }
  base::AppendTenths(out, tenths);
  return true;
}

// Any other finite double: the shortest digits that read back as `value`
// (std::to_chars), laid out as nlohmann's dump() lays out its Grisu2 digits:
// with n the position of the decimal point relative to the d digits,
//   "ddd000.0" for whole numbers up to 15 digits, "dd.dd" and "0.000dd" for
//   n from -3 to 15, and "d.ddde+XX" (two exponent digits at least) outside.
// Grisu2 is not always shortest: in about one double in a thousand with 17
// significant digits its last digit differs; both read back the same.
void AppendShortest(std::string& out, double value) {
  std::array<char, 32> buffer;
  const auto [end, error] =
      std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                    std::chars_format::scientific);
  assert(error == std::errc());
  std::string_view text(buffer.data(),
                        static_cast<size_t>(end - buffer.data()));
  if (text.front() == '-') {
    out += '-';
    text.remove_prefix(1);
  }
  const size_t e = text.find('e');
  std::array<char, 24> digit_buffer;
  size_t k = 0;
  for (char c : text.substr(0, e)) {
    if (c != '.') digit_buffer[k++] = c;
  }
  const std::string_view digits(digit_buffer.data(), k);
  int exponent = 0;
  const char* first = text.data() + e + 1;
  if (*first == '+') ++first;
  std::from_chars(first, text.data() + text.size(), exponent);

  constexpr int kMinExp = -4;
  constexpr int kMaxExp = 15;
  const int n = exponent + 1;
  const auto length = static_cast<int>(k);
  if (length <= n && n <= kMaxExp) {
    out += digits;
    out.append(static_cast<size_t>(n - length), '0');
    out += ".0";
  } else if (0 < n && n <= kMaxExp) {
    out += digits.substr(0, static_cast<size_t>(n));
    out += '.';
    out += digits.substr(static_cast<size_t>(n));
  } else if (kMinExp < n && n <= 0) {
    out += "0.";
    out.append(static_cast<size_t>(-n), '0');
    out += digits;
  } else {
    out += digits[0];
    if (k > 1) {
      out += '.';
      out += digits.substr(1);
    }
    out += n - 1 < 0 ? "e-" : "e+";
    const int magnitude = std::abs(n - 1);
    if (magnitude < 10) out += '0';
    out += std::to_string(magnitude);
  }
}

}  // namespace

void AppendJsonString(std::string& out, std::string_view text) {
  const size_t start = out.size();
  bool utf8_checked = false;
  out += '"';
  size_t run = 0;  // start of the bytes not yet copied
  size_t i = 0;
  while (i < text.size()) {
    if (text.size() - i >= 8) {
      uint64_t word;
      std::memcpy(&word, text.data() + i, sizeof word);
      if (!NeedsAttention(word)) {
        i += 8;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(text[i]);
    switch (kByteKinds[c]) {
      case ByteKind::kPlain:
        break;
      case ByteKind::kUtf8:
        if (!utf8_checked && !IsValidUtf8(text.substr(i))) {
          // Rare: let the library choose how to replace each bad sequence.
          out.resize(start);
          AppendLibraryQuoted(out, text);
          return;
        }
        utf8_checked = true;
        break;
      case ByteKind::kEscape:
        out.append(text.data() + run, i - run);
        out += Escape(c);
        run = i + 1;
        break;
    }
    ++i;
  }
  out.append(text.data() + run, text.size() - run);
  out += '"';
}

JsonWriter::JsonWriter(int indent, size_t reserve) : indent_(indent) {
  out_.reserve(reserve);
  empty_.reserve(16);
}

void JsonWriter::BeginObject() { Begin('{'); }
void JsonWriter::EndObject() { End('}'); }
void JsonWriter::BeginArray() { Begin('['); }
void JsonWriter::EndArray() { End(']'); }

void JsonWriter::Key(std::string_view key) {
  assert(!empty_.empty() && !after_key_);
  BeforeValue();
  AppendJsonString(out_, key);
  out_ += indent_ < 0 ? ":" : ": ";
  after_key_ = true;
}

void JsonWriter::String(std::string_view value) {
  BeforeValue();
  AppendJsonString(out_, value);
}

void JsonWriter::Number(double value) {
  BeforeValue();
  if (!std::isfinite(value)) {
    out_ += "null";
    return;
  }
  if (AppendTenths(out_, value)) return;
  AppendShortest(out_, value);
}

void JsonWriter::FixedNumber(double value, int decimals) {
  BeforeValue();
  if (!std::isfinite(value)) {
    out_ += "null";
    return;
  }
  std::array<char, 352> buffer;  // DBL_MAX in full, and the decimals
  const auto [end, error] =
      std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                    std::chars_format::fixed, decimals);
  assert(error == std::errc());
  out_.append(buffer.data(), end);
}

void JsonWriter::Integer(int64_t value) {
  BeforeValue();
  std::array<char, 24> buffer;
  auto [end, error] =
      std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  assert(error == std::errc());
  out_.append(buffer.data(), end);
}

void JsonWriter::Bool(bool value) {
  BeforeValue();
  out_ += value ? "true" : "false";
}

void JsonWriter::Null() {
  BeforeValue();
  out_ += "null";
}

void JsonWriter::RawValue(std::string_view json) {
  BeforeValue();
  out_ += json;
}

std::string JsonWriter::Take() && {
  assert(empty_.empty());
  return std::move(out_);
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (empty_.empty()) return;  // the top-level value
  if (!empty_.back()) out_ += ',';
  empty_.back() = false;
  NewLine(empty_.size());
}

void JsonWriter::Begin(char open) {
  BeforeValue();
  out_ += open;
  empty_.push_back(true);
}

void JsonWriter::End(char close) {
  assert(!empty_.empty() && !after_key_);
  const bool was_empty = empty_.back();
  empty_.pop_back();
  if (!was_empty) NewLine(empty_.size());
  out_ += close;
}

void JsonWriter::NewLine(size_t depth) {
  if (indent_ < 0) return;
  out_ += '\n';
  out_.append(depth * static_cast<size_t>(indent_), ' ');
}

}  // namespace io
