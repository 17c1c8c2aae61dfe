// Evaluate: the decision engine's one entry point.
//
// Ranks every stack of the knowledge base for the profile, explains each
// score, runs the rules (tensions, warnings, checklist, advice, revisit
// triggers) and searches the single-answer changes that would change the
// winner. Pure and deterministic: the same knowledge base and profile give
// the same Recommendation, field for field. Never reads files, the clock,
// the environment or a random source; ties break by kStackIds order.
#pragma once

#include "engine/knowledge_base.h"
#include "engine/profile.h"
#include "engine/recommendation.h"

namespace engine {

Recommendation Evaluate(const KnowledgeBase& kb, const Profile& profile);

// The confidence Evaluate states, from r.robustness and r.ranking (used
// again when the robustness of several founders' answers is pooled).
Confidence ConfidenceOf(const KnowledgeBase& kb, const Recommendation& r);

}  // namespace engine
