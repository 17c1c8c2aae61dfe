// Gzip for larger responses, when the client says it accepts it.
//
// CompressIfAccepted rewrites `response` in place: when the request's
// Accept-Encoding lists gzip (without q=0), the body is at least
// kMinCompressedBytes and of a textual type (JSON, HTML, CSS, JavaScript,
// Markdown, SVG), and nothing has encoded it yet, the body is gzip-compressed
// and Content-Encoding: gzip is set. Every textual response carries
// Vary: Accept-Encoding, compressed or not, so caches keep both. Never
// throws; when zlib fails the response goes out uncompressed.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "http/message.h"

namespace http {

inline constexpr size_t kMinCompressedBytes = 1024;  // below, headers dominate

// Whether an Accept-Encoding value accepts gzip ("gzip", "gzip;q=0.5",
// "*"; not "gzip;q=0" nor "identity").
bool AcceptsGzip(std::string_view accept_encoding);

// `data` as a gzip member (RFC 1952), or nullopt when zlib fails.
std::optional<std::string> Gzip(std::string_view data);

void CompressIfAccepted(const Request& request, Response& response);

}  // namespace http
