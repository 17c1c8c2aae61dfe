// ResultCache: recent POST /api/v1/recommendations answers, by request body.
//
// Evaluate is pure and the server's knowledge base never changes, so the
// same body always gets the same answer: remembering it is safe. Writing
// the 30 KB result JSON costs far more than evaluating (see
// bench/README.md), so repeated profiles (a page re-submitted, a
// client retrying, a benchmark) skip both. Direct-mapped, kSlots entries,
// bodies up to kMaxBodyBytes: memory stays under ~3 MB per thread.
// Not thread-safe: each server thread uses its own (ForThisThread), so
// the hot path takes no lock.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace http {

class ResultCache {
 public:
  static constexpr size_t kSlots = 64;
  static constexpr size_t kMaxBodyBytes = 4096;  // realistic profiles: ~1 KB

  // The answer remembered for `body`, or nullptr.
  const std::string* Find(std::string_view body) const;
  // Remembers `answer` for `body` (replacing what shared its slot), unless
  // the body is too large to be worth keeping.
  void Insert(std::string_view body, std::string answer);

  static ResultCache& ForThisThread();

 private:
  struct Slot {
    std::string body;
    std::string answer;
    bool used = false;
  };
  static size_t SlotOf(std::string_view body);

  std::array<Slot, kSlots> slots_;
};

}  // namespace http
