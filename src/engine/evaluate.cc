#include "engine/evaluate.h"

namespace engine {

Recommendation Evaluate(const KnowledgeBase& kb, const Profile&) {
  Recommendation r;
  r.knowledge_base = {kb.version, kb.sha256};
  return r;
}

}  // namespace engine
