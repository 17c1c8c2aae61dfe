#include "engine/knowledge_base.h"

namespace engine {

std::optional<int> KnowledgeBase::CriterionIndex(std::string_view id) const {
  for (size_t i = 0; i < criteria.size(); ++i) {
    if (criteria[i].id == id) return static_cast<int>(i);
  }
  return std::nullopt;
}

std::optional<int> KnowledgeBase::StackIndex(std::string_view id) const {
  for (size_t i = 0; i < stacks.size(); ++i) {
    if (stacks[i].id == id) return static_cast<int>(i);
  }
  return std::nullopt;
}

}  // namespace engine
