// Scoring: weights from the rules, ratings from the knowledge base and the
// profile, and each stack's score out of 100.
//
// score(stack) = 100 * sum_c(weight_c * rating_c) / (5 * sum_c(weight_c)),
// so a stack rated 5 on every weighted criterion scores 100 and each
// criterion's contribution is its share of that sum. Pure and
// deterministic; ties between stacks break by kStackIds order.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "engine/facts.h"
#include "engine/knowledge_base.h"
#include "engine/profile.h"

namespace engine {

inline constexpr double kMaxRating = 5.0;

// Each criterion's base weight plus what every firing weight rule adds,
// floored at zero; indexed like kb.criteria.
std::vector<double> Weights(const KnowledgeBase& kb, const Facts& facts);

// The same into a caller's buffer: the what-if search ranks dozens of
// variants per evaluation and reuses one buffer instead of allocating.
void WeightsInto(const KnowledgeBase& kb, const Facts& facts,
                 std::vector<double>& weights);

// Ratings 0..5 of every stack on every criterion, row-major by stack.
class RatingMatrix {
 public:
  RatingMatrix(const KnowledgeBase& kb, const Profile& profile);

  // Re-rates the team-skill criteria for another team (what-if search).
  void SetTeam(const KnowledgeBase& kb, std::span<const TeamMember> team);

  double at(int stack, int criterion) const {
    return values_[stack * criteria_ + criterion];
  }

 private:
  int criteria_;
  std::vector<double> values_;
};

// How likely one member at `level` is to carry the stack on their own:
// expert 0.8, working 0.5, basic 0.15, none 0.
double CarryChance(SkillLevel level);

// The team's fit with a stack, 0..5: five times the chance that at least
// one member can carry it, 5 * (1 - prod(1 - CarryChance(level_i))). It
// grows with every member who knows the stack and never falls when someone
// gains skill or joins (a mean would: one expert would count as three, and
// a newcomer who knows the winner could make it lose). One expert rates 4,
// two 4.8; one working engineer 2.5, two 3.75; one basic 0.75. 0 for an empty
// team (the knowledge base then drops the criterion's weight).
double TeamFitRating(const KnowledgeBase& kb, std::span<const TeamMember> team,
                     int stack);

// The level at which the article counts a language as known: checklist
// item 1, "do not choose a language no one on the team knows well".
inline constexpr SkillLevel kKnowsWell = SkillLevel::kWorking;

// Team first (question 1, "team expertise trumps all other factors at
// startup stage", and checklist item 1), as a rule rather than a weight
// that others can outvote: when someone on the team knows a stack well, a
// stack nobody knows well ranks below every stack the team knows, whatever
// its score, unless a firing rule admits it (core ML admits Python; a
// launched product admits its current backend). Bit s is set when stack s
// may win; every bit is set when nobody knows any stack well (no team, or
// basic skills only), so the scores alone decide.
using Eligibility = uint32_t;
Eligibility TeamFirst(const KnowledgeBase& kb, const Facts& facts);
// The same, trying only `admit_rules` (the rules of kb that admit a stack,
// in file order): the what-if search ranks many variants of one profile.
Eligibility TeamFirst(const KnowledgeBase& kb, const Facts& facts,
                      std::span<const Rule* const> admit_rules);
inline bool IsEligible(Eligibility eligible, int stack) {
  return (eligible >> stack) & 1u;
}

// Pools differ by orders of magnitude, so the hiring-pool rating is
// logarithmic in the talent share: the largest pool in the knowledge base
// rates 5, and each tenfold smaller pool kTalentRatingPerDecade less
// (Ruby's 5.2% against JavaScript's 62.3% rates 2.3).
inline constexpr double kTalentRatingPerDecade = 2.5;
double TalentRating(const KnowledgeBase& kb, int stack);

// Scores 0..100 per stack, indexed like kb.stacks.
std::vector<double> Scores(const KnowledgeBase& kb, const RatingMatrix& ratings,
                           const std::vector<double>& weights);
void ScoresInto(const KnowledgeBase& kb, const RatingMatrix& ratings,
                const std::vector<double>& weights,
                std::vector<double>& scores);

// Stack indexes from best to worst: eligible stacks first, then by score;
// ties keep the knowledge base's stack order.
std::vector<int> RankOrder(const std::vector<double>& scores,
                           Eligibility eligible = ~Eligibility{0});

// The best stack's index (RankOrder(...)[0] without sorting).
int Winner(std::span<const double> scores,
           Eligibility eligible = ~Eligibility{0});

}  // namespace engine
