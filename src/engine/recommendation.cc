#include "engine/recommendation.h"

namespace engine {

std::string StackWithFramework(std::string_view stack_name,
                               std::string_view framework) {
  std::string out(stack_name);
  if (!framework.empty() &&
      stack_name.find(framework) == std::string_view::npos) {
    out += " with ";
    out += framework;
  }
  return out;
}

std::string StackWithFramework(const Headline& headline) {
  return StackWithFramework(
      headline.stack_name.empty() ? headline.stack : headline.stack_name,
      headline.framework);
}

std::string_view Name(CheckStatus status) {
  switch (status) {
    case CheckStatus::kPass:
      return "pass";
    case CheckStatus::kWarn:
      return "warn";
    case CheckStatus::kFail:
      return "fail";
    case CheckStatus::kTodo:
      return "todo";
  }
  return "todo";
}

std::string_view Name(ConfidenceLevel level) {
  switch (level) {
    case ConfidenceLevel::kLow:
      return "low";
    case ConfidenceLevel::kMedium:
      return "medium";
    case ConfidenceLevel::kHigh:
      return "high";
  }
  return "low";
}

}  // namespace engine
