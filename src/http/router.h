// Router: method + path -> handler, with 404 and 405 decided here.
//
// Patterns are literal segments and placeholders: "{id}" matches one
// non-empty segment, a final "{path*}" one or more. The query string is
// ignored. A path some route matches with another method gets 405 and an
// Allow header listing the methods it accepts; a path no route matches
// gets 404. Both as JSON errors. HEAD is routed as GET (the session
// sends the headers only). Routes are tried in the order added (put
// the hot ones first). Immutable after set-up, so threads share it freely.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "http/message.h"

namespace http {

struct PathParams {
  std::string_view id;      // "{id}"
  std::string_view path;    // "{path*}"
  std::string_view client;  // the peer's address, for per-client limits
};

using Handler = std::function<Response(const Request&, const PathParams&)>;

struct Route {
  beast_http::verb method;
  std::string pattern;
  Handler handler;
};

class Router {
 public:
  void Add(beast_http::verb method, std::string pattern, Handler handler);
  Response Dispatch(const Request& request, std::string_view client = {}) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

// Exposed for tests: whether `path` matches `pattern`, filling `params`.
bool MatchPath(std::string_view pattern, std::string_view path,
               PathParams& params);

}  // namespace http
