// A small hand-built Recommendation and Profile for the renderers' tests:
// two stacks, one item of every kind, every checklist status. Written out
// in full so that a test's expected output can be read against it.
#pragma once

#include "engine/profile.h"
#include "engine/recommendation.h"

namespace io::testing {

engine::Recommendation SampleRecommendation();
engine::Profile SampleProfile();

}  // namespace io::testing
