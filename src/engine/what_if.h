// What-if: the answer changes that would change the winner.
//
// The candidate changes are every other value of each product answer, the
// launch status (with a current backend), the hiring plan, and "an engineer
// with working (or expert) skill in the stack's language joins the team"
// for every stack. Each variant is ranked exactly as Evaluate ranks the
// profile with the changes applied (weights, ratings, team first), from
// the base profile's facts with only the changed ones redone, so every
// what-if holds when the founder applies it (the property tests check the
// variants against RankWinner on the changed profile).
//
// FindWhatIfs keeps the single changes that change the winner; when none
// does, it searches pairs among the changes that narrow the winner's lead
// most. FindLeaningPath says, for the stack the founder leans toward, the
// smallest set of changes (up to three) found that would make it win.
// Answers that move no score (hiring region, leaning, planned languages)
// are not tried: they change warnings, never the winner.
#pragma once

#include <optional>
#include <vector>

#include "engine/knowledge_base.h"
#include "engine/profile.h"
#include "engine/recommendation.h"
#include "engine/scoring.h"

namespace engine {

std::vector<WhatIf> FindWhatIfs(const KnowledgeBase& kb, const Profile& profile,
                                int winner);

// Nothing when the profile has no leaning or the leaning already wins.
std::optional<LeaningPath> FindLeaningPath(const KnowledgeBase& kb,
                                           const Profile& profile, int winner);

// Both at once, ranking each single change only once (what Evaluate uses).
struct WhatIfAnswers {
  std::vector<WhatIf> what_if;
  std::optional<LeaningPath> leaning_path;
};
WhatIfAnswers FindWhatIfsAndLeaningPath(const KnowledgeBase& kb,
                                        const Profile& profile, int winner);
// The same, from the profile's facts (FactsOf, before the recommended
// stack's are set) and ratings, which Evaluate has computed already.
WhatIfAnswers FindWhatIfsAndLeaningPath(const KnowledgeBase& kb,
                                        const Profile& profile, int winner,
                                        const Facts& facts,
                                        const RatingMatrix& ratings);

// The winner of a profile as Evaluate ranks it, without explanations.
int RankWinner(const KnowledgeBase& kb, const Profile& profile);

}  // namespace engine
