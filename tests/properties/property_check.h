// HoldsForAll: runs a property over generated profiles and reports the first
// profile that breaks it.
//
// A property is a function from a profile to nothing (it holds) or a
// sentence saying how it is broken. HoldsForAll draws `count` profiles from
// `seed`, stops at the first violation, shrinks that profile (shrink.h) and
// fails with the sentence and both profiles as JSON: the shrunk one without
// its default answers, to reproduce with, and the generated one in full
// (io::ProfileToJson), for the record.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "engine/profile.h"
#include "engine/recommendation.h"

namespace properties {

using Property =
    std::function<std::optional<std::string>(const engine::Profile&)>;

// Profiles per property: 2,000 or more in an optimised build; fewer in a
// Debug or sanitizer build, where an evaluation is some fifty times slower,
// so that the whole executable stays near 20 s there too. Set by
// tests/properties/CMakeLists.txt.
inline constexpr int kProfiles = STACKWISE_PROPERTY_PROFILES;

::testing::AssertionResult HoldsForAll(uint64_t seed, int count,
                                       const Property& property);

// Result helpers shared by the properties.
std::string Winner(const engine::Recommendation& result);
bool HasWarning(const engine::Recommendation& result, std::string_view id);

}  // namespace properties
