#include "engine/recommendation.h"

namespace engine {

std::string_view Name(CheckStatus status) {
  switch (status) {
    case CheckStatus::kPass: return "pass";
    case CheckStatus::kWarn: return "warn";
    case CheckStatus::kFail: return "fail";
    case CheckStatus::kTodo: return "todo";
  }
  return "todo";
}

std::string_view Name(ConfidenceLevel level) {
  switch (level) {
    case ConfidenceLevel::kLow: return "low";
    case ConfidenceLevel::kMedium: return "medium";
    case ConfidenceLevel::kHigh: return "high";
  }
  return "low";
}

}  // namespace engine
