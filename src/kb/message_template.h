// CheckMessageTemplate: validates the placeholders of a rule's message.
//
// A message may hold "{name}" placeholders (docs/knowledge-base.md,
// "Message templates"): `name` must be a fact (engine::AllFacts()) or
// "recommended.framework". Reports each unknown placeholder and an
// unclosed "{" to Diagnostics at `at` (the message string's position).
// Checks only; the engine fills the placeholders in.
#pragma once

#include <string_view>

#include "kb/diagnostics.h"

namespace kb {

inline constexpr std::string_view kRecommendedFramework = "recommended.framework";

void CheckMessageTemplate(std::string_view message, Position at,
                          Diagnostics& diagnostics);

}  // namespace kb
