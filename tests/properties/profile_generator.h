// ProfileGenerator: random founder profiles for the property tests.
//
// Deterministic: the same seed gives the same sequence of profiles on every
// run (draws use the raw 64-bit output of std::mt19937_64, whose sequence the
// standard fixes, never a distribution, whose algorithm it leaves open).
// Every field is drawn, including the ones that move no score, and every
// profile is one io::ParseProfile accepts: teams of 0-5 members with 0-3
// languages each at any level, any product and company answers, a current
// backend with or without a launch, planned languages, a leaning and its
// reasons.
#pragma once

#include <cstdint>
#include <random>
#include <span>
#include <string>
#include <vector>

#include "engine/profile.h"

namespace properties {

class ProfileGenerator {
 public:
  explicit ProfileGenerator(uint64_t seed) : random_(seed) {}

  engine::Profile Next();

  // A member with 0-3 distinct languages at any level (kNone included).
  engine::TeamMember NextMember(int index);

 private:
  uint64_t Below(uint64_t n) { return random_() % n; }
  bool Coin() { return Below(2) == 1; }
  template <typename Enum>
  Enum AnyOf() {
    return static_cast<Enum>(Below(engine::Names(Enum{}).size()));
  }
  // 0..max distinct values of Enum, in draw order.
  template <typename Enum>
  std::vector<Enum> DistinctOf(int max);
  // Up to `max` distinct language ids of the built-in knowledge base.
  std::vector<std::string> DistinctLanguages(int max);

  engine::Product NextProduct();
  engine::Company NextCompany();
  engine::Leaning NextLeaning();

  std::mt19937_64 random_;
};

}  // namespace properties
