// EmbeddedFile: a file compiled into the binary by cmake/Embed.cmake.
//
// Each set of embedded files is a namespace with one function,
// `std::span<const base::EmbeddedFile> Files()`, defined in a generated
// source and declared once, in a generated header named after the namespace
// (stackwise_embed() in cmake/Embed.cmake writes both):
//   kb::embedded         "kb/embedded.h"         knowledge/knowledge-base.toml
//   http::web_files      "http/web_files.h"      every file of web/
//   http::builtin_files  "http/builtin_files.h"  openapi.json, fallback page
//   http::schema_files   "http/schema_files.h"   docs/schema/*.schema.json
//
// The bytes live in static storage for the whole run; views never dangle.
#pragma once

#include <string_view>

namespace base {

struct EmbeddedFile {
  std::string_view path;  // relative to the embedded folder, e.g. "index.html"
  std::string_view bytes;
};

}  // namespace base
