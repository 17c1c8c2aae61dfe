// DefaultKnowledgeBase and DefaultKnowledgeBaseText (declared in load.h).
#include <cstdio>
#include <cstdlib>

#include "kb/embedded.h"
#include "kb/load.h"

namespace kb {

std::string_view DefaultKnowledgeBaseText() {
  for (const base::EmbeddedFile& file : embedded::Files()) {
    if (file.path == kDefaultKnowledgeBaseName) return file.bytes;
  }
  std::fprintf(stderr, "%.*s is not embedded in the binary\n",
               static_cast<int>(kDefaultKnowledgeBaseName.size()),
               kDefaultKnowledgeBaseName.data());
  std::abort();
}

const engine::KnowledgeBase& DefaultKnowledgeBase() {
  static const engine::KnowledgeBase kb = [] {
    base::Result<engine::KnowledgeBase> loaded = LoadKnowledgeBase(
        DefaultKnowledgeBaseText(), kDefaultKnowledgeBaseName);
    if (!loaded) {
      // A programmer error: default_kb_test catches it before a release.
      std::fprintf(stderr, "the embedded knowledge base is invalid:\n%s\n",
                   loaded.error().message.c_str());
      std::abort();
    }
    return std::move(loaded).value();
  }();
  return kb;
}

}  // namespace kb
