#include "engine/knowledge_base.h"

#include <cassert>

#include "engine/explain.h"
#include "engine/scoring.h"

namespace engine {
namespace {

constexpr std::string_view kRatingSourceNames[] = {
    "static", "team_skill", "talent_pool", "current_backend"};

}  // namespace

std::span<const std::string_view> Names(RatingSource) {
  return kRatingSourceNames;
}

std::optional<int> KnowledgeBase::StackIndex(std::string_view stack_id) const {
  for (size_t s = 0; s < stacks.size(); ++s) {
    if (stacks[s].id == stack_id) return static_cast<int>(s);
  }
  return std::nullopt;
}

std::optional<int> KnowledgeBase::StackOfLanguage(
    std::string_view language) const {
  for (size_t s = 0; s < stacks.size(); ++s) {
    for (const StackLanguage& l : stacks[s].languages) {
      if (l.id == language) return static_cast<int>(s);
    }
  }
  return std::nullopt;
}

std::optional<FactId> KnowledgeBase::FindFact(std::string_view name) const {
  for (const FactInfo& info : facts) {
    if (info.name == name) return info.id;
  }
  return std::nullopt;
}

std::string_view KnowledgeBase::LanguageName(std::string_view language) const {
  for (const Stack& stack : stacks) {
    for (const StackLanguage& l : stack.languages) {
      if (l.id == language) return l.name;
    }
  }
  return language;
}

std::vector<std::string> KnowledgeBase::StackIds() const {
  std::vector<std::string> ids;
  for (const Stack& stack : stacks) ids.push_back(stack.id);
  return ids;
}

std::vector<std::string> KnowledgeBase::LanguageIds() const {
  std::vector<std::string> ids;
  for (const Stack& stack : stacks) {
    for (const StackLanguage& l : stack.languages) ids.push_back(l.id);
  }
  return ids;
}

void IndexStacks(KnowledgeBase& kb) {
  assert(kb.stacks.size() <= static_cast<size_t>(kMaxStacks));
  const std::vector<std::string> ids = kb.StackIds();
  kb.facts = FactTable(ids);
  for (size_t s = 0; s < kb.stacks.size(); ++s)
    kb.stacks[s].talent_rating = TalentRating(kb, static_cast<int>(s));
  for (Stack& stack : kb.stacks) {
    stack.hiring_pool_why.clear();
    for (int region = 0; region < kHiringRegionCount; ++region) {
      stack.hiring_pool_why.push_back(
          HiringPoolWhy(stack, static_cast<HiringRegion>(region)));
    }
    stack.nobody_knows_why = NobodyKnowsWhy(stack);
  }
}

}  // namespace engine
