// ReadRules: the [[rule]] tables -> engine::Rule values (kb/ internal).
//
// Checks each rule against docs/knowledge-base.md: known keys, a unique id,
// a source, at least one effect, weights naming known criteria, warning and
// checklist ids declared in [[warning]] and [[check]], checklist statuses,
// message placeholders, and `when`/`unless` tests (no "recommended.*" fact
// in a rule with weights). `declared` must already hold the criteria,
// warnings and checklist. Returns the rules in file order.
#pragma once

#include <vector>

#include "engine/knowledge_base.h"
#include "kb/table_reader.h"

namespace kb {

std::vector<engine::Rule> ReadRules(const TableReader& root,
                                    const engine::KnowledgeBase& declared);

}  // namespace kb
