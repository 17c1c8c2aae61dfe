// Scoring: weights from the rules, ratings from the knowledge base and the
// profile, and each stack's score out of 100.
//
// score(stack) = 100 * sum_c(weight_c * rating_c) / (5 * sum_c(weight_c)),
// so a stack rated 5 on every weighted criterion scores 100 and each
// criterion's contribution is its share of that sum. Pure and
// deterministic; ties between stacks break by kStackIds order.
#pragma once

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

// What one member's best level in a stack's languages is worth.
double TeamFitRating(SkillLevel level);

// The team's fit with a stack: the mean of every member's rating, so two
// Rails experts outweigh one colleague with working JavaScript, and a
// language only one of five engineers knows counts for a fifth. 0 for an
// empty team (the knowledge base then drops the criterion's weight).
double TeamFitRating(std::span<const TeamMember> team, int stack);

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
                const std::vector<double>& weights, std::vector<double>& scores);

// Stack indexes from best to worst score; ties keep kStackIds order.
std::vector<int> RankOrder(const std::vector<double>& scores);

// The best stack's index (RankOrder(scores)[0] without sorting).
int Winner(const std::vector<double>& scores);

}  // namespace engine
