// ANSI styling for the text report, applied only when asked for.
//
// Internal to io/. With Color::kNever every function returns its text
// unchanged, so the report's words are identical with and without colour.
#pragma once

#include <string>
#include <string_view>

#include "io/text_report.h"

namespace io {

enum class Tone { kHeading, kGood, kCaution, kBad, kMuted, kAccent };

std::string Paint(std::string_view text, Tone tone, Color color);

// A fixed-width bar for a 0..100 score: "[########------------]".
std::string ScoreBar(double score, int width);

}  // namespace io
