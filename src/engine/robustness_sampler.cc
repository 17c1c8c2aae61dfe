#include "engine/robustness_sampler.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <climits>
#include <numeric>
#include <utility>
#include <vector>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace engine::smaa {
namespace {

// Ranking keys: eligible stacks above every ineligible one, then by score.
constexpr int64_t kEligibleKey = int64_t{1} << 52;

// A sampled weight (tenths times factor units) is kept to 1/255 of the
// largest one any slot can take, so that it fits a byte (WeightScale).
constexpr int64_t kMaxSampledWeight = 255;
constexpr int kScaleBits = 15;

// The scale, in 1/2^kScaleBits, that takes the largest possible sampled
// weight to kMaxSampledWeight: at most 2^kScaleBits - 1 (weights small
// enough already keep their value), at least 1 (weights too large for the
// vector paths come out larger than a byte).
int64_t WeightScale(const Noise& noise, const Problem& p) {
  int64_t largest = 1;
  for (int32_t w : p.weights)
    largest = std::max(largest, int64_t{w} * noise.max_factor);
  return std::clamp<int64_t>((kMaxSampledWeight << kScaleBits) / largest, 1,
                             (int64_t{1} << kScaleBits) - 1);
}

// A weight in tenths times its factor, scaled and rounded as the vector
// paths do it (vpmulhrsw: add half, shift).
int64_t SampledWeight(int32_t tenths, int16_t factor, int64_t scale) {
  return (int64_t{tenths} * factor * scale +
          (int64_t{1} << (kScaleBits - 1))) >>
         kScaleBits;
}

void SamplePortable(const Noise& noise, const Problem& p, Tally& tally) {
  const int stacks = p.stacks;
  const int slots = kSlotsPerQuad * p.quads;
  const size_t noise_quads = static_cast<size_t>(noise.quads);
  const int64_t scale = WeightScale(noise, p);
  std::vector<int64_t> keys(static_cast<size_t>(kBlock) * stacks);
  for (int block = 0; block < noise.key.samples / kBlock; ++block) {
    for (int lane = 0; lane < kBlock; ++lane) {
      for (int s = 0; s < stacks; ++s) {
        int64_t score = 0;
        for (int slot = 0; slot < slots; ++slot) {
          const size_t quad = slot / kSlotsPerQuad;
          const int j = slot % kSlotsPerQuad;
          const int16_t factor =
              noise.factors[(block * noise_quads + quad) * kBytesPerQuadBlock +
                            FactorIndex(lane, j)];
          const int8_t offset =
              noise.offsets[((block * stacks + s) * noise_quads + quad) *
                                kBytesPerQuadBlock +
                            static_cast<size_t>(kSlotsPerQuad * lane + j)];
          const int rating = std::clamp(p.ratings[s * slots + slot] + offset, 0,
                                        kMaxRatingUnits);
          score += SampledWeight(p.weights[slot], factor, scale) * rating;
        }
        keys[lane * stacks + s] = score + (p.eligible[s] ? kEligibleKey : 0);
      }
    }
    for (int lane = 0; lane < kBlock; ++lane) {
      const int64_t* key = keys.data() + static_cast<ptrdiff_t>(lane) * stacks;
      const int64_t best = *std::max_element(key, key + stacks);
      const int tied = static_cast<int>(std::count(key, key + stacks, best));
      for (int s = 0; s < stacks; ++s) {
        if (key[s] == best) tally.first_units[s] += kFirstPlaceUnits / tied;
        int64_t halves = stacks + 1;
        for (int t = 0; t < stacks; ++t) {
          halves += (key[t] > key[s]) - (key[s] > key[t]);
        }
        tally.rank_halves[s] += halves;
      }
    }
  }
}

#if defined(__x86_64__)

constexpr int kMaxVectorStacks = 16;
constexpr int kMaxVectorQuads = 16;
// A rating less 128, so that it and its offset fit a signed byte and the
// saturating add clamps both at 0 and at kMaxRatingUnits. Every stack's
// score in a sample is less by the same sum (128 times the sampled
// weights), which changes no ranking.
constexpr int kRatingBias = 128;
static_assert(kMaxRatingUnits - kRatingBias == INT8_MAX);

// The vector paths need each weight times its factor to fit in 15 bits
// (then scaled to a byte, every score fits in 31).
bool FitsVectorPath(const Noise& noise, const Problem& p) {
  if (p.stacks > kMaxVectorStacks || p.quads > kMaxVectorQuads) return false;
  for (int32_t w : p.weights) {
    if (int64_t{w} * noise.max_factor > INT16_MAX) return false;
  }
  return true;
}

// A quad's four values, each less `bias` and cut to `bits` (8 or 16), in the
// order one 32-bit or 64-bit lane holds them.
int64_t PackQuad(const int32_t* values, int bits, int32_t bias = 0) {
  const uint64_t mask = (uint64_t{1} << bits) - 1;
  uint64_t out = 0;
  for (int j = 0; j < kSlotsPerQuad; ++j)
    out |= (static_cast<uint64_t>(values[j] - bias) & mask) << (bits * j);
  return static_cast<int64_t>(out);
}

// Stacks ranked only against each other. Every eligible stack ranks above
// every ineligible one in every sample, so the vector paths rank the two
// groups apart: fewer pairs to compare, and a group of one needs no
// sampling at all.
struct Group {
  int size = 0;
  std::array<int, kMaxVectorStacks> stacks{};  // problem indices, ascending
  int above = 0;       // stacks ranked above the group in every sample
  bool first = false;  // whether the group's top stack ranks first
};

// What a kernel reads for one group: each quad's four weights and each
// stack's four biased ratings, packed as one lane holds them, and where the
// factors and each stack's offsets are.
struct GroupInputs {
  GroupInputs(const Noise& noise, const Problem& p, const Group& group)
      : samples(noise.key.samples),
        size(group.size),
        quads(p.quads),
        weight_scale(static_cast<int16_t>(WeightScale(noise, p))) {
    const ptrdiff_t noise_quads = noise.quads;
    factors = noise.factors.data();
    factors_per_block = noise_quads * kBytesPerQuadBlock;
    offsets_per_block = p.stacks * noise_quads * kBytesPerQuadBlock;
    for (int q = 0; q < p.quads; ++q) {
      weight_quad[q] =
          PackQuad(&p.weights[static_cast<size_t>(q) * kSlotsPerQuad], 16);
    }
    const size_t slots = static_cast<size_t>(p.quads) * kSlotsPerQuad;
    for (int i = 0; i < group.size; ++i) {
      const int s = group.stacks[i];
      offsets[i] = noise.offsets.data() + s * noise_quads * kBytesPerQuadBlock;
      for (int q = 0; q < p.quads; ++q) {
        const int32_t* ratings =
            &p.ratings[s * slots + static_cast<size_t>(q) * kSlotsPerQuad];
        rating_quad[i][q] =
            static_cast<int32_t>(PackQuad(ratings, 8, kRatingBias));
      }
    }
    for (int n = 1; n <= kMaxVectorStacks; ++n)
      tie_units[n - 1] = kFirstPlaceUnits / n;
  }

  int samples;
  int size;
  int quads;
  int16_t weight_scale;  // WeightScale
  const int16_t* factors;
  ptrdiff_t factors_per_block;                             // in factors
  ptrdiff_t offsets_per_block;                             // in bytes
  std::array<const int8_t*, kMaxVectorStacks> offsets{};   // block 0, quad 0
  int64_t weight_quad[kMaxVectorQuads] = {};               // tenths
  int32_t rating_quad[kMaxVectorStacks][kMaxVectorQuads];  // biased bytes
  int32_t tie_units[kMaxVectorStacks] = {};  // [n - 1]: a first place of n
};

// A kernel's result for each of the group's stacks, over all samples: its
// first places in kFirstPlaceUnits, and the number of times another stack
// of the group scored higher less the times it scored lower.
struct GroupSums {
  std::array<int64_t, kMaxVectorStacks> first_units{};
  std::array<int64_t, kMaxVectorStacks> balance{};
};

using GroupKernel = void (*)(const GroupInputs&, GroupSums&);

// GCC 12 reports -Wmaybe-uninitialized for the AVX-512 intrinsics (they
// start from _mm512_undefined_epi32()) and for the per-stack arrays of the
// unrolled loops; every value read was written first. (Clang has no such
// warning.)
#pragma GCC diagnostic push
#if !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

namespace avx2 {
#define STACKWISE_VECTOR_TARGET __attribute__((target("avx2")))
#define STACKWISE_OPERATION \
  STACKWISE_VECTOR_TARGET __attribute__((always_inline)) inline

using Vec = __m256i;
using Mask = __m256i;  // all ones where true
constexpr int kLanes = 8;

STACKWISE_OPERATION Vec Zero() { return _mm256_setzero_si256(); }
STACKWISE_OPERATION Vec Set1(int32_t v) { return _mm256_set1_epi32(v); }
STACKWISE_OPERATION Vec Add(Vec a, Vec b) { return _mm256_add_epi32(a, b); }
// AVX2 has no byte multiply-add that keeps every sum (vpmaddubsw
// saturates), so it multiplies 16-bit values: the sampled weights of the
// part's samples, in the order FactorIndex gives.
struct Weights {
  Vec a;  // samples 0, 1, 4 and 5 of the part
  Vec b;  // samples 2, 3, 6 and 7
};
// Part h of a block reads 16 factors at h * 16 and 16 at 32 + h * 16.
STACKWISE_OPERATION Weights Weight(const int16_t* factors, int64_t weight_quad,
                                   int16_t scale) {
  const Vec w = _mm256_set1_epi64x(weight_quad);
  const Vec by = _mm256_set1_epi16(scale);
  return {
      _mm256_mulhrs_epi16(
          _mm256_mullo_epi16(
              _mm256_loadu_si256(reinterpret_cast<const Vec*>(factors)), w),
          by),
      _mm256_mulhrs_epi16(
          _mm256_mullo_epi16(
              _mm256_loadu_si256(reinterpret_cast<const Vec*>(factors + 32)),
              w),
          by)};
}
// A score of kLanes samples, two 32-bit sums per sample until Finish adds
// them up.
struct ScoreSum {
  Vec a;
  Vec b;
};
STACKWISE_OPERATION ScoreSum StartSum() { return {Zero(), Zero()}; }
STACKWISE_OPERATION ScoreSum AddRating(ScoreSum sum, int32_t rating_quad,
                                       const int8_t* offsets,
                                       const Weights& w) {
  const Vec rated = _mm256_adds_epi8(
      _mm256_set1_epi32(rating_quad),
      _mm256_loadu_si256(reinterpret_cast<const Vec*>(offsets)));
  // Samples 0, 1, 4, 5 in the low half, 2, 3, 6, 7 in the high half, as the
  // weights are.
  const Vec x = _mm256_permute4x64_epi64(rated, 0xd8);
  const Vec low = _mm256_cvtepi8_epi16(_mm256_castsi256_si128(x));
  const Vec high = _mm256_cvtepi8_epi16(_mm256_extracti128_si256(x, 1));
  return {_mm256_add_epi32(sum.a, _mm256_madd_epi16(low, w.a)),
          _mm256_add_epi32(sum.b, _mm256_madd_epi16(high, w.b))};
}
// Samples 0..7 in order: each 128-bit lane of the horizontal add takes two
// samples of `a`, then two of `b`.
STACKWISE_OPERATION Vec Finish(ScoreSum sum) {
  return _mm256_hadd_epi32(sum.a, sum.b);
}
STACKWISE_OPERATION Mask Greater(Vec a, Vec b) {
  return _mm256_cmpgt_epi32(a, b);
}
STACKWISE_OPERATION Mask Equal(Vec a, Vec b) {
  return _mm256_cmpeq_epi32(a, b);
}
STACKWISE_OPERATION Vec AddIf(Vec a, Mask m) { return _mm256_sub_epi32(a, m); }
STACKWISE_OPERATION Vec SubIf(Vec a, Mask m) { return _mm256_add_epi32(a, m); }
STACKWISE_OPERATION Vec AddWhere(Vec a, Mask m, Vec v) {
  return _mm256_add_epi32(a, _mm256_and_si256(m, v));
}
STACKWISE_OPERATION Vec Max(Vec a, Vec b) { return _mm256_max_epi32(a, b); }
STACKWISE_OPERATION Vec Lookup(const int32_t* table, Vec index) {
  return _mm256_i32gather_epi32(table, index, 4);
}
STACKWISE_OPERATION int CountZero(Vec v) {
  const Vec zero = _mm256_cmpeq_epi32(v, _mm256_setzero_si256());
  return __builtin_popcount(
      static_cast<unsigned>(_mm256_movemask_ps(_mm256_castsi256_ps(zero))));
}
STACKWISE_OPERATION bool AllEqual(Vec a, Vec b) {
  return _mm256_movemask_epi8(_mm256_cmpeq_epi32(a, b)) == -1;
}
STACKWISE_OPERATION int64_t Sum(Vec v) {
  alignas(32) int32_t lanes[kLanes];
  _mm256_store_si256(reinterpret_cast<Vec*>(lanes), v);
  return std::accumulate(lanes, lanes + kLanes, int64_t{0});
}

#include "engine/robustness_kernels.inc"

#undef STACKWISE_OPERATION
#undef STACKWISE_VECTOR_TARGET
}  // namespace avx2

// With the fused multiply-add of AVX-512 VNNI and comparisons into mask
// registers.
namespace avx512 {
#define STACKWISE_VECTOR_TARGET \
  __attribute__((target("avx512f,avx512bw,avx512vnni")))
#define STACKWISE_OPERATION \
  STACKWISE_VECTOR_TARGET __attribute__((always_inline)) inline

using Vec = __m512i;
using Mask = __mmask16;
constexpr int kLanes = 16;

STACKWISE_OPERATION Vec Zero() { return _mm512_setzero_si512(); }
STACKWISE_OPERATION Vec Set1(int32_t v) { return _mm512_set1_epi32(v); }
STACKWISE_OPERATION Vec Add(Vec a, Vec b) { return _mm512_add_epi32(a, b); }
// The sampled weights of a block's kLanes samples as bytes, in order once
// packed (FactorIndex).
struct Weights {
  Vec bytes;
};
STACKWISE_OPERATION Weights Weight(const int16_t* factors, int64_t weight_quad,
                                   int16_t scale) {
  const Vec w = _mm512_set1_epi64(weight_quad);
  const Vec by = _mm512_set1_epi16(scale);
  const Vec a = _mm512_mulhrs_epi16(
      _mm512_mullo_epi16(_mm512_loadu_si512(factors), w), by);
  const Vec b = _mm512_mulhrs_epi16(
      _mm512_mullo_epi16(_mm512_loadu_si512(factors + 32), w), by);
  return {_mm512_packus_epi16(a, b)};
}
using ScoreSum = Vec;
STACKWISE_OPERATION ScoreSum StartSum() { return Zero(); }
STACKWISE_OPERATION ScoreSum AddRating(ScoreSum sum, int32_t rating_quad,
                                       const int8_t* offsets,
                                       const Weights& w) {
  const Vec rated = _mm512_adds_epi8(_mm512_set1_epi32(rating_quad),
                                     _mm512_loadu_si512(offsets));
  return _mm512_dpbusd_epi32(sum, w.bytes, rated);
}
STACKWISE_OPERATION Vec Finish(ScoreSum sum) { return sum; }
STACKWISE_OPERATION Mask Greater(Vec a, Vec b) {
  return _mm512_cmpgt_epi32_mask(a, b);
}
STACKWISE_OPERATION Mask Equal(Vec a, Vec b) {
  return _mm512_cmpeq_epi32_mask(a, b);
}
STACKWISE_OPERATION Vec AddIf(Vec a, Mask m) {
  return _mm512_mask_add_epi32(a, m, a, _mm512_set1_epi32(1));
}
STACKWISE_OPERATION Vec SubIf(Vec a, Mask m) {
  return _mm512_mask_sub_epi32(a, m, a, _mm512_set1_epi32(1));
}
STACKWISE_OPERATION Vec AddWhere(Vec a, Mask m, Vec v) {
  return _mm512_mask_add_epi32(a, m, a, v);
}
STACKWISE_OPERATION Vec Max(Vec a, Vec b) { return _mm512_max_epi32(a, b); }
STACKWISE_OPERATION Vec Lookup(const int32_t* table, Vec index) {
  return _mm512_permutexvar_epi32(index, _mm512_loadu_si512(table));
}
STACKWISE_OPERATION int CountZero(Vec v) {
  return __builtin_popcount(_mm512_testn_epi32_mask(v, v));
}
STACKWISE_OPERATION bool AllEqual(Vec a, Vec b) {
  return _mm512_cmpneq_epi32_mask(a, b) == 0;
}
STACKWISE_OPERATION int64_t Sum(Vec v) {
  alignas(64) int32_t lanes[kLanes];
  _mm512_store_si512(lanes, v);
  return std::accumulate(lanes, lanes + kLanes, int64_t{0});
}

#include "engine/robustness_kernels.inc"

#undef STACKWISE_OPERATION
#undef STACKWISE_VECTOR_TARGET
}  // namespace avx512

#pragma GCC diagnostic pop

// The eligible stacks, then the rest; one group when either is empty.
struct Grouping {
  std::array<Group, 2> groups;
  int count = 0;
  const Group* begin() const { return groups.data(); }
  const Group* end() const { return groups.data() + count; }
};

Grouping Groups(const Problem& p) {
  Grouping out;
  Group& eligible = out.groups[0];
  Group& rest = out.groups[1];
  eligible.first = true;
  for (int s = 0; s < p.stacks; ++s) {
    Group& group = p.eligible[s] != 0 ? eligible : rest;
    group.stacks[group.size++] = s;
  }
  if (eligible.size == 0 || rest.size == 0) {
    eligible = Group{.size = p.stacks, .stacks = {}, .above = 0, .first = true};
    for (int s = 0; s < p.stacks; ++s) eligible.stacks[s] = s;
    out.count = 1;
    return out;
  }
  rest.above = eligible.size;
  out.count = 2;
  return out;
}

// A stack's rank in a sample is above + 1 + (beaten + ties / 2); in
// halves, 2 * above + size + 1 + (beaten - beats).
void AddToTally(const Group& group, const GroupSums& sums, int from,
                int64_t samples, Tally& tally) {
  for (int i = 0; i < group.size; ++i) {
    const int s = group.stacks[i];
    tally.first_units[s] = sums.first_units[from + i];
    tally.rank_halves[s] =
        samples * (2 * group.above + group.size + 1) + sums.balance[from + i];
  }
}

// Both groups in one pass, when a fused kernel fits their sizes.
bool SampleTwoGroups(const Noise& noise, const Problem& p,
                     const Grouping& groups, Tally& tally, bool avx512) {
  if (groups.count != 2) return false;
  const Group& eligible = groups.groups[0];
  const Group& rest = groups.groups[1];
  const GroupKernel kernel =
      avx512 ? avx512::TwoGroupsKernel(eligible.size, rest.size)
             : avx2::TwoGroupsKernel(eligible.size, rest.size);
  if (kernel == nullptr) return false;
  Group both{.size = eligible.size + rest.size,
             .stacks = {},
             .above = 0,
             .first = true};
  std::copy_n(eligible.stacks.begin(), eligible.size, both.stacks.begin());
  std::copy_n(rest.stacks.begin(), rest.size,
              both.stacks.begin() + eligible.size);
  GroupSums sums;
  kernel(GroupInputs(noise, p, both), sums);
  AddToTally(eligible, sums, 0, noise.key.samples, tally);
  AddToTally(rest, sums, eligible.size, noise.key.samples, tally);
  return true;
}

void SampleVector(const Noise& noise, const Problem& p, Tally& tally,
                  bool avx512) {
  const int64_t samples = noise.key.samples;
  const Grouping groups = Groups(p);
  if (SampleTwoGroups(noise, p, groups, tally, avx512)) return;
  for (const Group& group : groups) {
    GroupSums sums;
    if (group.size > 1) {
      const GroupInputs in(noise, p, group);
      if (avx512) {
        avx512::SampleGroup(in, group.first, sums);
      } else {
        avx2::SampleGroup(in, group.first, sums);
      }
    } else if (group.first) {
      sums.first_units[0] = samples * kFirstPlaceUnits;
    }
    AddToTally(group, sums, 0, samples, tally);
  }
}

enum class Kernel : uint8_t { kPortable, kAvx2, kAvx512 };

Kernel BestKernel() {
  static const Kernel best = [] {
    if (__builtin_cpu_supports("avx512f") &&
        __builtin_cpu_supports("avx512bw") &&
        __builtin_cpu_supports("avx512vnni")) {
      return Kernel::kAvx512;
    }
    return __builtin_cpu_supports("avx2") ? Kernel::kAvx2 : Kernel::kPortable;
  }();
  return best;
}

#endif  // __x86_64__

}  // namespace

void Sample(const Noise& noise, const Problem& problem, Tally& tally,
            Path path) {
  assert(problem.stacks == noise.key.stacks && problem.quads <= noise.quads);
  tally.first_units.assign(problem.stacks, 0);
  tally.rank_halves.assign(problem.stacks, 0);
#if defined(__x86_64__)
  Kernel kernel = BestKernel();
  if (path == Path::kPortable) kernel = Kernel::kPortable;
  if (path == Path::kAvx2 && kernel == Kernel::kAvx512) kernel = Kernel::kAvx2;
  if (kernel != Kernel::kPortable && FitsVectorPath(noise, problem)) {
    SampleVector(noise, problem, tally, kernel == Kernel::kAvx512);
    return;
  }
#endif
  SamplePortable(noise, problem, tally);
}

}  // namespace engine::smaa
