// Rule evaluation: does a fact test hold, does a rule fire.
//
// Pure functions of the compiled tests and the facts; no allocation, since
// the what-if search runs the weight rules dozens of times per request.
// A test on an absent fact is false, except `present = false` (kAbsent).
#pragma once

#include <span>

#include "engine/facts.h"
#include "engine/knowledge_base.h"

namespace engine {

bool Holds(const FactTest& test, const Facts& facts);

// True when every test holds (and so for an empty list).
bool AllHold(std::span<const FactTest> tests, const Facts& facts);

// `when` holds and `unless` (when given) does not.
bool Fires(const Rule& rule, const Facts& facts);

}  // namespace engine
