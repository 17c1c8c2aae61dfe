#include "engine/rules.h"

#include <cstdint>

namespace engine {
namespace {

bool InMask(double value, uint64_t mask) {
  return (mask >> static_cast<int>(value)) & 1u;
}

}  // namespace

bool Holds(const FactTest& test, const Facts& facts) {
  const FactValue& fact = facts[static_cast<int>(test.fact)];
  if (test.op == TestOp::kAbsent) return !fact.present;
  if (!fact.present) return false;
  // Only set facts are bit masks; a number may be negative (planned hires),
  // and converting a negative double to uint64_t is undefined.
  const uint64_t bits = fact.value >= 0 ? static_cast<uint64_t>(fact.value) : 0;
  switch (test.op) {
    case TestOp::kIn:
      return InMask(fact.value, test.mask);
    case TestOp::kNotIn:
      return !InMask(fact.value, test.mask);
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

bool AllHold(std::span<const FactTest> tests, const Facts& facts) {
  for (const FactTest& test : tests) {
    if (!Holds(test, facts)) return false;
  }
  return true;
}

bool Fires(const Rule& rule, const Facts& facts) {
  if (!AllHold(rule.when, facts)) return false;
  return rule.unless.empty() || !AllHold(rule.unless, facts);
}

}  // namespace engine
