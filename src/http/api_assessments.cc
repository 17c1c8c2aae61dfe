// The /api/v1/assessments endpoints of Api (api.h).
#include "engine/evaluate.h"
#include "http/api.h"
#include "io/assessment_request.h"
#include "io/json_quote.h"
#include "http/request_checks.h"
#include "io/adr_markdown.h"
#include "io/profile_json.h"
#include "io/result_json.h"

namespace http {
namespace {

// The stored assessment as GET returns it; Create adds the edit token,
// the only time it is ever shown.
std::string AssessmentJson(const store::Assessment& assessment,
                           std::string_view edit_token = {}) {
  std::string out;
  out.reserve(assessment.profile_json.size() + assessment.result_json.size() + 256);
  out += R"({"id":)";
  io::AppendJsonQuoted(out, assessment.id);
  if (!edit_token.empty()) {
    out += R"(,"edit_token":)";
    io::AppendJsonQuoted(out, edit_token);
  }
  out += R"(,"title":)";
  io::AppendJsonQuoted(out, assessment.title);
  out += R"(,"created_at":)";
  io::AppendJsonQuoted(out, assessment.created_at);
  out += R"(,"updated_at":)";
  io::AppendJsonQuoted(out, assessment.updated_at);
  out += R"(,"knowledge_base_version":)";
  io::AppendJsonQuoted(out, assessment.knowledge_base_version);
  out += R"(,"profile":)";
  out += assessment.profile_json;
  out += R"(,"result":)";
  out += assessment.result_json;
  out += "}";
  return out;
}

// Evaluates the request's profile and renders everything the store keeps.
base::Result<store::AssessmentInput> Decide(
    const Request& request, const engine::KnowledgeBase& kb,
    const store::Clock& clock) {
  if (auto json = RequireJsonBody(request); !json) {
    return base::Unexpected(json.error());
  }
  auto parsed = io::ParseAssessmentRequest(request.body(), kb);
  if (!parsed) return base::Unexpected(parsed.error());
  engine::Recommendation result = engine::Evaluate(kb, parsed->profile);
  io::AdrOptions adr;
  adr.title = parsed->title;
  adr.date = store::FormatTimestamp(clock()).substr(0, 10);
  return store::AssessmentInput{
      parsed->title, io::ProfileToJson(parsed->profile, -1),
      io::RecommendationToJson(result, -1),
      io::RenderAdr(result, parsed->profile, adr), kb.version};
}

}  // namespace

Response Api::CreateAssessment(const Request& request) const {
  auto input = Decide(request, kb_, clock_);
  if (!input) return ErrorResponse(input.error());
  auto created = store_.Create(*input);
  if (!created) return ErrorResponse(created.error());
  Response response = JsonResponse(
      Status::created, AssessmentJson(created->assessment, created->edit_token));
  response.set(beast_http::field::location,
               "/api/v1/assessments/" + created->assessment.id);
  return response;
}

Response Api::GetAssessment(std::string_view id) const {
  auto assessment = store_.Get(id);
  if (!assessment) return ErrorResponse(assessment.error());
  return JsonResponse(Status::ok, AssessmentJson(*assessment));
}

Response Api::UpdateAssessment(const Request& request,
                               std::string_view id) const {
  auto token = BearerToken(request);
  if (!token) return ErrorResponse(token.error());
  auto input = Decide(request, kb_, clock_);
  if (!input) return ErrorResponse(input.error());
  auto updated = store_.Update(id, *token, *input);
  if (!updated) return ErrorResponse(updated.error());
  return JsonResponse(Status::ok, AssessmentJson(*updated));
}

Response Api::DeleteAssessment(const Request& request,
                               std::string_view id) const {
  auto token = BearerToken(request);
  if (!token) return ErrorResponse(token.error());
  auto deleted = store_.Delete(id, *token);
  if (!deleted) return ErrorResponse(deleted.error());
  Response response(Status::no_content, 11);
  return response;
}

Response Api::GetAdr(std::string_view id) const {
  auto assessment = store_.Get(id);
  if (!assessment) return ErrorResponse(assessment.error());
  Response response =
      MakeResponse(Status::ok, kMarkdownType, assessment->adr_markdown);
  response.set(beast_http::field::content_disposition,
               "attachment; filename=\"stackwise-adr-" + assessment->id + ".md\"");
  return response;
}

}  // namespace http
