// The web page's files, compiled into the binary (no URL reaches the file
// system): every file under web/ is served at /assets/<path relative to
// web/>, and web/index.html also at / and /a/{id}. When web/index.html is
// absent at build time, src/http/fallback_index.html stands in for it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace http {

struct Asset {
  std::string_view path;  // "app.js", relative to web/
  std::string_view bytes;
  std::string_view content_type;  // from the extension
  std::string etag;               // a quoted hash of the bytes
};

class Assets {
 public:
  // The embedded files; built once, immutable, shared by every thread.
  static const Assets& Embedded();

  const Asset* Find(std::string_view path) const;
  const Asset& Index() const { return index_; }

 private:
  Assets();

  std::vector<Asset> files_;
  Asset index_;
};

// "text/javascript; charset=utf-8" for "app.js"; application/octet-stream
// for an extension not in the table.
std::string_view ContentTypeFor(std::string_view path);

}  // namespace http
