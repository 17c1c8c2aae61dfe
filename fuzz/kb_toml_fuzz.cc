// Fuzzes LoadKnowledgeBase (--kb FILE): a knowledge base or an
// invalid_argument error listing the problems, never a crash, a hang or an
// exception. A base that loads is evaluated once, so what validation lets
// through is safe for the engine too.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "engine/evaluate.h"
#include "kb/load.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto kb = kb::LoadKnowledgeBase(text, "fuzz.toml");
  if (!kb) {
    if (kb.error().code != base::ErrorCode::kInvalidArgument) std::abort();
    return 0;
  }
  (void)engine::Evaluate(*kb, engine::Profile{});
  return 0;
}
