#include "kb/message_template.h"

#include <algorithm>
#include <string>
#include <vector>

#include "base/text.h"
#include "engine/facts.h"

namespace kb {
namespace {

std::vector<std::string_view> PlaceholderNames(std::span<const engine::FactInfo> facts) {
  std::vector<std::string_view> names;
  for (const engine::FactInfo& info : facts) names.push_back(info.name);
  names.push_back(kRecommendedFramework);
  return names;
}

bool IsPlaceholder(std::span<const engine::FactInfo> facts, std::string_view name) {
  return name == kRecommendedFramework ||
         std::any_of(facts.begin(), facts.end(),
                     [name](const engine::FactInfo& info) { return info.name == name; });
}

}  // namespace

void CheckMessageTemplate(std::span<const engine::FactInfo> facts,
                          std::string_view message, Position at,
                          Diagnostics& diagnostics) {
  size_t open = message.find('{');
  while (open != std::string_view::npos) {
    size_t close = message.find('}', open + 1);
    if (close == std::string_view::npos) {
      diagnostics.Add(at, "unclosed \"{\" in message " + Quote(message));
      return;
    }
    std::string_view name = message.substr(open + 1, close - open - 1);
    if (!IsPlaceholder(facts, name)) {
      diagnostics.Add(at, "unknown placeholder \"{" + std::string(name) +
                              "}\" in message (accepted: " +
                              base::Join(PlaceholderNames(facts), ", ") + ")");
    }
    open = message.find('{', close + 1);
  }
}

}  // namespace kb
