// The offsets and factors of the robustness sampling: drawn once per key,
// with a fixed seed, and kept for the process's life.
#include "engine/robustness_sampler.h"

#include <algorithm>
#include <cassert>
#include <memory>
#include <mutex>
#include <numeric>
#include <utility>
#include <vector>

namespace engine::smaa {
namespace {

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
// them cold. `value` lies in [-127.5, 127.5): an offset of at most 2.5
// points, or a factor of at most 2, in units.
int8_t RoundToByte(double value) {
  return static_cast<int8_t>(static_cast<int>(value + 128.5) - 128);
}

// Draws every column in a fixed order (for each slot: its factor column,
// then one offset column per stack), then lays them out block by block.
std::unique_ptr<Noise> Draw(const NoiseKey& key) {
  auto noise = std::make_unique<Noise>();
  noise->key = key;
  noise->quads = (key.slots + kSlotsPerQuad - 1) / kSlotsPerQuad;
  const size_t samples = static_cast<size_t>(key.samples);
  const size_t stacks = static_cast<size_t>(key.stacks);
  const size_t quads = static_cast<size_t>(noise->quads);
  const size_t slots = quads * kSlotsPerQuad;
  // columns[(slot * (stacks + 1) + 0) * samples + k] is the factor,
  // columns[(slot * (stacks + 1) + 1 + s) * samples + k] stack s's offset.
  // Padding slots stay 0.
  std::vector<int8_t> columns(slots * (stacks + 1) * samples, 0);
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
  noise->offsets.resize(samples * stacks * slots);
  noise->factors.resize(samples * slots);
  int8_t* offsets = noise->offsets.data();
  int16_t* factors = noise->factors.data();
  for (size_t block = 0; block < samples / kBlock; ++block) {
    for (size_t quad = 0; quad < quads; ++quad) {
      for (int lane = 0; lane < kBlock; ++lane) {
        for (int j = 0; j < kSlotsPerQuad; ++j) {
          // A factor is 0..2 * kUnitsPerPoint, never negative.
          const auto units = static_cast<uint8_t>(
              column_of(quad * kSlotsPerQuad + j, 0)[block * kBlock + lane]);
          factors[FactorIndex(lane, j)] = units;
          noise->max_factor = std::max<int16_t>(noise->max_factor, units);
        }
      }
      factors += kBytesPerQuadBlock;
    }
    for (size_t s = 0; s < stacks; ++s) {
      for (size_t quad = 0; quad < quads; ++quad) {
        for (int lane = 0; lane < kBlock; ++lane) {
          for (int j = 0; j < kSlotsPerQuad; ++j) {
            *offsets++ = column_of(quad * kSlotsPerQuad + j,
                                   1 + s)[block * kBlock + lane];
          }
        }
      }
    }
  }
  return noise;
}

}  // namespace

const Noise& NoiseFor(const NoiseKey& key) {
  assert(key.samples > 0 && key.samples % kBlock == 0);
  assert(key.rating_spread <= 2.5 && key.weight_spread <= 1);
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

}  // namespace engine::smaa
