// Robustness: how often each stack ranks first when the hand-set weights and
// ratings are allowed to be wrong (SMAA-2 rank acceptability).
//
// Each sample multiplies every criterion weight by its own factor uniform in
// [1 - s, 1 + s] and adds to every rating its own offset uniform in [-r, r],
// clamped to 0..5 (s and r from the knowledge base's [robustness] table);
// score = 20 * sum(w * rating) / sum(w), as in scoring.h. In each sample the
// eligible stacks rank above the ineligible ones, each group by sampled
// score; the k stacks tied for first each get 1/k of that sample, and tied
// stacks share their ranks (two tied for first both rank 1.5).
//
// The inputs are the numbers the result shows: weights and ratings rounded
// to one decimal, as io/result_json writes them, so that a reference
// computed from the JSON alone agrees. Offsets and factors are drawn once
// per (samples, stacks, criteria, s, r) with a fixed seed (Latin hypercube
// columns) and rounded to 1/51 of a point, as the ratings are, and every
// sum is exact integer arithmetic:
// the same inputs give the same shares, bit for bit, on every machine and
// code path. Criteria whose weight is 0 are skipped (their sampled weight
// stays 0).
//
// Pure and deterministic; thread-safe. Never reads files, the clock or the
// environment. The drawn tables are cached for the life of the process
// (about 0.7 MB for 4096 samples of 9 stacks and 13 criteria); an
// evaluation allocates only its result.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/knowledge_base.h"
#include "engine/scoring.h"

namespace engine {

struct StackAcceptability {
  std::string_view stack;  // id (the knowledge base's text)
  double first = 0;        // share of samples in which it ranks first, 0..1
  double mean_rank = 0;    // 1 = always first
};

struct Robustness {
  std::string method = "smaa-2";
  double weight_spread = 0;
  double rating_spread = 0;
  int samples = 0;
  double winner_share = 0;  // `first` of the deterministic winner
  std::vector<StackAcceptability>
      stacks;  // in the deterministic ranking's order
  // In words: "Python ranks first in 97% of plausible weightings; Node.js
  // in 3%." (the winner, then up to two others that ever rank first).
  std::string summary;
};

// A share as a whole percentage that never claims more certainty than the
// samples show: 0.996 is "99%", not "100%"; 0.004 is "under 1%".
std::string SharePercent(double share);

// `weights` and `eligible` are indexed like kb.criteria and kb.stacks;
// `order` is the deterministic ranking (RankOrder), whose first stack is
// the winner. An empty `eligible` means every stack is eligible.
Robustness AnalyseRobustness(const KnowledgeBase& kb,
                             std::span<const double> weights,
                             const RatingMatrix& ratings,
                             std::span<const bool> eligible,
                             std::span<const int> order);

}  // namespace engine
