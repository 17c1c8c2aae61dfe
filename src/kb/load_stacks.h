// ReadStacks: the [[stack]] tables -> engine::Stack values (kb/ internal).
//
// Checks each stack against docs/knowledge-base.md: known keys, a known and
// unique id, language ids, a talent pool, a rating (0..5, with why) for
// every criterion rated "static" and none for the others, one or more
// frameworks with exactly one default, framework `when` tests. Reports
// each stack id of engine::kStackIds that is missing. Returns the stacks
// found, in kStackIds order (all nine when nothing was reported).
#pragma once

#include <vector>

#include "engine/knowledge_base.h"
#include "kb/table_reader.h"

namespace kb {

std::vector<engine::Stack> ReadStacks(
    const TableReader& root, const std::vector<engine::Criterion>& criteria);

}  // namespace kb
