#include "engine/robustness_sampler.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <memory>
#include <mutex>
#include <numeric>
#include <utility>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace engine::smaa {
namespace {

constexpr ptrdiff_t kBytesPerPairBlock = ptrdiff_t{2} * kBlock;

// splitmix64: small, fast and well mixed; the seed is fixed so the draws
// never change between runs or machines.
class Random {
 public:
  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
  uint32_t Below(uint32_t n) {
    return static_cast<uint32_t>(((Next() >> 32) * n) >> 32);
  }

 private:
  uint64_t state_ = 0x5eed5eed2026ULL;
};

// One Latin hypercube column: `samples` values in (-1, 1), one in each of
// `samples` equal strata, in a random order.
void DrawColumn(Random& random, std::vector<uint32_t>& strata,
                std::vector<double>& column) {
  const uint32_t n = static_cast<uint32_t>(strata.size());
  std::iota(strata.begin(), strata.end(), 0u);
  for (uint32_t i = n - 1; i > 0; --i)
    std::swap(strata[i], strata[random.Below(i + 1)]);
  const double scale = 2.0 / n;
  for (uint32_t k = 0; k < n; ++k) {
    column[k] = scale * (strata[k] + random.Uniform()) - 1.0;
  }
}

// Rounds to the nearest integer (halves up), without a branch on the sign or
// a library call: the tables hold half a million values and the CLI draws
// them cold. `value` lies in [-127, 127].
int8_t RoundToByte(double value) {
  return static_cast<int8_t>(static_cast<int>(value + 128.5) - 128);
}

// The byte of one sample and slot half within the tables; `pair_block` counts
// (block, stack, pair) or (block, pair) cells in layout order.
size_t PairBlockIndex(size_t pair_block, int sample_in_block, int half) {
  return pair_block * kBytesPerPairBlock +
         2 * static_cast<size_t>(sample_in_block) + static_cast<size_t>(half);
}

// Draws every column in a fixed order (for each slot: its factor column,
// then one offset column per stack), then lays them out block by block.
std::unique_ptr<Noise> Draw(const NoiseKey& key) {
  auto noise = std::make_unique<Noise>();
  noise->key = key;
  noise->pairs = (key.slots + 1) / 2;
  const size_t samples = static_cast<size_t>(key.samples);
  const size_t stacks = static_cast<size_t>(key.stacks);
  const size_t pairs = static_cast<size_t>(noise->pairs);
  // columns[(slot * (stacks + 1) + 0) * samples + k] is the factor,
  // columns[(slot * (stacks + 1) + 1 + s) * samples + k] stack s's offset.
  std::vector<int8_t> columns(2 * pairs * (stacks + 1) * samples, 0);
  Random random;
  std::vector<uint32_t> strata(samples);
  std::vector<double> column(samples);
  const double factor_scale = key.weight_spread * kUnitsPerPoint;
  const double offset_scale = key.rating_spread * kUnitsPerPoint;
  for (size_t slot = 0; slot < static_cast<size_t>(key.slots); ++slot) {
    for (size_t c = 0; c <= stacks; ++c) {
      DrawColumn(random, strata, column);
      int8_t* out = &columns[(slot * (stacks + 1) + c) * samples];
      for (size_t k = 0; k < samples; ++k) {
        out[k] = c == 0 ? RoundToByte(kUnitsPerPoint + factor_scale * column[k])
                        : RoundToByte(offset_scale * column[k]);
      }
    }
  }
  auto column_of = [&](size_t slot, size_t c) {
    return &columns[(slot * (stacks + 1) + c) * samples];
  };
  noise->offsets.resize(samples * stacks * pairs * 2);
  noise->factors.resize(samples * pairs * 2);
  int8_t* offsets = noise->offsets.data();
  int8_t* factors = noise->factors.data();
  for (size_t block = 0; block < samples / kBlock; ++block) {
    for (size_t pair = 0; pair < pairs; ++pair) {
      for (int k = 0; k < kBlock; ++k) {
        for (size_t half = 0; half < 2; ++half) {
          *factors++ = column_of(2 * pair + half, 0)[block * kBlock + k];
        }
      }
    }
    for (size_t s = 0; s < stacks; ++s) {
      for (size_t pair = 0; pair < pairs; ++pair) {
        for (int k = 0; k < kBlock; ++k) {
          for (size_t half = 0; half < 2; ++half) {
            *offsets++ = column_of(2 * pair + half, 1 + s)[block * kBlock + k];
          }
        }
      }
    }
  }
  return noise;
}

// Ranking keys: eligible stacks above every ineligible one, then by score.
constexpr int64_t kEligibleKey = int64_t{1} << 52;

void SamplePortable(const Noise& noise, const Problem& p, Tally& tally) {
  const int stacks = p.stacks;
  const int slots = 2 * p.pairs;
  const size_t noise_pairs = static_cast<size_t>(noise.pairs);
  std::vector<int64_t> keys(static_cast<size_t>(kBlock) * stacks);
  for (int block = 0; block < noise.key.samples / kBlock; ++block) {
    for (int lane = 0; lane < kBlock; ++lane) {
      for (int s = 0; s < stacks; ++s) {
        int64_t score = 0;
        for (int slot = 0; slot < slots; ++slot) {
          const int pair = slot / 2;
          const int half = slot % 2;
          const int8_t factor = noise.factors[PairBlockIndex(
              block * noise_pairs + pair, lane, half)];
          const int8_t offset = noise.offsets[PairBlockIndex(
              (block * stacks + s) * noise_pairs + pair, lane, half)];
          const int rating = std::clamp(p.ratings[s * slots + slot] + offset, 0,
                                        kMaxRatingUnits);
          score += int64_t{p.weights[slot]} * factor * rating;
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
constexpr int kMaxVectorPairs = 32;
// Scores stay below this, so a 32-bit key holds score + eligibility.
constexpr int32_t kVectorEligibleKey = int32_t{1} << 30;
// adds_epi16 saturates at 32767: biasing the rating by this much makes the
// saturation the clamp at kMaxRatingUnits, and the unsigned subtraction of
// the bias the clamp at 0.
constexpr int kClampBias = 32767 - kMaxRatingUnits;

// The vector path needs each sampled weight (tenths * factor) to fit in 16
// bits and each score below kVectorEligibleKey.
bool FitsVectorPath(const Problem& p) {
  if (p.stacks > kMaxVectorStacks || p.pairs > kMaxVectorPairs) return false;
  int64_t most = 0;
  for (int32_t w : p.weights) {
    if (int64_t{w} * 2 * kUnitsPerPoint > 32767) return false;
    most += int64_t{w} * 2 * kUnitsPerPoint * kMaxRatingUnits;
  }
  return most < kVectorEligibleKey;
}

int32_t Pack(int32_t low, int32_t high) {
  return static_cast<int32_t>(static_cast<uint32_t>(low & 0xffff) |
                              (static_cast<uint32_t>(high & 0xffff) << 16));
}

// What both vector kernels precompute from a Problem: pairs of 16-bit
// values packed as the 32-bit lanes the multiply-add reads.
struct VectorInputs {
  int32_t weight_pair[kMaxVectorPairs];
  int32_t rating_pair[kMaxVectorStacks * kMaxVectorPairs];  // biased
  int32_t key_offset[kMaxVectorStacks];
  int32_t tie_units[kMaxVectorStacks];  // [n - 1]: a first place shared by n

  explicit VectorInputs(const Problem& p) {
    for (int q = 0; q < p.pairs; ++q) {
      const size_t slot = 2 * static_cast<size_t>(q);
      weight_pair[q] = Pack(p.weights[slot], p.weights[slot + 1]);
    }
    for (int s = 0; s < p.stacks; ++s) {
      key_offset[s] = p.eligible[s] ? kVectorEligibleKey : 0;
      for (int q = 0; q < p.pairs; ++q) {
        const int32_t* r = &p.ratings[2 * static_cast<size_t>(s * p.pairs + q)];
        rating_pair[s * p.pairs + q] =
            Pack(r[0] + kClampBias, r[1] + kClampBias);
      }
    }
    for (int n = 1; n <= kMaxVectorStacks; ++n)
      tie_units[n - 1] = kFirstPlaceUnits / n;
  }
};

void AddLanes(const int32_t* first, const int32_t* rank, int lanes, int s,
              int64_t base, Tally& tally) {
  tally.first_units[s] += std::accumulate(first, first + lanes, int64_t{0});
  tally.rank_halves[s] +=
      base + std::accumulate(rank, rank + lanes, int64_t{0});
}

// One pair-block's bytes, widened to 16 bits: 8 samples (AVX2) or 16.
__attribute__((target("avx2"))) inline __m256i Load8(const int8_t* at) {
  return _mm256_cvtepi8_epi16(
      _mm_loadu_si128(reinterpret_cast<const __m128i*>(at)));
}
__attribute__((target("avx512f,avx512bw"))) inline __m512i Load16(
    const int8_t* at) {
  return _mm512_cvtepi8_epi16(
      _mm256_loadu_si256(reinterpret_cast<const __m256i*>(at)));
}

// GCC 12 reports -Wmaybe-uninitialized for the AVX-512 intrinsics (they
// start from _mm512_undefined_epi32()) and for the per-stack arrays of the
// unrolled loops; every value read below was written first. (Clang has no
// such warning.)
#pragma GCC diagnostic push
#if !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

// Eight samples at a time: each block of 16 as two halves. kStacks and
// kPairs as for SampleAvx512.
template <int kStacks, int kPairs>
__attribute__((target("avx2"))) void SampleAvx2(const Noise& noise,
                                                const Problem& p,
                                                Tally& tally) {
  const int stacks = kStacks != 0 ? kStacks : p.stacks;
  const int pairs = kPairs != 0 ? kPairs : p.pairs;
  const size_t noise_pairs = static_cast<size_t>(noise.pairs);
  const VectorInputs in(p);
  const __m256i bias = _mm256_set1_epi16(kClampBias);
  const __m256i all_pairs = _mm256_set1_epi32(stacks * (stacks - 1) / 2);
  const __m256i others = _mm256_set1_epi32(stacks - 1);
  const __m256i whole = _mm256_set1_epi32(kFirstPlaceUnits);
  __m256i first[kMaxVectorStacks];
  __m256i rank[kMaxVectorStacks];
  for (int s = 0; s < stacks; ++s) first[s] = rank[s] = _mm256_setzero_si256();
  __m256i weight[kMaxVectorPairs];
  __m256i key[kMaxVectorStacks];
  for (int half_block = 0; half_block < 2 * noise.key.samples / kBlock;
       ++half_block) {
    const int block = half_block / 2;
    const int half = (half_block % 2) * kBlock;  // bytes into each pair-block
    const int8_t* factors =
        &noise.factors[block * noise_pairs * kBytesPerPairBlock + half];
#pragma GCC unroll 16
    for (int q = 0; q < pairs; ++q) {
      weight[q] = _mm256_mullo_epi16(Load8(factors + q * kBytesPerPairBlock),
                                     _mm256_set1_epi32(in.weight_pair[q]));
    }
#pragma GCC unroll 16
    for (int s = 0; s < stacks; ++s) {
      const int8_t* offsets =
          &noise.offsets[(block * stacks + s) * noise_pairs *
                             kBytesPerPairBlock +
                         half];
      __m256i score = _mm256_set1_epi32(in.key_offset[s]);
#pragma GCC unroll 16
      for (int q = 0; q < pairs; ++q) {
        const __m256i biased =
            _mm256_adds_epi16(_mm256_set1_epi32(in.rating_pair[s * pairs + q]),
                              Load8(offsets + q * kBytesPerPairBlock));
        const __m256i rating = _mm256_subs_epu16(biased, bias);
        score = _mm256_add_epi32(score, _mm256_madd_epi16(rating, weight[q]));
      }
      key[s] = score;
    }
    // How many stacks beat each one (see SampleAvx512).
    __m256i beaten[kMaxVectorStacks];
    __m256i decided = _mm256_setzero_si256();
#pragma GCC unroll 16
    for (int s = 0; s < stacks; ++s) {
      __m256i g = _mm256_setzero_si256();
#pragma GCC unroll 16
      for (int t = 0; t < stacks; ++t) {
        if (t != s) g = _mm256_sub_epi32(g, _mm256_cmpgt_epi32(key[t], key[s]));
      }
      beaten[s] = g;
      decided = _mm256_add_epi32(decided, g);
    }
    if (_mm256_movemask_epi8(_mm256_cmpeq_epi32(decided, all_pairs)) == -1) {
#pragma GCC unroll 16
      for (int s = 0; s < stacks; ++s) {
        const __m256i top =
            _mm256_cmpeq_epi32(beaten[s], _mm256_setzero_si256());
        first[s] = _mm256_add_epi32(first[s], _mm256_and_si256(top, whole));
        rank[s] = _mm256_add_epi32(
            rank[s],
            _mm256_sub_epi32(_mm256_add_epi32(beaten[s], beaten[s]), others));
      }
      continue;
    }
    __m256i best = key[0];
#pragma GCC unroll 16
    for (int s = 1; s < stacks; ++s) best = _mm256_max_epi32(best, key[s]);
    __m256i tied = _mm256_set1_epi32(-1);  // the index of tie_units
#pragma GCC unroll 16
    for (int s = 0; s < stacks; ++s) {
      tied = _mm256_sub_epi32(tied, _mm256_cmpeq_epi32(key[s], best));
    }
    const __m256i share = _mm256_i32gather_epi32(in.tie_units, tied, 4);
#pragma GCC unroll 16
    for (int s = 0; s < stacks; ++s) {
      first[s] = _mm256_add_epi32(
          first[s], _mm256_and_si256(_mm256_cmpeq_epi32(key[s], best), share));
#pragma GCC unroll 16
      for (int t = s + 1; t < stacks; ++t) {
        // -1 where s beats t, +1 where t beats s: t's rank moves the other way.
        const __m256i d = _mm256_sub_epi32(_mm256_cmpgt_epi32(key[s], key[t]),
                                           _mm256_cmpgt_epi32(key[t], key[s]));
        rank[s] = _mm256_add_epi32(rank[s], d);
        rank[t] = _mm256_sub_epi32(rank[t], d);
      }
    }
  }
  const int64_t base = static_cast<int64_t>(stacks + 1) * noise.key.samples;
#pragma GCC unroll 16
  for (int s = 0; s < stacks; ++s) {
    alignas(32) int32_t first_lanes[8];
    alignas(32) int32_t rank_lanes[8];
    _mm256_store_si256(reinterpret_cast<__m256i*>(first_lanes), first[s]);
    _mm256_store_si256(reinterpret_cast<__m256i*>(rank_lanes), rank[s]);
    AddLanes(first_lanes, rank_lanes, 8, s, base, tally);
  }
}

// Sixteen samples at a time, with the fused multiply-add of AVX-512 VNNI and
// comparisons into mask registers.
// kStacks and kPairs, when not 0, fix the shape at compile time so that the
// loops unroll and the keys stay in registers.
template <int kStacks, int kPairs>
__attribute__((target("avx512f,avx512bw,avx512vnni"))) void SampleAvx512(
    const Noise& noise, const Problem& p, Tally& tally) {
  const int stacks = kStacks != 0 ? kStacks : p.stacks;
  const int pairs = kPairs != 0 ? kPairs : p.pairs;
  const size_t noise_pairs = static_cast<size_t>(noise.pairs);
  const VectorInputs in(p);
  const __m512i bias = _mm512_set1_epi16(kClampBias);
  const __m512i one = _mm512_set1_epi32(1);
  const __m512i tie_units = _mm512_loadu_si512(in.tie_units);
  const __m512i all_pairs = _mm512_set1_epi32(stacks * (stacks - 1) / 2);
  const __m512i others = _mm512_set1_epi32(stacks - 1);
  const __m512i whole = _mm512_set1_epi32(kFirstPlaceUnits);
  __m512i first[kMaxVectorStacks];
  __m512i rank[kMaxVectorStacks];
  for (int s = 0; s < stacks; ++s) first[s] = rank[s] = _mm512_setzero_si512();
  __m512i weight[kMaxVectorPairs];
  __m512i key[kMaxVectorStacks];
  for (int block = 0; block < noise.key.samples / kBlock; ++block) {
    const int8_t* factors =
        &noise.factors[block * noise_pairs * kBytesPerPairBlock];
#pragma GCC unroll 16
    for (int q = 0; q < pairs; ++q) {
      weight[q] = _mm512_mullo_epi16(Load16(factors + q * kBytesPerPairBlock),
                                     _mm512_set1_epi32(in.weight_pair[q]));
    }
#pragma GCC unroll 16
    for (int s = 0; s < stacks; ++s) {
      const int8_t* offsets = &noise.offsets[(block * stacks + s) *
                                             noise_pairs * kBytesPerPairBlock];
      __m512i score = _mm512_set1_epi32(in.key_offset[s]);
#pragma GCC unroll 16
      for (int q = 0; q < pairs; ++q) {
        const __m512i biased =
            _mm512_adds_epi16(_mm512_set1_epi32(in.rating_pair[s * pairs + q]),
                              Load16(offsets + q * kBytesPerPairBlock));
        score = _mm512_dpwssd_epi32(score, _mm512_subs_epu16(biased, bias),
                                    weight[q]);
      }
      key[s] = score;
    }
    // How many stacks beat each one. Without ties these add up to
    // stacks * (stacks - 1) / 2 in every sample; with any, the block takes
    // the slower pairwise count that shares places.
    __m512i beaten[kMaxVectorStacks];
    __m512i decided = _mm512_setzero_si512();
#pragma GCC unroll 16
    for (int s = 0; s < stacks; ++s) {
      __m512i g = _mm512_setzero_si512();
#pragma GCC unroll 16
      for (int t = 0; t < stacks; ++t) {
        if (t != s)
          g = _mm512_mask_add_epi32(g, _mm512_cmpgt_epi32_mask(key[t], key[s]),
                                    g, one);
      }
      beaten[s] = g;
      decided = _mm512_add_epi32(decided, g);
    }
    if (_mm512_cmpneq_epi32_mask(decided, all_pairs) == 0) {
#pragma GCC unroll 16
      for (int s = 0; s < stacks; ++s) {
        const __mmask16 top =
            _mm512_cmpeq_epi32_mask(beaten[s], _mm512_setzero_si512());
        first[s] = _mm512_mask_add_epi32(first[s], top, first[s], whole);
        rank[s] = _mm512_add_epi32(
            rank[s],
            _mm512_sub_epi32(_mm512_add_epi32(beaten[s], beaten[s]), others));
      }
      continue;
    }
    __m512i best = key[0];
#pragma GCC unroll 16
    for (int s = 1; s < stacks; ++s) best = _mm512_max_epi32(best, key[s]);
    __m512i tied = _mm512_set1_epi32(-1);  // the index of tie_units
    __mmask16 top[kMaxVectorStacks];
#pragma GCC unroll 16
    for (int s = 0; s < stacks; ++s) {
      top[s] = _mm512_cmpeq_epi32_mask(key[s], best);
      tied = _mm512_mask_add_epi32(tied, top[s], tied, one);
    }
    const __m512i share = _mm512_permutexvar_epi32(tied, tie_units);
#pragma GCC unroll 16
    for (int s = 0; s < stacks; ++s) {
      first[s] = _mm512_mask_add_epi32(first[s], top[s], first[s], share);
#pragma GCC unroll 16
      for (int t = s + 1; t < stacks; ++t) {
        const __mmask16 s_wins = _mm512_cmpgt_epi32_mask(key[s], key[t]);
        const __mmask16 t_wins = _mm512_cmpgt_epi32_mask(key[t], key[s]);
        rank[s] = _mm512_mask_sub_epi32(rank[s], s_wins, rank[s], one);
        rank[s] = _mm512_mask_add_epi32(rank[s], t_wins, rank[s], one);
        rank[t] = _mm512_mask_add_epi32(rank[t], s_wins, rank[t], one);
        rank[t] = _mm512_mask_sub_epi32(rank[t], t_wins, rank[t], one);
      }
    }
  }
  const int64_t base = static_cast<int64_t>(stacks + 1) * noise.key.samples;
#pragma GCC unroll 16
  for (int s = 0; s < stacks; ++s) {
    alignas(64) int32_t first_lanes[16];
    alignas(64) int32_t rank_lanes[16];
    _mm512_store_si512(first_lanes, first[s]);
    _mm512_store_si512(rank_lanes, rank[s]);
    AddLanes(first_lanes, rank_lanes, 16, s, base, tally);
  }
}

#pragma GCC diagnostic pop

// The common shapes get their own unrolled copies: nine stacks and up to
// eight pairs of weighted criteria; any other shape runs the general loops.
using KernelFunction = void (*)(const Noise&, const Problem&, Tally&);
template <template <int, int> class Kernel, int... kPairs>
constexpr std::array<KernelFunction, sizeof...(kPairs)> NineStackKernels(
    std::integer_sequence<int, kPairs...>) {
  return {&Kernel<9, kPairs + 1>::Run...};
}

template <template <int, int> class Kernel>
void RunShaped(const Noise& noise, const Problem& p, Tally& tally) {
  static constexpr auto kNineStacks =
      NineStackKernels<Kernel>(std::make_integer_sequence<int, 8>());
  if (p.stacks == 9 && p.pairs >= 1 &&
      p.pairs <= static_cast<int>(kNineStacks.size())) {
    kNineStacks[p.pairs - 1](noise, p, tally);
  } else {
    Kernel<0, 0>::Run(noise, p, tally);
  }
}

template <int kStacks, int kPairs>
struct Avx2Kernel {
  static void Run(const Noise& n, const Problem& p, Tally& t) {
    SampleAvx2<kStacks, kPairs>(n, p, t);
  }
};
template <int kStacks, int kPairs>
struct Avx512Kernel {
  static void Run(const Noise& n, const Problem& p, Tally& t) {
    SampleAvx512<kStacks, kPairs>(n, p, t);
  }
};

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

const Noise& NoiseFor(const NoiseKey& key) {
  assert(key.samples > 0 && key.samples % kBlock == 0);
  assert(key.rating_spread * kUnitsPerPoint <= 127 && key.weight_spread <= 1);
  // The last tables this thread used: no lock on the common path.
  thread_local const Noise* last = nullptr;
  if (last != nullptr && last->key == key) return *last;
  static std::mutex mutex;
  static std::vector<std::unique_ptr<Noise>> drawn;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = std::find_if(drawn.begin(), drawn.end(),
                         [&](const auto& noise) { return noise->key == key; });
  if (it == drawn.end()) it = drawn.insert(drawn.end(), Draw(key));
  last = it->get();
  return *last;
}

void Sample(const Noise& noise, const Problem& problem, Tally& tally,
            Path path) {
  assert(problem.stacks == noise.key.stacks && problem.pairs <= noise.pairs);
  tally.first_units.assign(problem.stacks, 0);
  tally.rank_halves.assign(problem.stacks, 0);
#if defined(__x86_64__)
  Kernel kernel = BestKernel();
  if (path == Path::kPortable) kernel = Kernel::kPortable;
  if (path == Path::kAvx2 && kernel == Kernel::kAvx512) kernel = Kernel::kAvx2;
  if (kernel != Kernel::kPortable && FitsVectorPath(problem)) {
    if (kernel == Kernel::kAvx512) {
      RunShaped<Avx512Kernel>(noise, problem, tally);
    } else {
      RunShaped<Avx2Kernel>(noise, problem, tally);
    }
    return;
  }
#endif
  SamplePortable(noise, problem, tally);
}

}  // namespace engine::smaa
