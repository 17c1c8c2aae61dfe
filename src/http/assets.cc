#include "http/assets.h"

#include <array>
#include <cstdio>
#include <functional>
#include <span>
#include <utility>

#include "base/embedded_file.h"
#include "http/builtin_files.h"
#include "http/web_files.h"

namespace http {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 12>
    kContentTypes = {{
        {".html", "text/html; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".mjs", "text/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".json", "application/json"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".ico", "image/x-icon"},
        {".webp", "image/webp"},
        {".txt", "text/plain; charset=utf-8"},
        {".woff2", "font/woff2"},
        {".webmanifest", "application/manifest+json"},
    }};

Asset MakeAsset(const base::EmbeddedFile& file) {
  char etag[32];
  std::snprintf(etag, sizeof etag, "\"%016zx\"",
                std::hash<std::string_view>{}(file.bytes));
  return Asset{file.path, file.bytes, ContentTypeFor(file.path), etag};
}

const base::EmbeddedFile* FindFile(std::span<const base::EmbeddedFile> files,
                                   std::string_view path) {
  for (const auto& file : files) {
    if (file.path == path) return &file;
  }
  return nullptr;
}

}  // namespace

std::string_view ContentTypeFor(std::string_view path) {
  for (const auto& [extension, type] : kContentTypes) {
    if (path.ends_with(extension)) return type;
  }
  return "application/octet-stream";
}

Assets::Assets() {
  for (const auto& file : web_files::Files()) files_.push_back(MakeAsset(file));
  const base::EmbeddedFile* index = FindFile(web_files::Files(), "index.html");
  if (index == nullptr) {
    index = FindFile(builtin_files::Files(), "fallback_index.html");
  }
  index_ = MakeAsset(*index);
  index_.content_type = ContentTypeFor(".html");
}

const Assets& Assets::Embedded() {
  static const Assets assets;
  return assets;
}

const Asset* Assets::Find(std::string_view path) const {
  for (const Asset& asset : files_) {
    if (asset.path == path) return &asset;
  }
  return nullptr;
}

}  // namespace http
