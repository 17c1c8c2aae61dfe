// Rule evaluation: does a fact test hold, does a rule fire.
//
// Pure functions of the compiled tests and the facts; no allocation, since
// the what-if search runs the weight rules dozens of times per request.
// A test on an absent fact is false, except `present = false` (kAbsent).
//
// Defined here, inline: a what-if search runs some thousand tests per
// evaluation, and a call per test cost more than the test.
#pragma once

#include <cstdint>
#include <span>

#include "engine/facts.h"
#include "engine/knowledge_base.h"

namespace engine {

inline bool Holds(const FactTest& test, const Facts& facts) {
  const FactValue& fact = facts[static_cast<int>(test.fact)];
  if (test.op == TestOp::kAbsent) return !fact.present;
  if (!fact.present) return false;
  // Most tests ask whether an answer is one of some values: a branch the
  // predictor learns, where the switch's indirect jump was mispredicted.
  if (test.op == TestOp::kIn)
    return ((test.mask >> static_cast<int>(fact.value)) & 1u) != 0;
  // Only set facts are bit masks; a number may be negative (planned hires),
  // and converting a negative double to uint64_t is undefined.
  const uint64_t bits = fact.value >= 0 ? static_cast<uint64_t>(fact.value) : 0;
  switch (test.op) {
    case TestOp::kIn:
      return ((test.mask >> static_cast<int>(fact.value)) & 1u) != 0;
    case TestOp::kNotIn:
      return ((test.mask >> static_cast<int>(fact.value)) & 1u) == 0;
    case TestOp::kHasAny:
      return (bits & test.mask) != 0;
    case TestOp::kHasAll:
      return (bits & test.mask) == test.mask;
    case TestOp::kHasNone:
      return (bits & test.mask) == 0;
    case TestOp::kEq:
      return fact.value == test.number;
    case TestOp::kLt:
      return fact.value < test.number;
    case TestOp::kLe:
      return fact.value <= test.number;
    case TestOp::kGt:
      return fact.value > test.number;
    case TestOp::kGe:
      return fact.value >= test.number;
    case TestOp::kPresent:
      return true;
    case TestOp::kAbsent:
      break;  // handled above
  }
  return false;
}

// True when every test holds (and so for an empty list).
inline bool AllHold(std::span<const FactTest> tests, const Facts& facts) {
  for (const FactTest& test : tests) {
    if (!Holds(test, facts)) return false;
  }
  return true;
}

// `when` holds and `unless` (when given) does not.
inline bool Fires(const Rule& rule, const Facts& facts) {
  if (!AllHold(rule.when, facts)) return false;
  return rule.unless.empty() || !AllHold(rule.unless, facts);
}

}  // namespace engine
