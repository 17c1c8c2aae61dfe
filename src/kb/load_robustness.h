// ReadRobustness: the optional [robustness] table -> engine::RobustnessSettings
// (kb/ internal; the format is in docs/knowledge-base.md).
//
// Keys: weight_spread (0..1), rating_spread (0..2.5; offsets are kept in
// a signed byte of 1/51-point units) and samples (an integer multiple of 64 in
// 4096..65536: fewer would make a share move by more than about ±0.01, more
// would cost more than the engine's budget). A missing key keeps its
// documented default; each bad value is reported with its position.
#pragma once

#include "engine/knowledge_base.h"
#include "kb/table_reader.h"

namespace kb {

void ReadRobustness(const TableReader& root,
                    engine::RobustnessSettings& settings);

// high_share and medium_share in [confidence]: shares 0..1, high >= medium.
void ReadShareThresholds(const TableReader& confidence,
                         engine::ConfidenceThresholds& thresholds);

}  // namespace kb
