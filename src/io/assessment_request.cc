#include "io/assessment_request.h"

#include <set>

#include "io/json_value.h"
#include "io/profile_json.h"

namespace io {
namespace {

size_t CountCharacters(std::string_view utf8) {
  size_t count = 0;
  for (char c : utf8) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

std::string TitleExpectation() {
  return "a non-empty string of at most " + std::to_string(kMaxTitleLength) +
         " characters";
}

base::Result<std::string> ReadTitle(const Json& value) {
  if (!value.is_string()) return Expected(TitleExpectation(), value, "title");
  const std::string& title = value.get_ref<const std::string&>();
  const bool blank = title.find_first_not_of(" \t\r\n") == std::string::npos;
  if (blank || CountCharacters(title) > kMaxTitleLength) {
    return Expected(TitleExpectation(), value, "title");
  }
  return title;
}

// nlohmann keeps the last of two equal keys silently; the request's own
// members are few, so note them while parsing and refuse a repeat.
struct DuplicateKeys {
  std::set<std::string> seen;
  std::string duplicate;

  bool operator()(int depth, nlohmann::json::parse_event_t event, Json& parsed) {
    if (depth == 1 && event == nlohmann::json::parse_event_t::key &&
        !seen.insert(parsed.get<std::string>()).second && duplicate.empty()) {
      duplicate = parsed.get<std::string>();
    }
    return true;
  }
};

}  // namespace

base::Result<AssessmentRequest> ParseAssessmentRequest(std::string_view body,
                                                       const engine::KnowledgeBase& kb) {
  DuplicateKeys keys;
  Json doc;
  try {
    doc = Json::parse(body, std::ref(keys));
  } catch (const nlohmann::json::parse_error& e) {
    return base::Unexpected(MalformedJson(e));
  }
  if (!doc.is_object()) {
    return base::InvalidArgument("expected an object with title and profile; got " +
                                 Describe(doc));
  }
  if (!keys.duplicate.empty()) {
    return base::InvalidArgument("duplicate field", keys.duplicate);
  }
  for (const auto& [key, value] : doc.items()) {
    if (key != "title" && key != "profile") {
      return base::InvalidArgument("unknown field (accepted: title, profile)", key);
    }
  }
  if (!doc.contains("title")) {
    return base::InvalidArgument("missing; expected " + TitleExpectation(), "title");
  }
  auto title = ReadTitle(doc["title"]);
  if (!title) return base::Unexpected(title.error());
  if (!doc.contains("profile")) {
    return base::InvalidArgument("missing; expected a profile object", "profile");
  }
  auto profile = ParseProfileAt(doc["profile"].dump(), "profile.", kb);
  if (!profile) return base::Unexpected(profile.error());
  return AssessmentRequest{std::move(*title), std::move(*profile)};
}

}  // namespace io
