#include "kb/message_template.h"

#include <algorithm>
#include <string>
#include <vector>

#include "base/text.h"
#include "engine/facts.h"

namespace kb {
namespace {

std::vector<std::string_view> PlaceholderNames(
    std::span<const engine::FactInfo> facts) {
  std::vector<std::string_view> names;
  for (const engine::FactInfo& info : facts) names.push_back(info.name);
  names.push_back(engine::kFrameworkPlaceholder);
  return names;
}

bool IsPlaceholder(std::span<const engine::FactInfo> facts,
                   std::string_view name) {
  return name == engine::kFrameworkPlaceholder ||
         std::any_of(facts.begin(), facts.end(),
                     [name](const engine::FactInfo& info) {
                       return info.name == name;
                     });
}

bool IsNumber(std::span<const engine::FactInfo> facts, std::string_view name) {
  return std::any_of(
      facts.begin(), facts.end(), [name](const engine::FactInfo& info) {
        return info.name == name && info.kind == engine::FactKind::kNumber;
      });
}

}  // namespace

void CheckMessageTemplate(std::span<const engine::FactInfo> facts,
                          std::string_view message, Position at,
                          Diagnostics& diagnostics) {
  const engine::TemplateParts split = engine::SplitTemplate(message);
  for (const engine::TemplatePart& part : split.parts) {
    if (!part.placeholder) continue;
    const engine::Placeholder placeholder = engine::ParsePlaceholder(part.text);
    const std::string quoted = "\"{" + std::string(part.text) + "}\"";
    if (!placeholder.valid) {
      diagnostics.Add(at, "placeholder " + quoted +
                              " in message: a counting placeholder is "
                              "{fact|one|many}, e.g. "
                              "{company.engineers_now|engineer|engineers}");
    } else if (!IsPlaceholder(facts, placeholder.name)) {
      diagnostics.Add(at, "unknown placeholder " + quoted +
                              " in message (accepted: " +
                              base::Join(PlaceholderNames(facts), ", ") + ")");
    } else if (placeholder.counts() && !IsNumber(facts, placeholder.name)) {
      diagnostics.Add(at, "placeholder " + quoted + " in message counts, but " +
                              std::string(placeholder.name) +
                              " is not a number");
    }
  }
  if (split.unclosed) {
    diagnostics.Add(at, "unclosed \"{\" in message " + Quote(message));
  }
}

}  // namespace kb
