// engine::Recommendation -> JSON (result schema version 1, docs/schema.md).
// Key order is the struct's field order; numbers are rounded to one decimal
// place so that output is byte-for-byte stable.
#pragma once

#include <string>

#include "engine/recommendation.h"

namespace io {

// indent < 0 gives the compact form (the HTTP API); 2 the CLI's.
std::string RecommendationToJson(const engine::Recommendation& result,
                                 int indent = 2);

}  // namespace io
