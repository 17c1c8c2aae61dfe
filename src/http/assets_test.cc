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
    std::string relative =
        std::filesystem::relative(entry.path(), web).string();
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

// Only an embedded file's exact name finds it: no path is normalized,
// matched by suffix or case, or read from the disk, so no URL can climb out
// of web/ or reach a file by a second name.
TEST(Assets, DoNotResolvePathsOutsideTheEmbeddedSet) {
  const Assets& assets = Assets::Embedded();
  ASSERT_NE(assets.Find("app.js"), nullptr);
  for (const char* path :
       {"../CMakeLists.txt", "../src/http/assets.cc", "/etc/passwd",
        "../web/app.js", "./app.js", "/app.js", "x/../app.js", "APP.JS",
        "app.js/", "pp.js", "app", ""}) {
    EXPECT_EQ(assets.Find(path), nullptr) << path;
  }
}

}  // namespace
}  // namespace http
