#include "http/router.h"

namespace http {
namespace {

// Splits off the next segment of a path that starts with '/'.
std::string_view NextSegment(std::string_view& rest) {
  rest.remove_prefix(1);
  size_t end = rest.find('/');
  std::string_view segment = rest.substr(0, end);
  rest = end == std::string_view::npos ? std::string_view() : rest.substr(end);
  return segment;
}

}  // namespace

bool MatchPath(std::string_view pattern, std::string_view path,
               PathParams& params) {
  if (size_t query = path.find('?'); query != std::string_view::npos) {
    path = path.substr(0, query);
  }
  if (pattern == "/") return path == "/";
  if (path.empty() || path.front() != '/') return false;
  while (!pattern.empty()) {
    if (path.empty()) return false;
    std::string_view want = NextSegment(pattern);
    if (want == "{path*}") {
      std::string_view rest = path.substr(1);
      if (rest.empty()) return false;
      params.path = rest;
      return true;
    }
    std::string_view got = NextSegment(path);
    if (want == "{id}") {
      if (got.empty()) return false;
      params.id = got;
    } else if (want != got) {
      return false;
    }
  }
  return path.empty();
}

void Router::Add(beast_http::verb method, std::string pattern,
                 Handler handler) {
  routes_.push_back(Route{method, std::move(pattern), std::move(handler)});
}

Response Router::Dispatch(const Request& request,
                          std::string_view client) const {
  std::string_view target(request.target().data(), request.target().size());
  const beast_http::verb method_wanted =
      request.method() == beast_http::verb::head ? beast_http::verb::get
                                                 : request.method();
  std::string allow;
  for (const Route& route : routes_) {
    PathParams params;
    params.client = client;
    if (!MatchPath(route.pattern, target, params)) continue;
    if (route.method == method_wanted) return route.handler(request, params);
    if (!allow.empty()) allow += ", ";
    auto name = beast_http::to_string(route.method);
    allow.append(name.data(), name.size());
    if (route.method == beast_http::verb::get) allow += ", HEAD";
  }
  std::string_view method(request.method_string().data(),
                          request.method_string().size());
  std::string_view path = target.substr(0, target.find('?'));
  if (allow.empty()) {
    return ErrorResponse(base::NotFound("no route for " + std::string(method) +
                                        " " + std::string(path)));
  }
  Response response =
      ErrorResponse(Status::method_not_allowed, "method_not_allowed",
                    std::string(method) + " is not allowed on " +
                        std::string(path) + " (allowed: " + allow + ")");
  response.set(beast_http::field::allow, View(allow));
  return response;
}

}  // namespace http
