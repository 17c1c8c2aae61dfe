// CompileTests: a TOML table of fact tests -> engine::FactTest values.
//
// Used for a rule's `when` and `unless` and a framework's `when`. Each key
// names a fact (engine::AllFacts()); each value is one of the test forms of
// docs/knowledge-base.md ("Tests"), and the fact's kind decides which forms
// are legal. Enum and set values become bit masks of indexes into the
// fact's FactInfo::values. A comparison table may hold several of lt, le,
// gt, ge; each becomes its own FactTest (all must hold).
// Unquoted dotted keys (`when = { product.ai_ml = "core" }`, which TOML
// reads as nested tables) are accepted as the fact "product.ai_ml".
// Problems (unknown fact, unknown value, a test the fact's kind does not
// accept, a "recommended.*" fact where it is forbidden) go to Diagnostics;
// the offending test is left out of the result.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "engine/knowledge_base.h"
#include "kb/diagnostics.h"

namespace kb {

// Whether the tests may name facts known only after ranking.
enum class RecommendedFacts : uint8_t {
  kAllowed,
  kForbidden,  // in a rule with `weights`: it runs before ranking
};

// `where` names the table in messages: "in [[rule]] when".
// `facts` is the knowledge base's fact table (engine::FactTable).
std::vector<engine::FactTest> CompileTests(
    std::span<const engine::FactInfo> facts, const toml::table& tests,
    const std::string& where, RecommendedFacts recommended,
    Diagnostics& diagnostics);

}  // namespace kb
