#include "io/json_quote.h"

#include <nlohmann/json.hpp>

namespace io {

std::string JsonQuote(std::string_view text) {
  return nlohmann::json(std::string(text))
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void AppendJsonQuoted(std::string& out, std::string_view text) {
  out += JsonQuote(text);
}

}  // namespace io
