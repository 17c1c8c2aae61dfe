#include "http/api.h"

#include <optional>
#include <span>

#include "base/embedded_file.h"
#include "engine/evaluate.h"
#include "http/assets.h"
#include "http/builtin_files.h"
#include "http/compression.h"
#include "http/result_cache.h"
#include "http/schema_files.h"
#include "io/json_writer.h"
#include "io/kb_json.h"
#include "io/profile_json.h"
#include "io/result_json.h"

namespace http {
namespace {

using beast_http::verb;

std::optional<std::string_view> FindFile(
    std::span<const base::EmbeddedFile> files, std::string_view path) {
  for (const auto& file : files) {
    if (file.path == path) return file.bytes;
  }
  return std::nullopt;
}

std::string_view BuiltinFile(std::string_view path) {
  return FindFile(builtin_files::Files(), path).value_or("");
}

// The embedded asset, or 304 when the client already has this version.
Response ServeAsset(const Request& request, const http::Asset& asset,
                    std::string_view cache_control) {
  Response response = MakeResponse(Status::ok, asset.content_type, {});
  if (request[beast_http::field::if_none_match] == asset.etag) {
    response.result(Status::not_modified);
  } else {
    response.body().assign(asset.bytes);
  }
  response.set(beast_http::field::etag, View(asset.etag));
  response.set(beast_http::field::cache_control, View(cache_control));
  return response;
}

}  // namespace

Api::Api(const engine::KnowledgeBase& kb, store::AssessmentStore& store,
         store::GroupStore& groups, base::Clock clock, ApiOptions options)
    : kb_(kb),
      store_(store),
      groups_(groups),
      creations_(options.creations, std::move(clock)),
      kb_json_(io::KnowledgeBaseToJson(kb)),
      openapi_json_(BuiltinFile("openapi.json")) {
  // The hot route first: the router tries routes in order.
  router_.Add(
      verb::post, "/api/v1/recommendations",
      [this](const Request& r, const PathParams&) { return Recommend(r); });
  router_.Add(verb::post, "/api/v1/assessments",
              [this](const Request& r, const PathParams& p) {
                return CreateAssessment(r, p.client);
              });
  router_.Add(verb::get, "/api/v1/assessments/{id}",
              [this](const Request&, const PathParams& p) {
                return GetAssessment(p.id);
              });
  router_.Add(verb::put, "/api/v1/assessments/{id}",
              [this](const Request& r, const PathParams& p) {
                return UpdateAssessment(r, p.id);
              });
  router_.Add(verb::delete_, "/api/v1/assessments/{id}",
              [this](const Request& r, const PathParams& p) {
                return DeleteAssessment(r, p.id);
              });
  router_.Add(
      verb::get, "/api/v1/assessments/{id}/adr.md",
      [this](const Request&, const PathParams& p) { return GetAdr(p.id); });
  router_.Add(verb::post, "/api/v1/groups",
              [this](const Request& r, const PathParams& p) {
                return CreateGroup(r, p.client);
              });
  router_.Add(
      verb::get, "/api/v1/groups/{id}",
      [this](const Request&, const PathParams& p) { return GetGroup(p.id); });
  router_.Add(verb::delete_, "/api/v1/groups/{id}",
              [this](const Request& r, const PathParams& p) {
                return DeleteGroup(r, p.id);
              });
  router_.Add(verb::post, "/api/v1/groups/{id}/responses",
              [this](const Request& r, const PathParams& p) {
                return Respond(r, p.id);
              });
  router_.Add(verb::get, "/api/v1/groups/{id}/adr.md",
              [this](const Request&, const PathParams& p) {
                return GetGroupAdr(p.id);
              });
  router_.Add(
      verb::get, "/api/v1/knowledge-base",
      [this](const Request&, const PathParams&) { return KnowledgeBase(); });
  router_.Add(verb::get, "/healthz",
              [this](const Request&, const PathParams&) { return Health(); });
  router_.Add(verb::get, "/openapi.json",
              [this](const Request&, const PathParams&) { return OpenApi(); });
  router_.Add(
      verb::get, "/api/v1/schemas/{id}",
      [this](const Request&, const PathParams& p) { return Schema(p.id); });
  router_.Add(verb::get, "/",
              [this](const Request& r, const PathParams&) { return Page(r); });
  router_.Add(verb::get, "/a/{id}",
              [this](const Request& r, const PathParams&) { return Page(r); });
  router_.Add(
      verb::get, "/g/{id}",
      [this](const Request& r, const PathParams&) { return GroupPage(r); });
  router_.Add(verb::get, "/assets/{path*}",
              [this](const Request& r, const PathParams& p) {
                return Asset(r, p.path);
              });
}

Response Api::Handle(const Request& request, std::string_view client) const {
  Response response = router_.Dispatch(request, client);
  CompressIfAccepted(request, response);
  return response;
}

Response Api::Recommend(const Request& request) const {
  if (auto json = RequireJsonBody(request); !json)
    return ErrorResponse(json.error());
  ResultCache& cache = ResultCache::ForThisThread();
  if (const std::string* known = cache.Find(request.body())) {
    return JsonResponse(Status::ok, *known);
  }
  auto profile = io::ParseProfile(request.body(), kb_);
  if (!profile) return ErrorResponse(profile.error());
  engine::Recommendation result = engine::Evaluate(kb_, *profile);
  std::string answer = io::RecommendationToJson(result, -1);
  cache.Insert(request.body(), answer);  // copies only a repeated body's
  return JsonResponse(Status::ok, std::move(answer));
}

Response Api::Health() const {
  io::JsonWriter body(-1, 64 + kb_.version.size());
  body.BeginObject();
  body.Key("status");
  body.String("ok");
  body.Key("knowledge_base_version");
  body.String(kb_.version);
  body.EndObject();
  return JsonResponse(Status::ok, std::move(body).Take());
}

Response Api::KnowledgeBase() const {
  return JsonResponse(Status::ok, kb_json_);
}

Response Api::OpenApi() const {
  return JsonResponse(Status::ok, openapi_json_);
}

// docs/schema/<name>, e.g. profile.schema.json; the OpenAPI document's
// schemas refer to these URLs.
Response Api::Schema(std::string_view name) const {
  auto schema = FindFile(schema_files::Files(), name);
  if (!schema) {
    std::string accepted;
    for (const auto& file : schema_files::Files()) {
      accepted += (accepted.empty() ? "" : ", ") + std::string(file.path);
    }
    return ErrorResponse(base::NotFound("no schema " + std::string(name) +
                                        " (accepted: " + accepted + ")"));
  }
  return JsonResponse(Status::ok, std::string(*schema));
}

Response Api::Page(const Request& request) const {
  // HTML is revalidated on every visit so a new build shows at once.
  return ServeAsset(request, Assets::Embedded().Index(), "no-cache");
}

// The page of a group decision: web/group.html at /g/{id}.
Response Api::GroupPage(const Request& request) const {
  const http::Asset* page = Assets::Embedded().Find("group.html");
  if (page == nullptr) return ErrorResponse(base::NotFound("no group page"));
  return ServeAsset(request, *page, "no-cache");
}

Response Api::Asset(const Request& request, std::string_view path) const {
  const http::Asset* asset = Assets::Embedded().Find(path);
  if (asset == nullptr) {
    return ErrorResponse(base::NotFound("no asset " + std::string(path)));
  }
  bool html = asset->content_type == ContentTypeFor(".html");
  return ServeAsset(request, *asset,
                    html ? "no-cache" : "public, max-age=300, must-revalidate");
}

}  // namespace http
