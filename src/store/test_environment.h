// A predictable outside world for store tests.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <span>

#include "store/assessment_store.h"

namespace store::testing {

// Counts up from 0 so ids and tokens are predictable; the clock ticks one
// second per reading, from 2026-11-18T11:06:40Z.
inline StoreEnvironment Deterministic() {
  auto counter = std::make_shared<uint8_t>(0);
  auto seconds = std::make_shared<int64_t>(1'795'000'000);
  return StoreEnvironment{[counter](std::span<uint8_t> out) {
                            for (uint8_t& byte : out) byte = (*counter)++;
                            return true;
                          },
                          [seconds] {
                            return std::chrono::system_clock::time_point(
                                std::chrono::seconds((*seconds)++));
                          }};
}

}  // namespace store::testing
