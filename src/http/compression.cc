#include "http/compression.h"

#include <zlib.h>

#include <cctype>

namespace http {
namespace {

// Level 1: most of gzip's gain on JSON for a fraction of the CPU.
constexpr int kLevel = 1;
constexpr int kGzipWindowBits = 15 + 16;  // 32 KiB window, gzip wrapper

bool IsTextual(std::string_view content_type) {
  for (std::string_view kind :
       {"application/json", "text/", "javascript", "image/svg"}) {
    if (content_type.find(kind) != std::string_view::npos) return true;
  }
  return false;
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
    text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
    text.remove_suffix(1);
  return text;
}

bool SameLetters(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != b[i]) return false;
  }
  return true;
}

// The q value of one list element ("gzip;q=0.5"): 1 when absent.
bool QualityIsZero(std::string_view parameters) {
  size_t q = parameters.find("q=");
  if (q == std::string_view::npos) return false;
  std::string_view value = Trim(parameters.substr(q + 2));
  return value.find_first_not_of("0.") == std::string_view::npos;
}

}  // namespace

bool AcceptsGzip(std::string_view accept_encoding) {
  while (!accept_encoding.empty()) {
    size_t comma = accept_encoding.find(',');
    std::string_view element = accept_encoding.substr(0, comma);
    accept_encoding = comma == std::string_view::npos
                          ? std::string_view()
                          : accept_encoding.substr(comma + 1);
    size_t semicolon = element.find(';');
    std::string_view coding = Trim(element.substr(0, semicolon));
    std::string_view parameters = semicolon == std::string_view::npos
                                      ? std::string_view()
                                      : element.substr(semicolon);
    if ((SameLetters(coding, "gzip") || coding == "*") &&
        !QualityIsZero(parameters)) {
      return true;
    }
  }
  return false;
}

std::optional<std::string> Gzip(std::string_view data) {
  z_stream stream{};
  if (deflateInit2(&stream, kLevel, Z_DEFLATED, kGzipWindowBits, 8,
                   Z_DEFAULT_STRATEGY) != Z_OK) {
    return std::nullopt;
  }
  std::string out(deflateBound(&stream, data.size()), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  int status = deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  if (status != Z_STREAM_END) return std::nullopt;
  return out;
}

void CompressIfAccepted(const Request& request, Response& response) {
  auto type = response[beast_http::field::content_type];
  if (!IsTextual(std::string_view(type.data(), type.size()))) return;
  response.set(beast_http::field::vary, "Accept-Encoding");
  if (response.body().size() < kMinCompressedBytes ||
      response.count(beast_http::field::content_encoding) != 0) {
    return;
  }
  auto accepted = request[beast_http::field::accept_encoding];
  if (!AcceptsGzip(std::string_view(accepted.data(), accepted.size()))) return;
  std::optional<std::string> compressed = Gzip(response.body());
  if (!compressed) return;
  response.body() = std::move(*compressed);
  response.set(beast_http::field::content_encoding, "gzip");
}

}  // namespace http
