#include "kb/load_robustness.h"

#include <optional>
#include <string>

#include "base/text.h"

namespace kb {
namespace {

constexpr int kMinSamples = 4096;
constexpr int kMaxSamples = 65536;
constexpr int kSampleStep = 64;

// The number under `key` when it lies in [low, high], else reported.
std::optional<double> NumberIn(const TableReader& reader, std::string_view key,
                               double low, double high) {
  std::optional<double> value = reader.Number(key, Presence::kOptional);
  if (!value) return std::nullopt;
  if (*value < low || *value > high) {
    reader.diagnostics().Add(
        At(*reader.table().get(key)),
        Quote(key) + " must be between " + base::ExactNumber(low) + " and " +
            base::ExactNumber(high) + ", got " + base::ExactNumber(*value));
    return std::nullopt;
  }
  return value;
}

}  // namespace

void ReadRobustness(const TableReader& root,
                    engine::RobustnessSettings& settings) {
  static constexpr std::string_view kKeys[] = {"weight_spread", "rating_spread",
                                               "samples"};
  const toml::table* table = root.Table("robustness", Presence::kOptional);
  if (table == nullptr) return;
  TableReader reader(*table, "in [robustness]", kKeys, root.diagnostics());
  if (auto s = NumberIn(reader, "weight_spread", 0, 1))
    settings.weight_spread = *s;
  if (auto r = NumberIn(reader, "rating_spread", 0, 2.5))
    settings.rating_spread = *r;
  if (std::optional<int64_t> samples =
          reader.Integer("samples", Presence::kOptional)) {
    if (*samples < kMinSamples || *samples > kMaxSamples ||
        *samples % kSampleStep != 0) {
      root.diagnostics().Add(At(*table->get("samples")),
                             "\"samples\" must be a multiple of " +
                                 std::to_string(kSampleStep) + " between " +
                                 std::to_string(kMinSamples) + " and " +
                                 std::to_string(kMaxSamples) + ", got " +
                                 std::to_string(*samples));
    } else {
      settings.samples = static_cast<int>(*samples);
    }
  }
}

void ReadShareThresholds(const TableReader& confidence,
                         engine::ConfidenceThresholds& thresholds) {
  if (auto high = NumberIn(confidence, "high_share", 0, 1))
    thresholds.high_share = *high;
  if (auto medium = NumberIn(confidence, "medium_share", 0, 1)) {
    thresholds.medium_share = *medium;
  }
  if (thresholds.high_share < thresholds.medium_share) {
    confidence.diagnostics().Add(
        confidence.at(), "\"high_share\" (" +
                             base::ExactNumber(thresholds.high_share) +
                             ") must not be less than \"medium_share\" (" +
                             base::ExactNumber(thresholds.medium_share) + ")");
  }
}

}  // namespace kb
