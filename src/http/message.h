// HTTP messages as http/ checks and builds them: the checks on a request's
// headers that several handlers and the session share, the responses, and
// the one table from error codes to statuses (STYLE rule 6).
//
// Handlers take a Request and return a Response: plain values, testable
// without sockets. Every response leaves through FinishResponse, which adds
// the security headers, so no path can forget them. Error bodies are
//   {"error": {"code": "invalid_argument", "message": "...", "path": "..."}}
#pragma once

#include <string>
#include <string_view>
#include <utility>  // before Asio: GCC 12 + Boost 1.74 coroutines

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/utility/string_view.hpp>

#include "base/error.h"
#include "base/result.h"

namespace http {

namespace beast_http = boost::beast::http;
using Request = beast_http::request<beast_http::string_body>;
using Response = beast_http::response<beast_http::string_body>;
using Status = beast_http::status;

inline constexpr std::string_view kJsonType = "application/json";
inline constexpr std::string_view kHtmlType = "text/html; charset=utf-8";
inline constexpr std::string_view kMarkdownType =
    "text/markdown; charset=utf-8";

// Beast 1.74 takes boost::string_view; this adapts the standard one.
inline boost::beast::string_view View(std::string_view text) {
  return {text.data(), text.size()};
}

// unsupported_media_type unless Content-Type is application/json
// (parameters such as charset allowed, case-insensitive).
base::Result<void> RequireJsonBody(const Request& request);

// invalid_argument unless the request has no Transfer-Encoding or exactly
// "chunked" (once, any case): beast reads an unknown coding as an empty
// body, and the bytes after would be served as a second request. The
// caller answers 400 and closes the connection.
base::Result<void> CheckTransferEncoding(const Request& request);

// The token of "Authorization: Bearer <token>"; unauthenticated when the
// header is missing, uses another scheme or carries no token.
base::Result<std::string_view> BearerToken(const Request& request);

// The only place an ErrorCode becomes a status:
//   invalid_argument 400, unauthenticated 401, permission_denied 403,
//   not_found 404, failed_precondition 409, payload_too_large 413,
//   unsupported_media_type 415, internal 500.
Status StatusFor(base::ErrorCode code);

Response MakeResponse(Status status, std::string_view content_type,
                      std::string body);
Response JsonResponse(Status status, std::string body);
Response ErrorResponse(const base::Error& error);
// For statuses with no ErrorCode (405, 431, 503): `code` is the JSON code.
Response ErrorResponse(Status status, std::string_view code,
                       std::string_view message);

// A store's error as the answer: the store's internal errors carry
// SQLite's words and statements, so they go to the log whole and the client
// learns what failed ("could not <action>: the database failed"), not how.
Response StoreError(const base::Error& error, std::string_view action);

// The security headers every response carries, the request's HTTP
// version and keep-alive, and the final Content-Length.
void FinishResponse(Response& response, unsigned version, bool keep_alive);

}  // namespace http
