#include <gtest/gtest.h>

#include <thread>

#include "base/sha256.h"
#include "kb/load.h"

namespace kb {
namespace {

// Loads the embedded text the checked way first, so that a broken file
// fails here with every problem listed rather than aborting below.
TEST(DefaultKnowledgeBase, TheEmbeddedFileIsValid) {
  base::Result<engine::KnowledgeBase> kb =
      LoadKnowledgeBase(DefaultKnowledgeBaseText(), kDefaultKnowledgeBaseName);
  ASSERT_TRUE(kb.has_value()) << kb.error().message;
}

// Every server thread evaluates against the one base loaded at start-up: a
// copy per thread (thread_local) or per call would differ in address.
TEST(DefaultKnowledgeBase, IsOneObjectSharedByEveryThread) {
  const engine::KnowledgeBase* on_this_thread = &DefaultKnowledgeBase();
  const engine::KnowledgeBase* on_another_thread = nullptr;
  std::thread([&] { on_another_thread = &DefaultKnowledgeBase(); }).join();
  EXPECT_EQ(on_another_thread, on_this_thread);
  EXPECT_EQ(&DefaultKnowledgeBase(), on_this_thread);
}

TEST(DefaultKnowledgeBase, HasAllStacksAndItsDigest) {
  const engine::KnowledgeBase& kb = DefaultKnowledgeBase();
  EXPECT_FALSE(kb.version.empty());
  EXPECT_EQ(kb.StackIds(),
            (std::vector<std::string>{"python", "node", "go", "ruby", "java",
                                      "csharp", "elixir", "rust", "php"}));
  EXPECT_EQ(kb.StackOfLanguage("kotlin"), kb.StackIndex("java"));
  EXPECT_EQ(kb.LanguageName("csharp"), "C#");
  EXPECT_EQ(kb.sha256, base::Sha256Hex(DefaultKnowledgeBaseText()));
}

}  // namespace
}  // namespace kb
