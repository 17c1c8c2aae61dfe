// Shrink: the smallest profile found that still violates a property.
//
// A generated profile that breaks a property carries a dozen answers that
// have nothing to do with it. Shrink simplifies greedily -- drops a member,
// a skill or a planned language, lowers a level, resets one answer to its
// default -- keeping each step after which `violates` still holds, until no
// step does. The result is a local minimum, not necessarily the global one;
// it is deterministic, so a failure message is the same on every run.
#pragma once

#include <functional>

#include "engine/profile.h"

namespace properties {

using Violates = std::function<bool(const engine::Profile&)>;

// `violates(profile)` must hold on entry.
engine::Profile Shrink(engine::Profile profile, const Violates& violates);

}  // namespace properties
