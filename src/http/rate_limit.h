// RateLimit: how many assessments one client may create, per address.
//
// A token bucket per client address: `burst` creations at once, then one
// every `interval`. Allow() takes a token or says how long until the next
// one (the 429's Retry-After). The table of clients is bounded: past
// kMaxClients addresses, those whose buckets have refilled are forgotten
// (they lose nothing), and if none has, the oldest-refilling half is.
// Time comes from the clock given at construction (base::Clock, so tests
// step it). Thread-safe: one mutex, held for a map lookup.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/clock.h"

namespace http {

struct RateLimitOptions {
  // 120 creations an hour, 20 at once: far more than a person or a team
  // needs, far less than fills a disk (a saved assessment is ~40 KB).
  size_t burst = 20;
  std::chrono::seconds interval{30};
  bool unlimited = false;  // `serve --creations-per-hour 0`, for load tests
};

class RateLimit {
 public:
  static constexpr size_t kMaxClients = 10'000;

  RateLimit(RateLimitOptions options, base::Clock clock);

  // nullopt when `client` may go ahead (a token is taken); otherwise the
  // whole seconds until it may try again (at least 1).
  std::optional<std::chrono::seconds> Allow(std::string_view client);

 private:
  using TimePoint = std::chrono::system_clock::time_point;
  // The moment the bucket will be full again; a bucket with n tokens left
  // is full at now + (burst - n) * interval.
  void Forget(TimePoint now);

  RateLimitOptions options_;
  base::Clock clock_;
  std::mutex mutex_;
  std::unordered_map<std::string, TimePoint> full_at_;
};

}  // namespace http
