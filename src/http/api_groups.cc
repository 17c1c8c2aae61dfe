// The /api/v1/groups endpoints of Api (api.h): founders deciding together.
//
// A group decision keeps each founder's answers (store/group_store.h); the
// combined decision (engine/group.h) is evaluated from them on every read,
// so a new answer changes it at once and nothing derived is stored.
#include <vector>

#include "engine/group.h"
#include "http/access_log.h"
#include "http/api.h"
#include "io/adr_markdown.h"
#include "io/json_writer.h"
#include "io/profile_json.h"
#include "io/request_bodies.h"
#include "io/result_json.h"

namespace http {
namespace {

struct Tokens {
  std::string_view edit;
  std::string_view invite;
};

// The founders of a stored decision, in the order they first answered; an
// internal error when a stored profile no longer parses (a knowledge base
// that dropped a value it once accepted).
base::Result<std::vector<engine::Founder>> Founders(
    const store::GroupDecision& group, const engine::KnowledgeBase& kb) {
  std::vector<engine::Founder> founders;
  for (const store::GroupResponse& response : group.responses) {
    auto profile = io::ParseProfile(response.profile_json, kb);
    if (!profile) {
      LogEvent(
          "stored_profile_invalid",
          group.id + " (" + response.name + "): " + profile.error().ToString());
      return base::Internal(
          "could not read a saved response (the server log has the details)");
    }
    founders.push_back(engine::Founder{response.name, *std::move(profile)});
  }
  return founders;
}

void WriteHeadline(io::JsonWriter& out, const engine::Headline& headline) {
  out.BeginObject();
  out.Key("stack");
  out.String(headline.stack);
  out.Key("stack_name");
  out.String(headline.stack_name);
  out.Key("framework");
  out.String(headline.framework);
  out.Key("summary");
  out.String(headline.summary);
  out.EndObject();
}

void WriteResponses(io::JsonWriter& out, const store::GroupDecision& group,
                    const engine::GroupResult& decided) {
  out.BeginArray();
  for (size_t i = 0; i < group.responses.size(); ++i) {
    const store::GroupResponse& response = group.responses[i];
    out.BeginObject();
    out.Key("name");
    out.String(response.name);
    out.Key("created_at");
    out.String(response.created_at);
    out.Key("updated_at");
    out.String(response.updated_at);
    out.Key("recommendation");
    WriteHeadline(out, decided.founders[i].recommendation.recommendation);
    out.Key("profile");
    out.RawValue(response.profile_json);
    out.EndObject();
  }
  out.EndArray();
}

// The decision as GET returns it: each response with its founder's own
// recommendation, and the combined result (null before the first answer).
// Create adds both tokens, the only time they are shown.
base::Result<std::string> GroupJson(const store::GroupDecision& group,
                                    const engine::KnowledgeBase& kb,
                                    Tokens tokens = {}) {
  auto founders = Founders(group, kb);
  if (!founders) return founders.error();
  io::JsonWriter out(-1);
  out.BeginObject();
  out.Key("id");
  out.String(group.id);
  if (!tokens.edit.empty()) {
    out.Key("edit_token");
    out.String(tokens.edit);
    out.Key("invite_token");
    out.String(tokens.invite);
  }
  out.Key("title");
  out.String(group.title);
  out.Key("created_at");
  out.String(group.created_at);
  out.Key("updated_at");
  out.String(group.updated_at);
  out.Key("max_responses");
  out.Integer(static_cast<int64_t>(store::kMaxGroupResponses));
  if (founders->empty()) {
    out.Key("responses");
    out.BeginArray();
    out.EndArray();
    out.Key("result");
    out.Null();
  } else {
    const engine::GroupResult decided = engine::EvaluateGroup(kb, *founders);
    out.Key("responses");
    WriteResponses(out, group, decided);
    out.Key("result");
    out.RawValue(io::RecommendationToJson(decided.combined, -1));
  }
  out.EndObject();
  return std::move(out).Take();
}

Response GroupReply(Status status, const store::GroupDecision& group,
                    const engine::KnowledgeBase& kb, Tokens tokens = {}) {
  auto body = GroupJson(group, kb, tokens);
  if (!body) return ErrorResponse(body.error());
  return JsonResponse(status, *std::move(body));
}

base::Result<void> CheckBody(const Request& request) {
  if (auto json = RequireJsonBody(request); !json) return json;
  if (request.body().size() > kMaxAssessmentBody) {
    return base::PayloadTooLarge(
        "a group decision's or a response's body is at most " +
        std::to_string(kMaxAssessmentBody / 1024) + " KiB");
  }
  return {};
}

}  // namespace

Response Api::CreateGroup(const Request& request,
                          std::string_view client) const {
  if (auto limited = LimitCreations(client)) return *std::move(limited);
  if (auto body = CheckBody(request); !body) return ErrorResponse(body.error());
  auto title = io::ParseGroupRequest(request.body());
  if (!title) return ErrorResponse(title.error());
  auto created = groups_.Create(*title);
  if (!created) return StoreError(created.error(), "save the group decision");
  Response response =
      GroupReply(Status::created, created->group, kb_,
                 Tokens{created->edit_token, created->invite_token});
  response.set(beast_http::field::location,
               "/api/v1/groups/" + created->group.id);
  return response;
}

Response Api::GetGroup(std::string_view id) const {
  auto group = groups_.Get(id);
  if (!group) return StoreError(group.error(), "read the group decision");
  return GroupReply(Status::ok, *group, kb_);
}

Response Api::Respond(const Request& request, std::string_view id) const {
  auto token = BearerToken(request);
  if (!token) return ErrorResponse(token.error());
  // The token first: nobody without it gets the engine to work.
  auto authorized = groups_.AuthorizeInvite(id, *token);
  if (!authorized)
    return StoreError(authorized.error(), "check the invite token");
  if (auto body = CheckBody(request); !body) return ErrorResponse(body.error());
  auto parsed = io::ParseGroupResponseRequest(request.body(), kb_);
  if (!parsed) return ErrorResponse(parsed.error());
  auto saved = groups_.Respond(
      id, *token,
      store::ResponseInput{parsed->name,
                           io::ProfileToJson(parsed->profile, -1)});
  if (!saved) return StoreError(saved.error(), "save the response");
  return GroupReply(saved->added ? Status::created : Status::ok, saved->group,
                    kb_);
}

Response Api::DeleteGroup(const Request& request, std::string_view id) const {
  auto token = BearerToken(request);
  if (!token) return ErrorResponse(token.error());
  auto deleted = groups_.Delete(id, *token);
  if (!deleted) return StoreError(deleted.error(), "delete the group decision");
  return Response(Status::no_content, 11);
}

Response Api::GetGroupAdr(std::string_view id) const {
  auto group = groups_.Get(id);
  if (!group) return StoreError(group.error(), "read the group decision");
  auto founders = Founders(*group, kb_);
  if (!founders) return ErrorResponse(founders.error());
  if (founders->empty()) {
    return ErrorResponse(base::FailedPrecondition(
        "nobody has answered yet: the decision record needs at least one "
        "response"));
  }
  const engine::GroupResult decided = engine::EvaluateGroup(kb_, *founders);
  // The context describes the first founder's answers with everyone's
  // team, as `stackwise recommend` does for several profiles.
  engine::Profile profile = founders->front().profile;
  profile.team = engine::CombinedTeam(*founders);
  io::AdrOptions adr;
  adr.date = group->updated_at.substr(0, 10);
  for (const engine::Founder& founder : *founders) {
    adr.deciders.push_back(founder.name);
  }
  Response response =
      MakeResponse(Status::ok, kMarkdownType,
                   io::RenderAdr(kb_, decided.combined, profile, adr));
  response.set(beast_http::field::content_disposition,
               "attachment; filename=\"0001-" +
                   io::KebabCase(io::AdrTitle(decided.combined)) + ".md\"");
  return response;
}

}  // namespace http
