// Fuzzes ParseProfile: any bytes give a profile or an invalid_argument
// error, never a crash, a hang or an exception; a profile that parses
// writes back to JSON that parses to the same document.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "io/profile_json.h"
#include "kb/load.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  auto profile = io::ParseProfile(text, kb);
  if (!profile) {
    if (profile.error().code != base::ErrorCode::kInvalidArgument) std::abort();
    return 0;
  }
  std::string written = io::ProfileToJson(*profile, -1);
  auto again = io::ParseProfile(written, kb);
  if (!again || io::ProfileToJson(*again, -1) != written) std::abort();
  return 0;
}
