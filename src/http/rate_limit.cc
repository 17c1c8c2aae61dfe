#include "http/rate_limit.h"

#include <algorithm>
#include <vector>

namespace http {

RateLimit::RateLimit(RateLimitOptions options, base::Clock clock)
    : options_(options), clock_(std::move(clock)) {}

std::optional<std::chrono::seconds> RateLimit::Allow(std::string_view client) {
  if (options_.unlimited) return std::nullopt;
  const TimePoint now = clock_();
  const auto window = options_.interval * static_cast<int64_t>(options_.burst);
  std::lock_guard lock(mutex_);
  auto found = full_at_.find(std::string(client));
  if (found == full_at_.end()) {
    if (full_at_.size() >= kMaxClients) Forget(now);
    found = full_at_.emplace(std::string(client), now).first;
  }
  TimePoint full_at = std::max(found->second, now);
  // Taking a token pushes "full" one interval later; the bucket is empty
  // when that would be more than burst intervals away.
  TimePoint after = full_at + options_.interval;
  if (after - now > window) {
    auto wait = std::chrono::ceil<std::chrono::seconds>(after - now - window);
    return std::max(wait, std::chrono::seconds(1));
  }
  found->second = after;
  return std::nullopt;
}

void RateLimit::Forget(TimePoint now) {
  std::erase_if(full_at_,
                [now](const auto& entry) { return entry.second <= now; });
  if (full_at_.size() < kMaxClients) return;
  std::vector<TimePoint> times;
  times.reserve(full_at_.size());
  for (const auto& [client, full_at] : full_at_) times.push_back(full_at);
  auto middle = times.begin() + static_cast<std::ptrdiff_t>(times.size() / 2);
  std::nth_element(times.begin(), middle, times.end());
  TimePoint cut = *middle;
  std::erase_if(full_at_,
                [cut](const auto& entry) { return entry.second <= cut; });
}

}  // namespace http
