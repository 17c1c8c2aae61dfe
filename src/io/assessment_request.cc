#include "io/assessment_request.h"

#include "io/json_parse.h"
#include "io/json_value.h"
#include "io/profile_document.h"

namespace io {
namespace {

std::string TitleExpectation() {
  return "a non-empty string of at most " + std::to_string(kMaxTitleLength) +
         " characters";
}

}  // namespace

base::Result<AssessmentRequest> ParseAssessmentRequest(
    std::string_view body, const engine::KnowledgeBase& kb) {
  auto parsed = ParseJson(body);
  if (!parsed) return parsed.error();
  const Json& doc = *parsed;
  if (!doc.is_object()) {
    return base::InvalidArgument(
        "expected an object with title and profile; got " + Describe(doc));
  }
  for (const auto& [key, value] : doc.items()) {
    if (key != "title" && key != "profile") {
      return base::InvalidArgument("unknown field (accepted: title, profile)",
                                   key);
    }
  }
  if (!doc.contains("title")) {
    return base::InvalidArgument("missing; expected " + TitleExpectation(),
                                 "title");
  }
  auto title = ReadShortText(doc.at("title"), "title", kMaxTitleLength);
  if (!title) return title.error();
  if (!doc.contains("profile")) {
    return base::InvalidArgument("missing; expected a profile object",
                                 "profile");
  }
  auto profile = ParseProfileDocument(doc.at("profile"), "profile", kb);
  if (!profile) return profile.error();
  return AssessmentRequest{std::move(*title), std::move(*profile)};
}

}  // namespace io
