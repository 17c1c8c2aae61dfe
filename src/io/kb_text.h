// KnowledgeBaseToText: the knowledge base as a reader-friendly text listing
// (stacks with frameworks, ratings and talent figures; criteria; warnings;
// checklist; rules with their sources). Used by `stackwise kb show`;
// kb_json.h writes the same base for programs.
#pragma once

#include <string>

#include "engine/knowledge_base.h"

namespace io {

std::string KnowledgeBaseToText(const engine::KnowledgeBase& kb);

}  // namespace io
