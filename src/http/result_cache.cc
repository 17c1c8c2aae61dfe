#include "http/result_cache.h"

#include <functional>

namespace http {

namespace {

size_t HashOf(std::string_view body) {
  return std::hash<std::string_view>{}(body);
}

}  // namespace

size_t ResultCache::SlotOf(std::string_view body) {
  return HashOf(body) % kSlots;
}

const std::string* ResultCache::Find(std::string_view body) const {
  const Slot& slot = slots_[SlotOf(body)];
  if (!slot.used || slot.body != body) return nullptr;
  return &slot.answer;
}

void ResultCache::Insert(std::string_view body, const std::string& answer) {
  if (body.size() > kMaxBodyBytes) return;
  const size_t hash = HashOf(body);
  size_t& seen = seen_[hash % kSeen];
  if (seen != hash) {
    seen = hash;  // the first time: remember the body, not the answer
    return;
  }
  Slot& slot = slots_[hash % kSlots];  // SlotOf(body), hashed once
  slot.body.assign(body);
  slot.answer = answer;
  slot.used = true;
}

ResultCache& ResultCache::ForThisThread() {
  thread_local ResultCache cache;
  return cache;
}

}  // namespace http
