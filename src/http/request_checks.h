// Checks on a request's headers that several handlers share.
#pragma once

#include <string_view>

#include "base/result.h"
#include "http/message.h"

namespace http {

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

}  // namespace http
