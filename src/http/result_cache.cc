#include "http/result_cache.h"

#include <functional>

namespace http {

size_t ResultCache::SlotOf(std::string_view body) {
  return std::hash<std::string_view>{}(body) % kSlots;
}

const std::string* ResultCache::Find(std::string_view body) const {
  const Slot& slot = slots_[SlotOf(body)];
  if (!slot.used || slot.body != body) return nullptr;
  return &slot.answer;
}

void ResultCache::Insert(std::string_view body, std::string answer) {
  if (body.size() > kMaxBodyBytes) return;
  Slot& slot = slots_[SlotOf(body)];
  slot.body.assign(body);
  slot.answer = std::move(answer);
  slot.used = true;
}

ResultCache& ResultCache::ForThisThread() {
  thread_local ResultCache cache;
  return cache;
}

}  // namespace http
