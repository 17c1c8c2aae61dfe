// ReadStacks: the [[stack]] tables -> engine::Stack values (kb/ internal).
//
// Checks each stack against docs/knowledge-base.md: known keys, a unique
// id, languages ({id, name}, each language in one stack only), a talent
// pool, a rating (0..5, with why) for every criterion rated "static" and
// none for the others, one or more frameworks with exactly one default,
// framework `when` tests. At most engine::kMaxStacks stacks. Returns the
// stacks in file order: their order breaks ties between equal scores.
#pragma once

#include <vector>

#include "engine/knowledge_base.h"
#include "kb/table_reader.h"

namespace kb {

std::vector<engine::Stack> ReadStacks(
    const TableReader& root, const std::vector<engine::Criterion>& criteria);

}  // namespace kb
