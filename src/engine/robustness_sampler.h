// The robustness analysis's hot loop (engine/robustness.h is the contract):
// the drawn offsets and factors, and the pass that ranks every sample.
//
// Everything is in fixed point so that the result is exact integer
// arithmetic, the same on every code path: ratings, offsets and weight
// factors in units of 1/51 of a point (kUnitsPerPoint), weights in tenths.
// A sampled weight, weight_tenths * factor_units, is kept to 1/255 of the
// largest any criterion can take (rounded), so that it fits a byte; a
// sampled score is the sum over criteria of sampled weight *
// clamp(rating_units + offset_units, 0, 255). The ranking only compares
// scores of one sample, so the common divisor sum(w) is never needed.
//
// Keeping the sampled weights to a byte halves the multiplications. Against
// 15-bit weights it moved no winner and no confidence level among 468
// generated profiles; a stack's share of first places moved by 0.4% at
// most, and its mean rank by 0.015, well within the sampling's own error.
//
// A rating of 5 is 255 units so that 0..5 is exactly the range of a byte:
// a rating less 128 and its offset fit a signed byte, and one saturating
// add clamps the sum at both ends.
//
// Criteria with weight 0 are left out: the active ones are packed into
// "slots", four per quad, and slot j reads the j-th drawn column. Samples
// come in blocks of kBlock; the tables are laid out block by block so that
// one block of one stack and one quad is 64 consecutive bytes, sample by
// sample. The vector paths multiply them by the sampled weights a byte at a
// time (VNNI's vpdpbusd, four slots per sample in one 32-bit lane).
//
// Three paths compute the same integers: AVX-512 (VNNI), AVX2 and portable
// C++, the widest the CPU has chosen at run time. The vector paths rank the
// eligible stacks and the others as two groups (every eligible stack ranks
// above every other in every sample), with unrolled kernels for groups of up
// to nine; robustness_kernels.inc holds their one body. Only the eligible
// group ranks for first place; the other's ranks are counted pair by pair. The
// drawing of the tables is robustness_noise.cc. Internal to engine/; tests
// check that the paths agree.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <span>
#include <vector>

namespace engine::smaa {

inline constexpr int kBlock = 16;  // samples per block
inline constexpr int kUnitsPerPoint = 51;
inline constexpr int kMaxRatingUnits = 5 * kUnitsPerPoint;  // a rating of 5
inline constexpr int kTenthsPerWeight = 10;
inline constexpr int kSlotsPerQuad = 4;
inline constexpr int kBytesPerQuadBlock = kSlotsPerQuad * kBlock;
// A sample's first place, in units that 1..12 tied stacks divide exactly.
inline constexpr int kFirstPlaceUnits = 27720;

struct NoiseKey {
  int samples = 0;  // a positive multiple of kBlock
  int stacks = 0;
  int slots = 0;             // criteria that may be active
  double weight_spread = 0;  // 0..1
  double rating_spread = 0;  // 0..2.5: offsets fit a signed byte
  bool operator==(const NoiseKey&) const = default;
};

// Storage that starts on a cache line. The kernels read the tables 64
// bytes at a time from offsets that are multiples of 64; from malloc's
// 16-byte alignment, three loads in four straddled two lines, and the
// sampling took 7% longer.
inline constexpr size_t kCacheLine = 64;
template <typename T>
struct CacheLineAllocator {
  using value_type = T;
  CacheLineAllocator() = default;
  template <typename U>
  explicit CacheLineAllocator(const CacheLineAllocator<U>& /*other*/) {}
  T* allocate(size_t n) {
    return static_cast<T*>(
        ::operator new (n * sizeof(T), std::align_val_t{kCacheLine}));
  }
  void deallocate(T* p, size_t /*n*/) {
    ::operator delete (p, std::align_val_t{kCacheLine});
  }
  bool operator==(const CacheLineAllocator&) const = default;
};

// Uniform draws, each column a Latin hypercube column over the samples
// (a fixed seed), rounded to units.
struct Noise {
  NoiseKey key;
  int quads = 0;  // (slots + 3) / 4
  // offsets[((block * stacks + stack) * quads + quad) * 64 + 4 * lane + j]:
  // slot 4 * quad + j of sample block * kBlock + lane; each at most
  // rating_spread * kUnitsPerPoint either way.
  std::vector<int8_t, CacheLineAllocator<int8_t>> offsets;
  // kBytesPerQuadBlock per (block, quad), in the order FactorIndex gives:
  // the order in which packing two vectors of 16-bit weights into bytes
  // puts each sample's four weights in place. Each 0..2 * kUnitsPerPoint.
  std::vector<int16_t, CacheLineAllocator<int16_t>> factors;
  int16_t max_factor = 0;  // the largest of them
};

// The index of sample `lane`'s factor for slot j within its (block, quad).
inline constexpr int FactorIndex(int lane, int j) {
  // Packing 16-bit vectors A and B into bytes interleaves them 8 at a time
  // (one 128-bit lane of A, then the same of B): A's lane L holds samples
  // 4L and 4L + 1, B's lane L samples 4L + 2 and 4L + 3.
  const int pair = lane / 2;
  return 32 * (pair % 2) + 8 * (pair / 2) + 4 * (lane % 2) + j;
}

// The tables for `key`, drawn on first use and kept for the process's life.
// Thread-safe; the reference stays valid.
const Noise& NoiseFor(const NoiseKey& key);

// One evaluation's inputs, in units. Slot j of stack s is
// ratings[s * 4 * quads + j]; padding slots have weight 0.
struct Problem {
  int stacks = 0;
  int quads = 0;                      // active quads, <= noise.quads
  std::span<const int32_t> weights;   // tenths, per slot (4 * quads)
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
