#include "engine/robustness.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <numeric>
#include <random>

#include "engine/evaluate.h"
#include "engine/robustness_sampler.h"
#include "engine/test_knowledge_base.h"

namespace engine {
namespace {

using test_kb::TinyKnowledgeBase;

// Speed only (team fit weighs nothing), so each stack's score is its rating.
KnowledgeBase SpeedOnly(std::vector<double> speed, double weight_spread = 0.5,
                        double rating_spread = 0.5) {
  KnowledgeBase kb = TinyKnowledgeBase(
      {.speed = std::move(speed), .team_weight = 0, .speed_weight = 1});
  kb.robustness = {weight_spread, rating_spread, 4096};
  return kb;
}

Robustness Analyse(const KnowledgeBase& kb,
                   std::span<const bool> eligible = {}) {
  const Profile profile;
  const std::vector<double> weights = Weights(kb, FactsOf(kb, profile));
  const RatingMatrix ratings(kb, profile);
  const std::vector<int> order = RankOrder(Scores(kb, ratings, weights));
  return AnalyseRobustness(kb, weights, ratings, eligible, order);
}

double ShareOf(const Robustness& r, std::string_view stack) {
  for (const auto& s : r.stacks) {
    if (s.stack == stack) return s.first;
  }
  ADD_FAILURE() << "no stack " << stack;
  return -1;
}

TEST(Robustness, AStackThatDominatesEveryCriterionAlwaysRanksFirst) {
  // Python's 5 minus half a point still beats 1 plus half a point.
  const KnowledgeBase kb = SpeedOnly({5, 1, 1, 1, 1, 1, 1, 1, 1});
  const Robustness r = Analyse(kb);
  EXPECT_EQ(r.method, "smaa-2");
  EXPECT_EQ(r.samples, 4096);
  EXPECT_EQ(r.stacks[0].stack, "python");
  EXPECT_EQ(r.winner_share, 1.0);
  EXPECT_EQ(r.stacks[0].mean_rank, 1.0);
  EXPECT_EQ(r.summary,
            "Stack python ranks first in 100% of plausible weightings.");
}

TEST(Robustness, TwoIdenticalStacksShareTheWinEquallyWithoutSpread) {
  const KnowledgeBase kb = SpeedOnly({5, 5, 1, 1, 1, 1, 1, 1, 1}, 0, 0);
  const Robustness r = Analyse(kb);
  EXPECT_EQ(ShareOf(r, "python"), 0.5);
  EXPECT_EQ(ShareOf(r, "node"), 0.5);
  EXPECT_EQ(r.stacks[0].mean_rank, 1.5);
  EXPECT_EQ(r.stacks[1].mean_rank, 1.5);
  EXPECT_EQ(r.summary,
            "Stack python ranks first in 50% of plausible weightings; Stack "
            "node in 50%.");
}

TEST(Robustness, TwoIdenticalStacksSplitTheWinUnderSpread) {
  const KnowledgeBase kb = SpeedOnly({5, 5, 1, 1, 1, 1, 1, 1, 1});
  const Robustness r = Analyse(kb);
  EXPECT_NEAR(ShareOf(r, "python"), 0.5, 0.02);
  EXPECT_NEAR(ShareOf(r, "node"), 0.5, 0.02);
  EXPECT_DOUBLE_EQ(ShareOf(r, "python") + ShareOf(r, "node"), 1.0);
}

TEST(Robustness, WithoutSpreadTheDeterministicWinnerTakesEverySample) {
  const KnowledgeBase kb = SpeedOnly({2, 3, 4.5, 1, 4.4, 4, 2, 4.3, 2}, 0, 0);
  const Robustness r = Analyse(kb);
  EXPECT_EQ(r.stacks[0].stack, "go");
  EXPECT_EQ(r.winner_share, 1.0);
  // Tied stacks share their places: python, elixir and php hold 6 to 8.
  const std::vector<double> ranks = {1, 2, 3, 4, 5, 7, 7, 7, 9};
  for (size_t i = 0; i < r.stacks.size(); ++i) {
    EXPECT_EQ(r.stacks[i].mean_rank, ranks[i]) << r.stacks[i].stack;
  }
}

TEST(Robustness, CloseStacksShareTheWinAndTheSharesAddUpToOne) {
  const KnowledgeBase kb = SpeedOnly({2, 3, 4.5, 1, 4.4, 4, 2, 4.3, 2});
  const Robustness r = Analyse(kb);
  EXPECT_EQ(r.stacks[0].stack, "go");
  EXPECT_GT(r.winner_share, 0.3);
  EXPECT_LT(r.winner_share, 0.7);
  double total = 0;
  double ranks = 0;
  for (const auto& s : r.stacks) {
    total += s.first;
    ranks += s.mean_rank;
  }
  EXPECT_DOUBLE_EQ(total, 1.0);
  EXPECT_DOUBLE_EQ(ranks, 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9);
}

TEST(Robustness, TheSameInputGivesTheSameShares) {
  const KnowledgeBase kb = SpeedOnly({2, 3, 4.5, 1, 4.4, 4, 2, 4.3, 2});
  const Robustness a = Analyse(kb);
  const Robustness b = Analyse(kb);
  ASSERT_EQ(a.stacks.size(), b.stacks.size());
  for (size_t i = 0; i < a.stacks.size(); ++i) {
    EXPECT_EQ(a.stacks[i].first, b.stacks[i].first);
    EXPECT_EQ(a.stacks[i].mean_rank, b.stacks[i].mean_rank);
  }
}

TEST(Robustness, SamplesTheRoundedNumbersTheResultShows) {
  // 4.44 and 4.36 both show as 4.4: the analysis sees a tie.
  const KnowledgeBase kb = SpeedOnly({1, 4.44, 4.36, 1, 1, 1, 1, 1, 1}, 0, 0);
  const Robustness r = Analyse(kb);
  EXPECT_EQ(ShareOf(r, "node"), 0.5);
  EXPECT_EQ(ShareOf(r, "go"), 0.5);
}

TEST(Robustness, AnIneligibleStackRanksBelowEveryEligibleOne) {
  const KnowledgeBase kb = SpeedOnly({5, 1, 1, 1, 1, 1, 1, 1, 1.2});
  std::array<bool, 9> eligible;
  eligible.fill(true);
  eligible[0] = false;  // python, the best rated
  const Robustness r = Analyse(kb, eligible);
  EXPECT_EQ(ShareOf(r, "python"), 0.0);
  EXPECT_EQ(r.stacks[0].stack,
            "python");  // the order given, not the sampled one
  EXPECT_EQ(r.stacks[0].mean_rank, 9.0);
  EXPECT_GT(ShareOf(r, "php"), 0.3);
}

TEST(Robustness, WithNoEligibleStackTheScoresDecide) {
  const KnowledgeBase kb = SpeedOnly({5, 1, 1, 1, 1, 1, 1, 1, 1});
  std::array<bool, 9> eligible{};
  EXPECT_EQ(ShareOf(Analyse(kb, eligible), "python"), 1.0);
}

TEST(Robustness, AZeroWeightCriterionChangesNothing) {
  KnowledgeBase kb = SpeedOnly({2, 3, 4.5, 1, 4.4, 4, 2, 4.3, 2});
  const Robustness before = Analyse(kb);
  kb.criteria.push_back(
      {"unused", "Unused", "", RatingSource::kStatic, 0.0, "test"});
  for (size_t s = 0; s < kb.stacks.size(); ++s) {
    kb.stacks[s].ratings.push_back({5.0 * (s % 2), ""});
  }
  const Robustness after = Analyse(kb);
  for (size_t i = 0; i < before.stacks.size(); ++i) {
    EXPECT_EQ(before.stacks[i].first, after.stacks[i].first);
    EXPECT_EQ(before.stacks[i].mean_rank, after.stacks[i].mean_rank);
  }
}

TEST(Robustness, EvaluateReportsTheWinnersShareAndConfidenceFollowsIt) {
  KnowledgeBase kb = TinyKnowledgeBase({.speed = {5, 1, 1, 1, 1, 1, 1, 1, 1},
                                        .team_weight = 0,
                                        .speed_weight = 1});
  const Recommendation r = Evaluate(kb, Profile{});
  EXPECT_EQ(r.robustness.winner_share, 1.0);
  EXPECT_EQ(r.confidence.level, ConfidenceLevel::kHigh);
  EXPECT_EQ(r.confidence.why,
            "Stack python ranks first in 100% of plausible weightings (high "
            "from 90%, "
            "medium from 65%); it leads Stack node by 80 points.");
}

TEST(Robustness, SharesSayNoMoreThanTheSamplesShow) {
  EXPECT_EQ(SharePercent(1.0), "100%");
  EXPECT_EQ(SharePercent(0.996), "99%");
  EXPECT_EQ(SharePercent(0.974), "97%");
  EXPECT_EQ(SharePercent(0.004), "under 1%");
  EXPECT_EQ(SharePercent(0.0), "0%");
}

// The vector paths are an optimisation: on any input they must give exactly
// what the portable path gives. Few distinct ratings and no rating spread
// make ties, in some samples or in all; the eligible and the other stacks
// are ranked as groups of every size; 33 blocks end in a shorter run; more
// than four quads of criteria take the kernels' loop over quads.
TEST(RobustnessSampler, VectorAndPortablePathsAgreeExactly) {
  std::mt19937 random(7);
  for (const smaa::NoiseKey& key :
       {smaa::NoiseKey{512, 9, 13, 0.5, 0.5},
        smaa::NoiseKey{528, 9, 13, 0.5, 0}, smaa::NoiseKey{528, 12, 9, 0, 1},
        smaa::NoiseKey{512, 6, 22, 0.5, 0.5}}) {
    const smaa::Noise& noise = smaa::NoiseFor(key);
    for (int round = 0; round < 40; ++round) {
      const int quads = 1 + static_cast<int>(random() % noise.quads);
      std::vector<int32_t> weights(smaa::kSlotsPerQuad * quads);
      std::vector<int32_t> ratings(key.stacks * smaa::kSlotsPerQuad * quads);
      std::vector<uint8_t> eligible(key.stacks);
      for (auto& w : weights) w = static_cast<int32_t>(random() % 60);
      for (auto& r : ratings)
        r = static_cast<int32_t>(random() % 6) * smaa::kUnitsPerPoint;
      // Every stack, none, some of them, or two or three eligible (the
      // sizes the fused two-group kernels take).
      const int kind = round % 4;
      for (auto& e : eligible)
        e = kind == 0 || (kind == 2 && random() % 4 != 0);
      if (kind == 3) {
        for (int chosen = 0; chosen < 2 + round / 4 % 2;) {
          uint8_t& e = eligible[random() % key.stacks];
          chosen += e == 0;
          e = 1;
        }
      }
      const smaa::Problem problem{key.stacks, quads, weights, ratings,
                                  eligible};
      smaa::Tally fast;
      smaa::Tally avx2;
      smaa::Tally portable;
      smaa::Sample(noise, problem, fast);
      smaa::Sample(noise, problem, avx2, smaa::Path::kAvx2);
      smaa::Sample(noise, problem, portable, smaa::Path::kPortable);
      const std::string where = "samples " + std::to_string(key.samples) +
                                ", round " + std::to_string(round);
      EXPECT_EQ(fast.first_units, portable.first_units) << where;
      EXPECT_EQ(fast.rank_halves, portable.rank_halves) << where;
      EXPECT_EQ(avx2.first_units, portable.first_units) << where;
      EXPECT_EQ(avx2.rank_halves, portable.rank_halves) << where;
    }
  }
}

// Weights too large for 16-bit lanes take the portable path. Scaling every
// weight alike keeps their proportions, and the sampled weights are kept to
// 1/255 of the largest either way: the rankings differ only in samples
// where that rounding falls otherwise, at most 2% of them.
TEST(RobustnessSampler, WeightsBeyondTheVectorRangeGiveTheSameRanking) {
  constexpr int kSamples = 512;
  const smaa::Noise& noise = smaa::NoiseFor({kSamples, 9, 13, 0.5, 0.5});
  std::vector<int32_t> small = {40, 20, 15, 10, 5, 25, 0, 0};
  std::vector<int32_t> large;
  for (int32_t w : small) large.push_back(w * 1000);
  std::vector<int32_t> ratings(9 * 8);
  for (size_t i = 0; i < ratings.size(); ++i)
    ratings[i] = static_cast<int32_t>(i * 37 % 251);
  const std::vector<uint8_t> eligible(9, 1);
  smaa::Tally a;
  smaa::Tally b;
  smaa::Sample(noise, {9, 2, small, ratings, eligible}, a);
  smaa::Sample(noise, {9, 2, large, ratings, eligible}, b);
  int64_t firsts_moved = 0;
  int64_t ranks_moved = 0;
  for (int s = 0; s < 9; ++s) {
    firsts_moved += std::abs(a.first_units[s] - b.first_units[s]);
    ranks_moved += std::abs(a.rank_halves[s] - b.rank_halves[s]);
  }
  // A sample that swaps two stacks moves each by a place: two halves of
  // rank each, and a first place from one to the other.
  constexpr int64_t kSwapsAllowed = kSamples / 50;
  EXPECT_LE(firsts_moved, kSwapsAllowed * 2 * smaa::kFirstPlaceUnits);
  EXPECT_LE(ranks_moved, kSwapsAllowed * 4);
  EXPECT_GT(a.first_units[0] + a.first_units[1], 0);  // not all zero
}

// The kernels read the tables a cache line at a time.
TEST(RobustnessSampler, TablesStartOnACacheLine) {
  for (const smaa::NoiseKey& key : {smaa::NoiseKey{512, 9, 13, 0.5, 0.5},
                                    smaa::NoiseKey{528, 3, 5, 0.2, 0.1}}) {
    const smaa::Noise& noise = smaa::NoiseFor(key);
    EXPECT_EQ(
        reinterpret_cast<uintptr_t>(noise.offsets.data()) % smaa::kCacheLine,
        0u);
    EXPECT_EQ(
        reinterpret_cast<uintptr_t>(noise.factors.data()) % smaa::kCacheLine,
        0u);
  }
}

}  // namespace
}  // namespace engine
