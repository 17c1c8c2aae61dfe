#include "http/message.h"

#include <boost/beast/core/string.hpp>

#include "http/access_log.h"
#include "io/json_writer.h"

namespace http {
namespace {

// The page loads only its own scripts, styles and images (data: for the
// favicon); nothing may frame it, and no plugin or <base> can redirect it.
constexpr std::string_view kContentSecurityPolicy =
    "default-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

std::string_view Trim(std::string_view text) {
  size_t begin = text.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return {};
  size_t end = text.find_last_not_of(" \t");
  return text.substr(begin, end - begin + 1);
}

std::string ErrorBody(std::string_view code, std::string_view message,
                      std::string_view path) {
  io::JsonWriter body(-1, 64 + message.size() + path.size());
  body.BeginObject();
  body.Key("error");
  body.BeginObject();
  body.Key("code");
  body.String(code);
  body.Key("message");
  body.String(message);
  body.Key("path");
  body.String(path);
  body.EndObject();
  body.EndObject();
  return std::move(body).Take();
}

}  // namespace

base::Result<void> RequireJsonBody(const Request& request) {
  auto header = request[beast_http::field::content_type];
  std::string_view value(header.data(), header.size());
  std::string_view media = Trim(value.substr(0, value.find(';')));
  if (boost::beast::iequals(View(media), "application/json")) return {};
  // Appended, not `"\"" + std::string(value)`: GCC 12 at -O3 reports that
  // as overlapping memcpy (-Wrestrict false positive, GCC bug 105329).
  std::string got = "no Content-Type";
  if (!value.empty()) got.assign("\"").append(value).append("\"");
  return base::UnsupportedMediaType(
      "expected Content-Type application/json; got " + got);
}

base::Result<void> CheckTransferEncoding(const Request& request) {
  auto [first, last] =
      request.equal_range(beast_http::field::transfer_encoding);
  if (first == last) return {};
  std::string codings;
  size_t count = 0;
  for (auto it = first; it != last; ++it, ++count) {
    if (!codings.empty()) codings += ", ";
    codings.append(it->value().data(), it->value().size());
  }
  if (count == 1 && boost::beast::iequals(View(Trim(codings)), "chunked"))
    return {};
  return base::InvalidArgument("unsupported Transfer-Encoding \"" + codings +
                               "\" (only chunked is accepted)");
}

base::Result<std::string_view> BearerToken(const Request& request) {
  auto header = request[beast_http::field::authorization];
  std::string_view value = Trim(std::string_view(header.data(), header.size()));
  constexpr std::string_view kScheme = "bearer ";
  base::Error missing = base::Unauthenticated(
      "this needs the assessment's edit token as "
      "\"Authorization: Bearer <edit_token>\"");
  if (value.size() <= kScheme.size() ||
      !boost::beast::iequals(View(value.substr(0, kScheme.size())),
                             View(kScheme))) {
    return missing;
  }
  std::string_view token = Trim(value.substr(kScheme.size()));
  if (token.empty()) return missing;
  return token;
}

Status StatusFor(base::ErrorCode code) {
  switch (code) {
    case base::ErrorCode::kInvalidArgument:
      return Status::bad_request;
    case base::ErrorCode::kUnauthenticated:
      return Status::unauthorized;
    case base::ErrorCode::kPermissionDenied:
      return Status::forbidden;
    case base::ErrorCode::kNotFound:
      return Status::not_found;
    case base::ErrorCode::kFailedPrecondition:
      return Status::conflict;
    case base::ErrorCode::kPayloadTooLarge:
      return Status::payload_too_large;
    case base::ErrorCode::kUnsupportedMediaType:
      return Status::unsupported_media_type;
    case base::ErrorCode::kInternal:
      return Status::internal_server_error;
  }
  return Status::internal_server_error;
}

Response MakeResponse(Status status, std::string_view content_type,
                      std::string body) {
  Response response(status, 11);
  response.set(beast_http::field::content_type, View(content_type));
  response.body() = std::move(body);
  return response;
}

Response JsonResponse(Status status, std::string body) {
  return MakeResponse(status, kJsonType, std::move(body));
}

Response ErrorResponse(const base::Error& error) {
  Response response = JsonResponse(
      StatusFor(error.code),
      ErrorBody(base::ErrorCodeName(error.code), error.message, error.path));
  if (error.code == base::ErrorCode::kUnauthenticated) {
    response.set(beast_http::field::www_authenticate, "Bearer");
  }
  return response;
}

Response ErrorResponse(Status status, std::string_view code,
                       std::string_view message) {
  return JsonResponse(status, ErrorBody(code, message, ""));
}

Response StoreError(const base::Error& error, std::string_view action) {
  if (error.code != base::ErrorCode::kInternal) return ErrorResponse(error);
  LogEvent("store_failed", error.message);
  return ErrorResponse(
      base::Internal("could not " + std::string(action) +
                     ": the database failed (the server log has the details)"));
}

void FinishResponse(Response& response, unsigned version, bool keep_alive) {
  response.version(version);
  response.keep_alive(keep_alive);
  response.set(beast_http::field::server, "stackwise");
  response.set("X-Content-Type-Options", "nosniff");
  response.set("Content-Security-Policy", View(kContentSecurityPolicy));
  response.set("Referrer-Policy", "no-referrer");
  response.set("X-Frame-Options", "DENY");
  if (response[beast_http::field::cache_control].empty()) {
    response.set(beast_http::field::cache_control, "no-store");
  }
  response.prepare_payload();
}

}  // namespace http
