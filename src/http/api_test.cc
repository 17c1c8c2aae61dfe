#include "http/api.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "base/temp_dir.h"
#include "io/adr_markdown.h"
#include "kb/load.h"

namespace http {
namespace {

using beast_http::field;
using beast_http::verb;

constexpr std::string_view kProfile =
    R"({"team": [{"skills": {"python": "expert"}}], "product": {"ai_ml": "core"}})";

Request Json(verb method, std::string target, std::string_view body) {
  Request request(method, target, 11);
  request.set(field::content_type, "application/json");
  request.body() = std::string(body);
  request.prepare_payload();
  return request;
}

Request Get(std::string target) { return Request(verb::get, target, 11); }

std::string Assessment(std::string_view title) {
  return R"({"title": ")" + std::string(title) + R"(", "profile": )" +
         std::string(kProfile) + "}";
}

// The value of a top-level string field of a JSON object written by us.
std::string Field(const std::string& json, const std::string& key) {
  std::string marker = "\"" + key + "\":\"";
  size_t start = json.find(marker);
  if (start == std::string::npos) return {};
  start += marker.size();
  return json.substr(start, json.find('"', start) - start);
}

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = store::AssessmentStore::Open(dir_.File("api.db"));
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    auto groups = store::GroupStore::Open(dir_.File("api.db"));
    ASSERT_TRUE(groups) << groups.error().message;
    groups_ = std::move(*groups);
    api_ = std::make_unique<Api>(kb::DefaultKnowledgeBase(), *store_, *groups_,
                                 base::SystemClock());
  }

  Response Create(std::string_view title) {
    return api_->Handle(
        Json(verb::post, "/api/v1/assessments", Assessment(title)));
  }

  base::TempDir dir_;
  std::unique_ptr<store::AssessmentStore> store_;
  std::unique_ptr<store::GroupStore> groups_;
  std::unique_ptr<Api> api_;
};

TEST_F(ApiTest, RecommendationsReturnTheResultJson) {
  Response response =
      api_->Handle(Json(verb::post, "/api/v1/recommendations", kProfile));
  EXPECT_EQ(response.result(), Status::ok);
  EXPECT_EQ(response[field::content_type], "application/json");
  EXPECT_EQ(response.body().rfind(R"({"schema_version":1,)", 0), 0u);
}

TEST_F(ApiTest, RecommendationsRefuseOtherContentTypes) {
  Request request = Json(verb::post, "/api/v1/recommendations", kProfile);
  request.set(field::content_type, "text/plain");
  Response response = api_->Handle(request);
  EXPECT_EQ(response.result(), Status::unsupported_media_type);
  EXPECT_EQ(
      response.body(),
      R"({"error":{"code":"unsupported_media_type","message":"expected Content-Type application/json; got \"text/plain\"","path":""}})");
}

TEST_F(ApiTest, RecommendationsAcceptACharsetParameter) {
  Request request = Json(verb::post, "/api/v1/recommendations", kProfile);
  request.set(field::content_type, "Application/JSON; charset=utf-8");
  EXPECT_EQ(api_->Handle(request).result(), Status::ok);
}

TEST_F(ApiTest, InvalidProfileIs400WithThePath) {
  Response response = api_->Handle(Json(verb::post, "/api/v1/recommendations",
                                        R"({"product": {"ai_ml": "yes"}})"));
  EXPECT_EQ(response.result(), Status::bad_request);
  EXPECT_EQ(
      response.body(),
      R"({"error":{"code":"invalid_argument","message":"expected one of none, planned, core; got \"yes\"","path":"product.ai_ml"}})");
}

TEST_F(ApiTest, CreateThenGetReturnsTheStoredAssessmentWithoutToken) {
  Response created = Create("Acme");
  ASSERT_EQ(created.result(), Status::created);
  std::string id = Field(created.body(), "id");
  std::string token = Field(created.body(), "edit_token");
  EXPECT_EQ(id.size(), 16u);
  EXPECT_EQ(token.size(), 43u);
  EXPECT_EQ(created[field::location], "/api/v1/assessments/" + id);

  Response got = api_->Handle(Get("/api/v1/assessments/" + id));
  EXPECT_EQ(got.result(), Status::ok);
  EXPECT_EQ(Field(got.body(), "title"), "Acme");
  EXPECT_EQ(Field(got.body(), "knowledge_base_version"),
            kb::DefaultKnowledgeBase().version);
  EXPECT_EQ(got.body().find("edit_token"), std::string::npos);
  EXPECT_NE(got.body().find(R"("profile":{"schema_version":1,)"),
            std::string::npos);
  EXPECT_NE(got.body().find(R"("result":{"schema_version":1,)"),
            std::string::npos);
}

TEST_F(ApiTest, UpdateAndDeleteNeedTheRightToken) {
  Response created = Create("Acme");
  std::string id = Field(created.body(), "id");
  std::string token = Field(created.body(), "edit_token");
  std::string url = "/api/v1/assessments/" + id;

  Request put = Json(verb::put, url, Assessment("Acme v2"));
  EXPECT_EQ(api_->Handle(put).result(), Status::unauthorized);
  put.set(field::authorization, "Bearer wrong");
  EXPECT_EQ(api_->Handle(put).result(), Status::forbidden);
  put.set(field::authorization, "Bearer " + token);
  Response updated = api_->Handle(put);
  EXPECT_EQ(updated.result(), Status::ok);
  EXPECT_EQ(Field(updated.body(), "title"), "Acme v2");

  Request remove(verb::delete_, url, 11);
  Response unauthenticated = api_->Handle(remove);
  EXPECT_EQ(unauthenticated.result(), Status::unauthorized);
  EXPECT_EQ(unauthenticated[field::www_authenticate], "Bearer");
  remove.set(field::authorization, "Bearer " + token);
  EXPECT_EQ(api_->Handle(remove).result(), Status::no_content);
  EXPECT_EQ(api_->Handle(Get(url)).result(), Status::not_found);
}

// A record is titled by its decision, as adr-tools and log4brains name it,
// not by the assessment's name.
TEST_F(ApiTest, AdrIsMarkdownTitledAndNamedByTheDecision) {
  std::string id = Field(Create("Acme backend").body(), "id");
  Response adr = api_->Handle(Get("/api/v1/assessments/" + id + "/adr.md"));
  EXPECT_EQ(adr.result(), Status::ok);
  EXPECT_EQ(adr[field::content_type], "text/markdown; charset=utf-8");
  EXPECT_EQ(adr.body().find("Acme backend"), std::string::npos);
  const std::string title = adr.body().substr(0, adr.body().find('\n'));
  ASSERT_TRUE(title.starts_with("# Use ")) << title;
  ASSERT_TRUE(title.ends_with(" for the backend")) << title;
  EXPECT_EQ(adr[field::content_disposition],
            "attachment; filename=\"0001-" + io::KebabCase(title.substr(2)) +
                ".md\"");
}

TEST_F(ApiTest, UnknownAssessmentIs404) {
  Response response = api_->Handle(Get("/api/v1/assessments/AAAAAAAAAAAAAAAA"));
  EXPECT_EQ(response.result(), Status::not_found);
  EXPECT_EQ(
      response.body(),
      R"({"error":{"code":"not_found","message":"no assessment with id \"AAAAAAAAAAAAAAAA\"","path":""}})");
}

TEST_F(ApiTest, PagesServeTheIndexAndAssetsTheirFiles) {
  Response index = api_->Handle(Get("/"));
  EXPECT_EQ(index.result(), Status::ok);
  EXPECT_EQ(index[field::content_type], "text/html; charset=utf-8");
  EXPECT_EQ(index[field::cache_control], "no-cache");
  Response shared = api_->Handle(Get("/a/AAAAAAAAAAAAAAAA"));
  EXPECT_EQ(shared.body(), index.body());

  Request again = Get("/");
  again.set(field::if_none_match, index[field::etag]);
  EXPECT_EQ(api_->Handle(again).result(), Status::not_modified);
  EXPECT_EQ(api_->Handle(Get("/assets/../CMakeLists.txt")).result(),
            Status::not_found);
}

TEST_F(ApiTest, HealthAndKnowledgeBaseAnswer) {
  EXPECT_EQ(api_->Handle(Get("/healthz")).body(),
            R"({"status":"ok","knowledge_base_version":")" +
                kb::DefaultKnowledgeBase().version + "\"}");
  Response kb = api_->Handle(Get("/api/v1/knowledge-base"));
  EXPECT_EQ(kb.result(), Status::ok);
  EXPECT_EQ(kb.body().front(), '{');
}

TEST_F(ApiTest, OpenApiDocumentsEveryRouteAndMethod) {
  std::string document = api_->Handle(Get("/openapi.json")).body();
  ASSERT_NE(document.find(R"("openapi": "3.1.0")"), std::string::npos);
  for (const Route& route : api_->router().routes()) {
    std::string path = route.pattern;
    if (auto star = path.find("{path*}"); star != std::string::npos) {
      path.replace(star, 7, "{path}");
    }
    size_t at = document.find("\"" + path + "\": {");
    ASSERT_NE(at, std::string::npos) << path << " is not documented";
    std::string method(beast_http::to_string(route.method));
    for (char& c : method) c = static_cast<char>(std::tolower(c));
    size_t next_path = document.find("\n    \"/", at + 1);
    size_t method_at = document.find("\"" + method + "\": {", at);
    EXPECT_LT(method_at, next_path)
        << method << " " << path << " is not documented";
  }
}

// Regression: PUT evaluated the body before looking at the token.
TEST_F(ApiTest, UpdateChecksTheTokenBeforeTheBody) {
  std::string id = Field(Create("Acme").body(), "id");
  Request put = Json(verb::put, "/api/v1/assessments/" + id, "not json");
  put.set(field::authorization, "Bearer wrong");
  EXPECT_EQ(api_->Handle(put).result(), Status::forbidden);
}

// Regression: HEAD got 405.
TEST_F(ApiTest, HeadIsRoutedAsGet) {
  Request head(verb::head, "/healthz", 11);
  Response response = api_->Handle(head);
  EXPECT_EQ(response.result(), Status::ok);
  Request post(verb::post, "/healthz", 11);
  EXPECT_EQ(api_->Handle(post)[field::allow], "GET, HEAD");
}

// Regression: no gzip even when the client accepted it.
TEST_F(ApiTest, LargeAnswersAreGzippedWhenAccepted) {
  Request request = Json(verb::post, "/api/v1/recommendations", kProfile);
  request.set(field::accept_encoding, "gzip");
  Response response = api_->Handle(request);
  EXPECT_EQ(response.result(), Status::ok);
  EXPECT_EQ(response[field::content_encoding], "gzip");
  EXPECT_EQ(api_->Handle(Json(verb::post, "/api/v1/recommendations", kProfile))
                .count(field::content_encoding),
            0u);
}

// Regression: the ADR was stored beside the profile (~45 KB a row); now
// it is rendered from the saved profile on every read.
TEST_F(ApiTest, AdrIsRenderedFromTheSavedProfileAndDatedByTheLastChange) {
  Response created = Create("Acme");
  std::string id = Field(created.body(), "id");
  Response adr = api_->Handle(Get("/api/v1/assessments/" + id + "/adr.md"));
  ASSERT_EQ(adr.result(), Status::ok);
  EXPECT_NE(adr.body().find(Field(created.body(), "updated_at").substr(0, 10)),
            std::string::npos);
}

TEST_F(ApiTest, AssessmentBodiesHaveTheirOwnSizeCap) {
  std::string body = Assessment("Acme");
  body.insert(body.size() - 1, std::string(kMaxAssessmentBody, ' '));
  Response response =
      api_->Handle(Json(verb::post, "/api/v1/assessments", body));
  EXPECT_EQ(response.result(), Status::payload_too_large);
  EXPECT_EQ(
      response.body(),
      R"({"error":{"code":"payload_too_large","message":"an assessment's body is at most 16 KiB","path":""}})");
}

TEST_F(ApiTest, CreationsPerClientAreLimitedWithRetryAfter) {
  auto now = std::make_shared<std::chrono::system_clock::time_point>();
  Api limited(
      kb::DefaultKnowledgeBase(), *store_, *groups_, [now] { return *now; },
      ApiOptions{RateLimitOptions{2, std::chrono::seconds(60), false}});
  Request create = Json(verb::post, "/api/v1/assessments", Assessment("A"));
  EXPECT_EQ(limited.Handle(create, "10.0.0.1").result(), Status::created);
  EXPECT_EQ(limited.Handle(create, "10.0.0.1").result(), Status::created);
  Response refused = limited.Handle(create, "10.0.0.1");
  EXPECT_EQ(refused.result(), Status::too_many_requests);
  EXPECT_EQ(refused[field::retry_after], "60");
  EXPECT_EQ(
      refused.body(),
      R"({"error":{"code":"rate_limited","message":"too many assessments created from this address; retry in 60 s","path":""}})");
  EXPECT_EQ(limited.Handle(create, "10.0.0.2").result(), Status::created);
  *now += std::chrono::seconds(60);
  EXPECT_EQ(limited.Handle(create, "10.0.0.1").result(), Status::created);
}

// Regression: a 500 from the store quoted its SQL statement to the client.
TEST_F(ApiTest, StoreFailuresSayWhatFailedWithoutInternals) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(dir_.File("api.db").c_str(), &db), SQLITE_OK);
  ASSERT_EQ(
      sqlite3_exec(db, "DROP TABLE assessments", nullptr, nullptr, nullptr),
      SQLITE_OK);
  sqlite3_close(db);
  Response response = Create("Acme");
  EXPECT_EQ(response.result(), Status::internal_server_error);
  EXPECT_EQ(
      response.body(),
      R"json({"error":{"code":"internal","message":"could not save the assessment: the database failed (the server log has the details)","path":""}})json");
}

TEST(FinishResponse, AddsTheSecurityHeaders) {
  Response response = JsonResponse(Status::ok, "{}");
  FinishResponse(response, 11, true);
  EXPECT_EQ(response["X-Content-Type-Options"], "nosniff");
  EXPECT_EQ(response["Referrer-Policy"], "no-referrer");
  EXPECT_EQ(response["Content-Security-Policy"],
            "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            "base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
  EXPECT_EQ(response[field::cache_control], "no-store");
  EXPECT_EQ(response[field::content_length], "2");
}

TEST(StatusFor, MapsEveryErrorCode) {
  EXPECT_EQ(StatusFor(base::ErrorCode::kInvalidArgument), Status::bad_request);
  EXPECT_EQ(StatusFor(base::ErrorCode::kUnauthenticated), Status::unauthorized);
  EXPECT_EQ(StatusFor(base::ErrorCode::kPermissionDenied), Status::forbidden);
  EXPECT_EQ(StatusFor(base::ErrorCode::kNotFound), Status::not_found);
  EXPECT_EQ(StatusFor(base::ErrorCode::kFailedPrecondition), Status::conflict);
  EXPECT_EQ(StatusFor(base::ErrorCode::kPayloadTooLarge),
            Status::payload_too_large);
  EXPECT_EQ(StatusFor(base::ErrorCode::kUnsupportedMediaType),
            Status::unsupported_media_type);
  EXPECT_EQ(StatusFor(base::ErrorCode::kInternal),
            Status::internal_server_error);
}

}  // namespace
}  // namespace http
