#include "io/request_bodies.h"

#include <initializer_list>

#include "io/json_parse.h"
#include "io/json_value.h"
#include "io/profile_sections.h"

namespace io {
namespace {

std::string TitleExpectation() {
  return "a non-empty string of at most " + std::to_string(kMaxTitleLength) +
         " characters";
}

// The document as an object holding exactly `fields`.
base::Result<Json> ParseEnvelope(std::string_view body,
                                 std::initializer_list<std::string_view> fields,
                                 std::string_view accepted) {
  auto parsed = ParseJson(body);
  if (!parsed) return parsed.error();
  if (!parsed->is_object()) {
    return base::InvalidArgument("expected an object with " +
                                 std::string(accepted) + "; got " +
                                 Describe(*parsed));
  }
  for (const auto& [key, value] : parsed->items()) {
    bool known = false;
    for (std::string_view field : fields) known = known || key == field;
    if (!known) {
      return base::InvalidArgument(
          "unknown field (accepted: " + std::string(accepted) + ")", key);
    }
  }
  return *std::move(parsed);
}

base::Result<std::string> RequiredText(const Json& doc, const std::string& key,
                                       size_t max_characters) {
  if (!doc.contains(key)) {
    return base::InvalidArgument(
        "missing; expected a non-empty string of at most " +
            std::to_string(max_characters) + " characters",
        key);
  }
  return ReadShortText(doc.at(key), key, max_characters);
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

base::Result<std::string> ParseGroupRequest(std::string_view body) {
  auto doc = ParseEnvelope(body, {"title"}, "title");
  if (!doc) return doc.error();
  return RequiredText(*doc, "title", kMaxTitleLength);
}

base::Result<GroupResponseRequest> ParseGroupResponseRequest(
    std::string_view body, const engine::KnowledgeBase& kb) {
  auto doc = ParseEnvelope(body, {"name", "profile"}, "name, profile");
  if (!doc) return doc.error();
  auto name = RequiredText(*doc, "name", kMaxFounderNameLength);
  if (!name) return name.error();
  if (!doc->contains("profile")) {
    return base::InvalidArgument("missing; expected a profile object",
                                 "profile");
  }
  auto profile = ParseProfileDocument(doc->at("profile"), "profile", kb);
  if (!profile) return profile.error();
  return GroupResponseRequest{std::move(*name), std::move(*profile)};
}

}  // namespace io
