// The /api/v1/assessments endpoints of Api (api.h).
#include "engine/evaluate.h"
#include "http/access_log.h"
#include "http/api.h"
#include "io/adr_markdown.h"
#include "io/json_writer.h"
#include "io/profile_json.h"
#include "io/request_bodies.h"
#include "io/result_json.h"

namespace http {
namespace {

// The stored assessment as GET returns it; Create adds the edit token,
// the only time it is ever shown.
std::string AssessmentJson(const store::Assessment& assessment,
                           std::string_view edit_token = {}) {
  io::JsonWriter out(
      -1, assessment.profile_json.size() + assessment.result_json.size() + 256);
  out.BeginObject();
  out.Key("id");
  out.String(assessment.id);
  if (!edit_token.empty()) {
    out.Key("edit_token");
    out.String(edit_token);
  }
  out.Key("title");
  out.String(assessment.title);
  out.Key("created_at");
  out.String(assessment.created_at);
  out.Key("updated_at");
  out.String(assessment.updated_at);
  out.Key("knowledge_base_version");
  out.String(assessment.knowledge_base_version);
  out.Key("profile");
  out.RawValue(assessment.profile_json);
  out.Key("result");
  out.RawValue(assessment.result_json);
  out.EndObject();
  return std::move(out).Take();
}

// Evaluates the request's profile into what the store keeps.
base::Result<store::AssessmentInput> Decide(const Request& request,
                                            const engine::KnowledgeBase& kb) {
  if (auto json = RequireJsonBody(request); !json) {
    return json.error();
  }
  if (request.body().size() > kMaxAssessmentBody) {
    return base::PayloadTooLarge("an assessment's body is at most " +
                                 std::to_string(kMaxAssessmentBody / 1024) +
                                 " KiB");
  }
  auto parsed = io::ParseAssessmentRequest(request.body(), kb);
  if (!parsed) return parsed.error();
  engine::Recommendation result = engine::Evaluate(kb, parsed->profile);
  return store::AssessmentInput{
      parsed->title, io::ProfileToJson(parsed->profile, -1),
      io::RecommendationToJson(result, -1), kb.version};
}

}  // namespace

std::optional<Response> Api::LimitCreations(std::string_view client) const {
  auto wait = creations_.Allow(client);
  if (!wait) return std::nullopt;
  Response response = ErrorResponse(
      Status::too_many_requests, "rate_limited",
      "too many assessments created from this address; retry in " +
          std::to_string(wait->count()) + " s");
  response.set(beast_http::field::retry_after, std::to_string(wait->count()));
  return response;
}

Response Api::CreateAssessment(const Request& request,
                               std::string_view client) const {
  if (auto limited = LimitCreations(client)) return *std::move(limited);
  auto input = Decide(request, kb_);
  if (!input) return ErrorResponse(input.error());
  auto created = store_.Create(*input);
  if (!created) return StoreError(created.error(), "save the assessment");
  Response response =
      JsonResponse(Status::created,
                   AssessmentJson(created->assessment, created->edit_token));
  response.set(beast_http::field::location,
               "/api/v1/assessments/" + created->assessment.id);
  return response;
}

Response Api::GetAssessment(std::string_view id) const {
  auto assessment = store_.Get(id);
  if (!assessment) return StoreError(assessment.error(), "read the assessment");
  return JsonResponse(Status::ok, AssessmentJson(*assessment));
}

Response Api::UpdateAssessment(const Request& request,
                               std::string_view id) const {
  auto token = BearerToken(request);
  if (!token) return ErrorResponse(token.error());
  // The token first: nobody without it gets the engine to work.
  auto authorized = store_.Authorize(id, *token);
  if (!authorized)
    return StoreError(authorized.error(), "check the edit token");
  auto input = Decide(request, kb_);
  if (!input) return ErrorResponse(input.error());
  auto updated = store_.Update(id, *token, *input);
  if (!updated) return StoreError(updated.error(), "save the assessment");
  return JsonResponse(Status::ok, AssessmentJson(*updated));
}

Response Api::DeleteAssessment(const Request& request,
                               std::string_view id) const {
  auto token = BearerToken(request);
  if (!token) return ErrorResponse(token.error());
  auto deleted = store_.Delete(id, *token);
  if (!deleted) return StoreError(deleted.error(), "delete the assessment");
  Response response(Status::no_content, 11);
  return response;
}

Response Api::GetAdr(std::string_view id) const {
  auto assessment = store_.Get(id);
  if (!assessment) return StoreError(assessment.error(), "read the assessment");
  // Rendered on read from the saved profile (the engine is pure, so this
  // is the record of the saved result while the knowledge base is the
  // same), dated by the last change.
  auto profile = io::ParseProfile(assessment->profile_json, kb_);
  if (!profile) {
    LogEvent("stored_profile_invalid",
             assessment->id + ": " + profile.error().ToString());
    return ErrorResponse(base::Internal(
        "could not read the saved profile (the server log has the details)"));
  }
  engine::Recommendation result = engine::Evaluate(kb_, *profile);
  io::AdrOptions adr;
  adr.date = assessment->updated_at.substr(0, 10);
  Response response = MakeResponse(Status::ok, kMarkdownType,
                                   io::RenderAdr(kb_, result, *profile, adr));
  response.set(beast_http::field::content_disposition,
               "attachment; filename=\"0001-" +
                   io::KebabCase(io::AdrTitle(result)) + ".md\"");
  return response;
}

}  // namespace http
