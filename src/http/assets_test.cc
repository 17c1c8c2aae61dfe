#include "http/assets.h"

#include <filesystem>

#include <gtest/gtest.h>

namespace http {
namespace {

TEST(ContentTypeFor, NamesTheTypesOfThePagesFiles) {
  EXPECT_EQ(ContentTypeFor("index.html"), "text/html; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("app.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("style.css"), "text/css; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("icons/logo.svg"), "image/svg+xml");
  EXPECT_EQ(ContentTypeFor("favicon.ico"), "image/x-icon");
  EXPECT_EQ(ContentTypeFor("data.json"), "application/json");
  EXPECT_EQ(ContentTypeFor("README"), "application/octet-stream");
}

TEST(Assets, EmbedEveryFileUnderWeb) {
  const std::filesystem::path web = STACKWISE_WEB_DIR;
  if (!std::filesystem::exists(web)) GTEST_SKIP() << "no web/ folder";
  for (const auto& entry : std::filesystem::recursive_directory_iterator(web)) {
    if (!entry.is_regular_file()) continue;
    std::string relative = std::filesystem::relative(entry.path(), web).string();
    const Asset* asset = Assets::Embedded().Find(relative);
    ASSERT_NE(asset, nullptr) << relative;
    EXPECT_EQ(asset->bytes.size(), entry.file_size()) << relative;
  }
}

TEST(Assets, IndexIsHtml) {
  const Asset& index = Assets::Embedded().Index();
  EXPECT_EQ(index.content_type, "text/html; charset=utf-8");
  EXPECT_NE(index.bytes.find("<html"), std::string_view::npos);
  EXPECT_EQ(index.etag.front(), '"');
}

TEST(Assets, DoNotResolvePathsOutsideTheEmbeddedSet) {
  EXPECT_EQ(Assets::Embedded().Find("../CMakeLists.txt"), nullptr);
  EXPECT_EQ(Assets::Embedded().Find("/etc/passwd"), nullptr);
}

}  // namespace
}  // namespace http
