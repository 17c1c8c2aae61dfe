// ResultCache: recent POST /api/v1/recommendations answers, by request body.
//
// Evaluate is pure and the server's knowledge base never changes, so the
// same body always gets the same answer: remembering it is safe. Writing
// the 30 KB result JSON costs far more than evaluating (see
// bench/README.md), so repeated profiles (a page re-submitted, a
// client retrying, a benchmark) skip both. Direct-mapped, kSlots entries,
// bodies up to kMaxBodyBytes: memory stays under ~3 MB per thread.
// Only a body seen before is admitted (its hash is noted the first time, in
// a table of kSeen hashes): traffic that never repeats a profile pays no
// 40 KB copy per request for a cache it never hits.
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
  static constexpr size_t kSeen = 4 * kSlots;

  // The answer remembered for `body`, or nullptr.
  const std::string* Find(std::string_view body) const;
  // Remembers `answer` for `body` (replacing what shared its slot) when the
  // body was offered before and is small enough to be worth keeping;
  // otherwise notes the body as seen once.
  void Insert(std::string_view body, const std::string& answer);

  static ResultCache& ForThisThread();

  // The slot a body is kept in: bodies sharing one replace each other.
  static size_t SlotOf(std::string_view body);

 private:
  struct Slot {
    std::string body;
    std::string answer;
    bool used = false;
  };

  std::array<Slot, kSlots> slots_;
  std::array<size_t, kSeen> seen_{};  // hashes of bodies offered once
};

}  // namespace http
