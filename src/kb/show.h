// ShowKnowledgeBase: the knowledge base as a reader-friendly text listing
// (stacks with frameworks, ratings and talent figures; criteria; warnings;
// checklist; rules with their sources). Used by `stackwise kb show`.
#pragma once

#include <string>

#include "engine/knowledge_base.h"

namespace kb {

std::string ShowKnowledgeBase(const engine::KnowledgeBase& kb);

}  // namespace kb
