// engine::KnowledgeBase -> JSON for GET /api/v1/knowledge-base: stacks
// (frameworks, ratings, talent pools, strengths, concerns), criteria,
// warnings, checklist items and rules with their sources, plus the
// accepted values of every profile enum so a client can build its form.
#pragma once

#include <string>

#include "engine/knowledge_base.h"

namespace io {

std::string KnowledgeBaseToJson(const engine::KnowledgeBase& kb);

}  // namespace io
