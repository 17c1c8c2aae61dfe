// A readable terminal report of a Recommendation (`--format text`).
#pragma once

#include <string>

#include "engine/recommendation.h"

namespace io {

enum class Color { kNever, kAnsi };  // kAnsi only on a TTY without NO_COLOR

std::string RenderText(const engine::Recommendation& result, Color color);

}  // namespace io
