#include "http/assessment_request.h"

#include <optional>

#include "http/json_text.h"
#include "io/profile_json.h"

namespace http {
namespace {

constexpr size_t kMaxDescribed = 40;  // io's limit for quoted values

std::string Describe(std::string_view raw) {
  if (raw.size() <= kMaxDescribed) return std::string(raw);
  return std::string(raw.substr(0, kMaxDescribed - 3)) + "...";
}

size_t CountCharacters(std::string_view utf8) {
  size_t count = 0;
  for (char c : utf8) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

base::Result<std::string> ReadTitle(std::string_view raw) {
  const std::string what = "expected a non-empty string of at most " +
                           std::to_string(kMaxTitleLength) + " characters";
  JsonScanner scanner(raw);
  if (scanner.Peek() != '"') {
    return base::InvalidArgument(what + "; got " + Describe(raw), "title");
  }
  auto title = scanner.ReadString();
  if (!title) return title;
  bool blank = title->find_first_not_of(" \t\r\n") == std::string::npos;
  if (blank || CountCharacters(*title) > kMaxTitleLength) {
    return base::InvalidArgument(what + "; got " + Describe(raw), "title");
  }
  return title;
}

}  // namespace

base::Result<AssessmentRequest> ParseAssessmentRequest(std::string_view body) {
  // First the syntax of the whole document, so that malformed JSON is
  // reported as such wherever it is.
  JsonScanner whole(body);
  auto document = whole.SkipValue();
  if (!document) return base::Unexpected(document.error());
  if (!whole.AtEnd()) return whole.Malformed("unexpected content after the document");
  if (document->empty() || document->front() != '{') {
    return base::InvalidArgument(
        "expected an object with title and profile; got " + Describe(*document));
  }

  JsonScanner members(body);
  members.Consume('{');
  std::optional<std::string_view> title_raw;
  std::optional<std::string_view> profile_raw;
  if (!members.Consume('}')) {
    do {
      std::string key = *members.ReadString();
      members.Consume(':');
      std::string_view value = *members.SkipValue();
      std::optional<std::string_view>* slot = key == "title"     ? &title_raw
                                              : key == "profile" ? &profile_raw
                                                                 : nullptr;
      if (slot == nullptr) {
        return base::InvalidArgument("unknown field (accepted: title, profile)",
                                     key);
      }
      if (slot->has_value()) return base::InvalidArgument("duplicate field", key);
      *slot = value;
    } while (members.Consume(','));
  }

  if (!title_raw) {
    return base::InvalidArgument(
        "missing; expected a non-empty string of at most " +
            std::to_string(kMaxTitleLength) + " characters",
        "title");
  }
  auto title = ReadTitle(*title_raw);
  if (!title) return base::Unexpected(title.error());
  if (!profile_raw) {
    return base::InvalidArgument("missing; expected a profile object", "profile");
  }
  auto profile = io::ParseProfileAt(*profile_raw, "profile.");
  if (!profile) return base::Unexpected(profile.error());
  return AssessmentRequest{std::move(*title), std::move(*profile)};
}

}  // namespace http
