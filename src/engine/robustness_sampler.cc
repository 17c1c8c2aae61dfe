#include "engine/robustness_sampler.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <memory>
#include <mutex>
#include <numeric>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace engine::smaa {
namespace {

constexpr int kBytesPerPairBlock = 2 * kBlock;

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
  for (uint32_t k = 0; k < n; ++k) {
    column[k] = 2.0 * (strata[k] + random.Uniform()) / n - 1.0;
  }
}

// The byte of one sample and slot half within the tables; `pair_block` counts
// (block, stack, pair) or (block, pair) cells in layout order.
size_t PairBlockIndex(size_t pair_block, int sample_in_block, int half) {
  return pair_block * kBytesPerPairBlock + 2 * sample_in_block + half;
}

std::unique_ptr<Noise> Draw(const NoiseKey& key) {
  auto noise = std::make_unique<Noise>();
  noise->key = key;
  noise->pairs = (key.slots + 1) / 2;
  const int blocks = key.samples / kBlock;
  const size_t pairs = static_cast<size_t>(noise->pairs);
  noise->offsets.assign(blocks * key.stacks * pairs * kBytesPerPairBlock, 0);
  noise->factors.assign(blocks * pairs * kBytesPerPairBlock, 0);
  Random random;
  std::vector<uint32_t> strata(key.samples);
  std::vector<double> column(key.samples);
  const double offset_scale = key.rating_spread * kUnitsPerPoint;
  const double factor_scale = key.weight_spread * kUnitsPerPoint;
  for (int slot = 0; slot < key.slots; ++slot) {
    const int pair = slot / 2;
    const int half = slot % 2;
    DrawColumn(random, strata, column);
    for (int k = 0; k < key.samples; ++k) {
      const size_t at =
          PairBlockIndex((k / kBlock) * pairs + pair, k % kBlock, half);
      noise->factors[at] = static_cast<int8_t>(
          std::lround(kUnitsPerPoint + factor_scale * column[k]));
    }
    for (int s = 0; s < key.stacks; ++s) {
      DrawColumn(random, strata, column);
      for (int k = 0; k < key.samples; ++k) {
        const int block = k / kBlock;
        const size_t at = PairBlockIndex(
            (block * key.stacks + s) * pairs + pair, k % kBlock, half);
        noise->offsets[at] =
            static_cast<int8_t>(std::lround(offset_scale * column[k]));
      }
    }
  }
  return noise;
}

// Ranking keys: eligible stacks above every ineligible one, then by score.
constexpr int64_t kEligibleKey = int64_t{1} << 40;

void SamplePortable(const Noise& noise, const Problem& p, Tally& tally) {
  const int stacks = p.stacks;
  const int slots = 2 * p.pairs;
  const size_t noise_pairs = static_cast<size_t>(noise.pairs);
  std::vector<int64_t> keys(kBlock * stacks);
  for (int block = 0; block < noise.key.samples / kBlock; ++block) {
    for (int lane = 0; lane < kBlock; ++lane) {
      for (int s = 0; s < stacks; ++s) {
        int64_t score = 0;
        for (int slot = 0; slot < slots; ++slot) {
          const int pair = slot / 2;
          const int half = slot % 2;
          const int factor = noise.factors[PairBlockIndex(
              block * noise_pairs + pair, lane, half)];
          const int offset = noise.offsets[PairBlockIndex(
              (block * stacks + s) * noise_pairs + pair, lane, half)];
          const int rating = std::clamp(p.ratings[s * slots + slot] + offset, 0,
                                        kMaxRatingUnits);
          score += int64_t{p.weights[slot]} * factor * rating;
        }
        keys[lane * stacks + s] = score + (p.eligible[s] ? kEligibleKey : 0);
      }
    }
    for (int lane = 0; lane < kBlock; ++lane) {
      const int64_t* key = keys.data() + lane * stacks;
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
    if (w * 2 * kUnitsPerPoint > 32767) return false;
    most += int64_t{w} * 2 * kUnitsPerPoint * kMaxRatingUnits;
  }
  return most < kVectorEligibleKey;
}

int32_t Pack(int32_t low, int32_t high) {
  return static_cast<int32_t>(static_cast<uint32_t>(low & 0xffff) |
                              (static_cast<uint32_t>(high & 0xffff) << 16));
}

__attribute__((target("avx2"))) inline __m256i LoadPairBlock(const int8_t* at) {
  return _mm256_cvtepi8_epi16(
      _mm_loadu_si128(reinterpret_cast<const __m128i*>(at)));
}

__attribute__((target("avx2"))) void SampleAvx2(const Noise& noise,
                                                const Problem& p,
                                                Tally& tally) {
  const int stacks = p.stacks;
  const int pairs = p.pairs;
  const size_t noise_pairs = static_cast<size_t>(noise.pairs);
  int32_t weight_pair[kMaxVectorPairs];
  int32_t rating_pair[kMaxVectorStacks * kMaxVectorPairs];
  int32_t key_offset[kMaxVectorStacks];
  for (int q = 0; q < pairs; ++q)
    weight_pair[q] = Pack(p.weights[2 * q], p.weights[2 * q + 1]);
  for (int s = 0; s < stacks; ++s) {
    key_offset[s] = p.eligible[s] ? kVectorEligibleKey : 0;
    for (int q = 0; q < pairs; ++q) {
      const int32_t* r = &p.ratings[s * 2 * pairs + 2 * q];
      rating_pair[s * pairs + q] = Pack(r[0] + kClampBias, r[1] + kClampBias);
    }
  }
  int32_t tie_units[kMaxVectorStacks + 1] = {0};
  for (int n = 1; n <= stacks; ++n) tie_units[n] = kFirstPlaceUnits / n;

  const __m256i bias = _mm256_set1_epi16(kClampBias);
  __m256i first[kMaxVectorStacks];
  __m256i rank[kMaxVectorStacks];
  for (int s = 0; s < stacks; ++s) first[s] = rank[s] = _mm256_setzero_si256();
  __m256i weight[kMaxVectorPairs];
  __m256i key[kMaxVectorStacks];
  for (int block = 0; block < noise.key.samples / kBlock; ++block) {
    const int8_t* factors =
        &noise.factors[block * noise_pairs * kBytesPerPairBlock];
    for (int q = 0; q < pairs; ++q) {
      weight[q] =
          _mm256_mullo_epi16(LoadPairBlock(factors + q * kBytesPerPairBlock),
                             _mm256_set1_epi32(weight_pair[q]));
    }
    for (int s = 0; s < stacks; ++s) {
      const int8_t* offsets = &noise.offsets[(block * stacks + s) *
                                             noise_pairs * kBytesPerPairBlock];
      __m256i score = _mm256_set1_epi32(key_offset[s]);
      for (int q = 0; q < pairs; ++q) {
        const __m256i biased =
            _mm256_adds_epi16(_mm256_set1_epi32(rating_pair[s * pairs + q]),
                              LoadPairBlock(offsets + q * kBytesPerPairBlock));
        const __m256i rating = _mm256_subs_epu16(biased, bias);
        score = _mm256_add_epi32(score, _mm256_madd_epi16(rating, weight[q]));
      }
      key[s] = score;
    }
    __m256i best = key[0];
    for (int s = 1; s < stacks; ++s) best = _mm256_max_epi32(best, key[s]);
    __m256i tied = _mm256_setzero_si256();
    for (int s = 0; s < stacks; ++s)
      tied = _mm256_sub_epi32(tied, _mm256_cmpeq_epi32(key[s], best));
    const __m256i share = _mm256_i32gather_epi32(tie_units, tied, 4);
    for (int s = 0; s < stacks; ++s) {
      first[s] = _mm256_add_epi32(
          first[s], _mm256_and_si256(_mm256_cmpeq_epi32(key[s], best), share));
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
  for (int s = 0; s < stacks; ++s) {
    alignas(32) int32_t lanes[kBlock];
    _mm256_store_si256(reinterpret_cast<__m256i*>(lanes), first[s]);
    tally.first_units[s] += std::accumulate(lanes, lanes + kBlock, int64_t{0});
    _mm256_store_si256(reinterpret_cast<__m256i*>(lanes), rank[s]);
    tally.rank_halves[s] +=
        base + std::accumulate(lanes, lanes + kBlock, int64_t{0});
  }
}

bool HasAvx2() {
  static const bool has = __builtin_cpu_supports("avx2");
  return has;
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
  if (path == Path::kAuto && HasAvx2() && FitsVectorPath(problem)) {
    SampleAvx2(noise, problem, tally);
    return;
  }
#endif
  SamplePortable(noise, problem, tally);
}

}  // namespace engine::smaa
