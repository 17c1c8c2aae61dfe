#include "http/request_checks.h"

#include <boost/beast/core/string.hpp>

namespace http {
namespace {

std::string_view Trim(std::string_view text) {
  size_t begin = text.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return {};
  size_t end = text.find_last_not_of(" \t");
  return text.substr(begin, end - begin + 1);
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

}  // namespace http
