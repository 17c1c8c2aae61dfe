// EmbeddedFile: a file compiled into the binary by cmake/Embed.cmake.
//
// The bytes live in static storage for the whole run; views never dangle.
#pragma once

#include <span>
#include <string_view>

namespace base {

struct EmbeddedFile {
  std::string_view path;  // relative to the embedded folder, e.g. "index.html"
  std::string_view bytes;
};

}  // namespace base
