// CheckMessageTemplate: validates the placeholders of a rule's message.
//
// A message may hold "{name}" placeholders (docs/knowledge-base.md,
// "Message templates"): `name` must be a fact of `facts` or
// engine::kFrameworkPlaceholder. The syntax is engine::SplitTemplate's.
// Reports each unknown placeholder and an
// unclosed "{" to Diagnostics at `at` (the message string's position).
// Checks only; the engine fills the placeholders in.
#pragma once

#include <span>
#include <string_view>

#include "engine/explain.h"
#include "engine/facts.h"

#include "kb/diagnostics.h"

namespace kb {

void CheckMessageTemplate(std::span<const engine::FactInfo> facts,
                          std::string_view message, Position at,
                          Diagnostics& diagnostics);

}  // namespace kb
