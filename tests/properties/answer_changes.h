// Answer changes, applied the way a founder would apply them.
//
// The property tests check what the result claims about changed answers
// (what_if, leaning_path) by applying each {field, value} here and
// evaluating again. This applier is written from the field paths the
// result documents, not from the engine's what-if search, so that a change
// the engine tries differently from how it reports it shows up:
//   product.<answer> = <wire name>   ai_ml, ai_ml_approach, realtime,
//                                    workload, kind; booleans "true"/"false"
//                                    for data_intensive,
//                                    performance_differentiator,
//                                    server_rendering
//   company.launched = "true"/"false"
//   company.engineers_in_12_months = <whole number>
//   team.skills.<language> = <level>  a NEW member with that one skill joins
// Anything else is an invalid_argument Error naming the field.
#pragma once

#include <span>
#include <vector>

#include "base/result.h"
#include "engine/knowledge_base.h"
#include "engine/profile.h"
#include "engine/recommendation.h"

namespace properties {

base::Result<void> ApplyChange(const engine::AnswerChange& change,
                               engine::Profile& profile);

// A copy of `profile` with every change applied in order.
base::Result<engine::Profile> WithChanges(
    const engine::Profile& profile,
    std::span<const engine::AnswerChange> changes);

// Every single change of the what-if family (engine/what_if.h) for this
// profile, drawn up here from the family's description: every other value
// of each product answer that moves a score, the launch toggle when there
// is a current backend, no hires and ten more hires, and a member with
// working or expert skill in any language of any stack joining -- also in
// a stack the team already knows, since one more engineer who knows it
// raises its team fit.
std::vector<engine::AnswerChange> SingleChanges(const engine::KnowledgeBase& kb,
                                                const engine::Profile& profile);

}  // namespace properties
