// What-if: the single-answer changes that would change the winner.
//
// Tries every other value of each product answer, the launch status, the
// hiring plan, and "an engineer with working (or expert) skill in the
// stack's language joins the team" for every stack; re-ranks each variant (weights
// and ratings only, no explanations) and keeps those with a new winner, in
// that order. Answers that move no score (hiring region, leaning,
// planned languages) are not tried: they change warnings, never the winner.
#pragma once

#include <vector>

#include "engine/knowledge_base.h"
#include "engine/profile.h"
#include "engine/recommendation.h"

namespace engine {

std::vector<WhatIf> FindWhatIfs(const KnowledgeBase& kb, const Profile& profile,
                                int winner);

}  // namespace engine
