#include <gtest/gtest.h>

#include "kb/load.h"
#include "kb/sha256.h"

namespace kb {
namespace {

// Loads the embedded text the checked way first, so that a broken file
// fails here with every problem listed rather than aborting below.
TEST(DefaultKnowledgeBase, TheEmbeddedFileIsValid) {
  base::Result<engine::KnowledgeBase> kb =
      LoadKnowledgeBase(DefaultKnowledgeBaseText(), kDefaultKnowledgeBaseName);
  ASSERT_TRUE(kb.has_value()) << kb.error().message;
}

TEST(DefaultKnowledgeBase, LoadsOnceWithAllStacksAndItsDigest) {
  const engine::KnowledgeBase& kb = DefaultKnowledgeBase();
  EXPECT_EQ(&kb, &DefaultKnowledgeBase());
  EXPECT_FALSE(kb.version.empty());
  EXPECT_EQ(kb.StackIds(), (std::vector<std::string>{"python", "node", "go", "ruby", "java",
                                                      "csharp", "elixir", "rust", "php"}));
  EXPECT_EQ(kb.StackOfLanguage("kotlin"), kb.StackIndex("java"));
  EXPECT_EQ(kb.LanguageName("csharp"), "C#");
  EXPECT_EQ(kb.sha256, Sha256Hex(DefaultKnowledgeBaseText()));
}

}  // namespace
}  // namespace kb
