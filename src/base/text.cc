#include "base/text.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace base {

std::string FormatNumber(double value) {
  // std::to_chars rounds as printf's "%.1f" does, without the locale
  // machinery: explanations format dozens of numbers per evaluation.
  char buffer[400];  // the longest double with one decimal fits
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value,
                                       std::chars_format::fixed, 1);
  std::string out(buffer, ec == std::errc() ? end : buffer);
  if (out.ends_with(".0")) out.resize(out.size() - 2);
  if (out == "-0") out = "0";
  return out;
}

std::string OneDecimal(double value) {
  // Past this the tenths no longer fit the integer path (and no score,
  // weight or margin comes near it).
  constexpr double kLargest = 1e15;
  if (!(std::fabs(value) < kLargest)) {
    char buffer[400];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
  }
  std::string out;
  AppendTenths(out, std::llround(value * 10.0));
  return out;
}

std::string ExactNumber(double value) {
  if (std::isfinite(value) && value == std::trunc(value) &&
      std::fabs(value) < 1e15) {
    return std::to_string(static_cast<int64_t>(value));
  }
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, end);
}

void AppendTenths(std::string& out, int64_t tenths) {
  std::array<char, 24> buffer;
  char* end = buffer.data() + buffer.size();
  char* begin = end;
  uint64_t digits = tenths < 0 ? 0 - static_cast<uint64_t>(tenths)
                               : static_cast<uint64_t>(tenths);
  *--begin = static_cast<char>('0' + digits % 10);
  *--begin = '.';
  digits /= 10;
  do {
    *--begin = static_cast<char>('0' + digits % 10);
    digits /= 10;
  } while (digits != 0);
  if (tenths < 0) *--begin = '-';
  out.append(begin, end);
}

}  // namespace base
