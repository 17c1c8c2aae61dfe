#include "io/text_style.h"

#include <algorithm>
#include <cmath>

namespace io {
namespace {

std::string_view Code(Tone tone) {
  switch (tone) {
    case Tone::kHeading:
      return "\x1b[1m";
    case Tone::kGood:
      return "\x1b[32m";
    case Tone::kCaution:
      return "\x1b[33m";
    case Tone::kBad:
      return "\x1b[31m";
    case Tone::kMuted:
      return "\x1b[2m";
    case Tone::kAccent:
      return "\x1b[36m";
  }
  return "";
}

}  // namespace

std::string Paint(std::string_view text, Tone tone, Color color) {
  if (color == Color::kNever) return std::string(text);
  return std::string(Code(tone)) + std::string(text) + "\x1b[0m";
}

std::string ScoreBar(double score, int width) {
  int filled = static_cast<int>(
      std::lround(std::clamp(score, 0.0, 100.0) * width / 100.0));
  // Appended in place: GCC 12 at -O3 reports `"[" + std::string&&` as
  // overlapping memcpy (-Wrestrict false positive, GCC bug 105329).
  std::string bar = "[";
  bar.append(static_cast<size_t>(filled), '#');
  bar.append(static_cast<size_t>(width - filled), '-');
  bar += ']';
  return bar;
}

}  // namespace io
