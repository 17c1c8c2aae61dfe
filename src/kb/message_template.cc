#include "kb/message_template.h"

#include <string>
#include <vector>

#include "engine/facts.h"

namespace kb {
namespace {

std::vector<std::string_view> PlaceholderNames() {
  std::vector<std::string_view> names;
  for (const engine::FactInfo& info : engine::AllFacts()) names.push_back(info.name);
  names.push_back(kRecommendedFramework);
  return names;
}

bool IsPlaceholder(std::string_view name) {
  return name == kRecommendedFramework || engine::FindFact(name).has_value();
}

}  // namespace

void CheckMessageTemplate(std::string_view message, Position at,
                          Diagnostics& diagnostics) {
  size_t open = message.find('{');
  while (open != std::string_view::npos) {
    size_t close = message.find('}', open + 1);
    if (close == std::string_view::npos) {
      diagnostics.Add(at, "unclosed \"{\" in message " + Quote(message));
      return;
    }
    std::string_view name = message.substr(open + 1, close - open - 1);
    if (!IsPlaceholder(name)) {
      diagnostics.Add(at, "unknown placeholder \"{" + std::string(name) +
                              "}\" in message (accepted: " +
                              JoinNames(PlaceholderNames()) + ")");
    }
    open = message.find('{', close + 1);
  }
}

}  // namespace kb
