// The decision as an Architecture Decision Record in MADR 4 shape
// (`--format markdown`, GET /api/v1/assessments/{id}/adr.md).
//
// Deterministic given its arguments: the date is passed in (YYYY-MM-DD),
// never read from the clock here.
#pragma once

#include <string>
#include <string_view>

#include "engine/profile.h"
#include "engine/recommendation.h"

namespace io {

struct AdrOptions {
  std::string
      title;         // empty: "Choose <stack> with <framework> for the backend"
  std::string date;  // YYYY-MM-DD
  std::string status = "proposed";  // MADR: proposed until the team accepts it
};

std::string RenderAdr(const engine::Recommendation& result,
                      const engine::Profile& profile,
                      const AdrOptions& options);

}  // namespace io
