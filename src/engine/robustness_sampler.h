// The robustness analysis's hot loop (engine/robustness.h is the contract):
// the drawn offsets and factors, and the pass that ranks every sample.
//
// Everything is in fixed point so that the result is exact integer
// arithmetic, the same on every code path: ratings, offsets and weight
// factors in units of 0.02 (kUnitsPerPoint per point), weights in tenths.
// A sampled score is sum over criteria of weight_tenths * factor_units *
// clamp(rating_units + offset_units, 0, 250); the ranking only compares
// scores of one sample, so the common divisor sum(w) is never needed.
//
// Criteria with weight 0 are left out: the active ones are packed into
// "slots", two per pair, and slot j reads the j-th drawn column. Samples come
// in blocks of kBlock; the tables are laid out block by block so that one
// block of one stack and one pair is 32 consecutive bytes, which one 16-bit
// multiply-add turns into 16 samples' sums over the pair.
//
// Three paths compute the same integers: AVX-512 (VNNI), AVX2 and portable
// C++, the widest the CPU has chosen at run time. The vector paths rank the
// eligible stacks and the others as two groups (every eligible stack ranks
// above every other in every sample), with unrolled kernels for groups of up
// to nine; robustness_kernels.inc holds their one body. The drawing of the
// tables is robustness_noise.cc. Internal to engine/; tests check that the
// paths agree.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace engine::smaa {

inline constexpr int kBlock = 16;            // samples per block
inline constexpr int kUnitsPerPoint = 50;    // 0.02 of a rating point
inline constexpr int kMaxRatingUnits = 250;  // a rating of 5
inline constexpr int kTenthsPerWeight = 10;
// A sample's first place, in units that 1..12 tied stacks divide exactly.
inline constexpr int kFirstPlaceUnits = 27720;

struct NoiseKey {
  int samples = 0;  // a positive multiple of kBlock
  int stacks = 0;
  int slots = 0;             // criteria that may be active
  double weight_spread = 0;  // 0..1
  double rating_spread = 0;  // 0..2.5
  bool operator==(const NoiseKey&) const = default;
};

// Uniform draws, each column a Latin hypercube column over the samples
// (a fixed seed), rounded to units.
struct Noise {
  NoiseKey key;
  int pairs = 0;  // (slots + 1) / 2
  // offsets[((block * stacks + stack) * pairs + pair) * 16 + 2 * lane + half]
  std::vector<int8_t> offsets;  // |offset| <= rating_spread * kUnitsPerPoint
  // factors[(block * pairs + pair) * 16 + 2 * lane + half]
  std::vector<int8_t> factors;  // 0..2 * kUnitsPerPoint
};

// The tables for `key`, drawn on first use and kept for the process's life.
// Thread-safe; the reference stays valid.
const Noise& NoiseFor(const NoiseKey& key);

// One evaluation's inputs, in units. Slot j of stack s is
// ratings[s * 2 * pairs + j]; padding slots have weight 0.
struct Problem {
  int stacks = 0;
  int pairs = 0;                      // active pairs, <= noise.pairs
  std::span<const int32_t> weights;   // tenths, per slot (2 * pairs)
  std::span<const int32_t> ratings;   // 0..kMaxRatingUnits
  std::span<const uint8_t> eligible;  // per stack, 0 or 1
};

// Per stack, over all samples: the first places in kFirstPlaceUnits, and the
// ranks in halves (a stack tied with one other for first adds 3).
struct Tally {
  std::vector<int64_t> first_units;
  std::vector<int64_t> rank_halves;
};

enum class Path : uint8_t {
  kAuto,      // the widest vector path the CPU and the ranges allow
  kAvx2,      // AVX2 even where AVX-512 is there (when the CPU has AVX2)
  kPortable,  // plain C++; the reference the vector paths must equal
};

void Sample(const Noise& noise, const Problem& problem, Tally& tally,
            Path path = Path::kAuto);

}  // namespace engine::smaa
