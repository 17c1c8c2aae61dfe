#include "engine/robustness.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <string>

#include "engine/robustness_sampler.h"

namespace engine {
namespace {

// A weight or rating as the result JSON shows it: one decimal, in tenths.
// Capped at a weight of 100,000 so that every sum fits the sampler's
// 64-bit arithmetic (a knowledge base's weights are single digits).
int32_t Tenths(double value) {
  constexpr double kMaxTenths = 1'000'000;
  // std::lround for a number that is never negative, without a call to the
  // maths library for each of a hundred ratings: the fraction left after
  // truncating is exact, and a half rounds up. Added rather than branched
  // on: whether a team-fit rating's fraction reaches a half is a coin toss.
  const double tenths = std::clamp(value * 10.0, 0.0, kMaxTenths);
  const auto truncated = static_cast<int32_t>(tenths);
  return truncated + static_cast<int32_t>(tenths - truncated >= 0.5);
}

std::string Summary(const KnowledgeBase& kb, const Robustness& r,
                    std::span<const int> order) {
  std::string out = kb.stacks[order[0]].name + " ranks first in " +
                    SharePercent(r.stacks[0].first) +
                    " of plausible weightings";
  int others = 0;
  for (size_t i = 1; i < r.stacks.size() && others < 2; ++i) {
    if (r.stacks[i].first <= 0) continue;
    out += (others == 0 ? "; " : ", ") + kb.stacks[order[i]].name + " in " +
           SharePercent(r.stacks[i].first);
    ++others;
  }
  return out + ".";
}

}  // namespace

std::string SharePercent(double share) {
  if (share > 0 && share < 0.005) return "under 1%";
  long percent = std::lround(share * 100.0);
  if (share < 1 && percent == 100) percent = 99;
  return std::to_string(percent) + "%";
}

Robustness AnalyseRobustness(const KnowledgeBase& kb,
                             std::span<const double> weights,
                             const RatingMatrix& ratings,
                             std::span<const bool> eligible,
                             std::span<const int> order) {
  const RobustnessSettings& settings = kb.robustness;
  const int stacks = static_cast<int>(kb.stacks.size());
  const int criteria = static_cast<int>(kb.criteria.size());
  assert(static_cast<int>(weights.size()) == criteria);
  assert(eligible.empty() || static_cast<int>(eligible.size()) == stacks);

  std::vector<int> active;
  active.reserve(criteria);
  for (int c = 0; c < criteria; ++c) {
    if (Tenths(weights[c]) > 0) active.push_back(c);
  }
  const int quads = static_cast<int>(active.size() + smaa::kSlotsPerQuad - 1) /
                    smaa::kSlotsPerQuad;
  const int slots = smaa::kSlotsPerQuad * quads;
  std::vector<int32_t> slot_weights(slots, 0);
  std::vector<int32_t> slot_ratings(static_cast<size_t>(stacks) * slots, 0);
  std::vector<uint8_t> stack_eligible(stacks, 1);
  for (int j = 0; j < static_cast<int>(active.size()); ++j) {
    slot_weights[j] = Tenths(weights[active[j]]);
    for (int s = 0; s < stacks; ++s) {
      // To the nearest unit; tenths are never negative.
      const int32_t units =
          (Tenths(ratings.at(s, active[j])) * smaa::kUnitsPerPoint +
           smaa::kTenthsPerWeight / 2) /
          smaa::kTenthsPerWeight;
      slot_ratings[s * slots + j] = std::clamp(units, 0, smaa::kMaxRatingUnits);
    }
  }
  for (int s = 0; s < stacks && !eligible.empty(); ++s)
    stack_eligible[s] = eligible[s];

  const smaa::Noise& noise = smaa::NoiseFor(
      smaa::NoiseKey{settings.samples, stacks, criteria, settings.weight_spread,
                     settings.rating_spread});
  smaa::Tally tally;
  smaa::Sample(
      noise,
      smaa::Problem{stacks, quads, slot_weights, slot_ratings, stack_eligible},
      tally);

  Robustness out;
  out.weight_spread = settings.weight_spread;
  out.rating_spread = settings.rating_spread;
  out.samples = settings.samples;
  const double samples = settings.samples;
  out.stacks.reserve(order.size());
  for (int s : order) {
    out.stacks.push_back(StackAcceptability{
        kb.stacks[s].id,
        static_cast<double>(tally.first_units[s]) /
            (smaa::kFirstPlaceUnits * samples),
        static_cast<double>(tally.rank_halves[s]) / (2.0 * samples)});
  }
  if (!out.stacks.empty()) {
    out.winner_share = out.stacks.front().first;
    out.summary = Summary(kb, out, order);
  }
  return out;
}

}  // namespace engine
