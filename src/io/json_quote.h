// JsonQuote: a string as a JSON string literal, quotes included.
//
// For adapters that wrap io's documents in a small envelope of their own
// (http's error bodies, assessment envelopes, access-log lines) without
// touching JSON text by hand. Invalid UTF-8 is replaced with U+FFFD rather
// than rejected: a request path is logged whatever bytes it holds.
#pragma once

#include <string>
#include <string_view>

namespace io {

std::string JsonQuote(std::string_view text);

// Appends JsonQuote(text) to `out` (avoids a temporary when building a body).
void AppendJsonQuoted(std::string& out, std::string_view text);

}  // namespace io
