// The /api/v1/groups endpoints: founders answer separately with the invite
// token, and everyone reads the combined decision and its disagreements.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "base/temp_dir.h"
#include "http/api.h"
#include "kb/load.h"

namespace http {
namespace {

using beast_http::field;
using beast_http::verb;
using nlohmann::ordered_json;

// A founder of a JavaScript team, with their own view of AI/ML and hiring.
std::string JavaScriptFounder(const std::string& name, const std::string& ai_ml,
                              const std::string& region = "global") {
  return R"({"name": ")" + name + R"(", "profile": {"team": [{"name": ")" +
         name +
         R"(", "skills": {"javascript": "expert"}}], "product": {"ai_ml": ")" +
         ai_ml + R"("}, "company": {"hiring_region": ")" + region + R"("}}})";
}

class GroupApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = store::AssessmentStore::Open(dir_.File("api.db"));
    ASSERT_TRUE(store) << store.error().message;
    store_ = std::move(*store);
    auto groups = store::GroupStore::Open(dir_.File("api.db"));
    ASSERT_TRUE(groups) << groups.error().message;
    groups_ = std::move(*groups);
    api_ = std::make_unique<Api>(kb::DefaultKnowledgeBase(), *store_, *groups_,
                                 base::SystemClock());
  }

  Response Send(verb method, const std::string& target, std::string body = {},
                const std::string& token = {}) {
    Request request(method, target, 11);
    if (!body.empty()) {
      request.set(field::content_type, "application/json");
      request.body() = std::move(body);
    }
    if (!token.empty()) request.set(field::authorization, "Bearer " + token);
    request.prepare_payload();
    return api_->Handle(request);
  }

  // A new decision: its id, edit token and invite token.
  ordered_json CreateGroup(const std::string& title = "Acme backend") {
    Response created =
        Send(verb::post, "/api/v1/groups", R"({"title": ")" + title + "\"}");
    EXPECT_EQ(created.result(), Status::created) << created.body();
    return ordered_json::parse(created.body());
  }

  Response Answer(const ordered_json& group, const std::string& body) {
    return Send(
        verb::post,
        "/api/v1/groups/" + group["id"].get<std::string>() + "/responses", body,
        group["invite_token"]);
  }

  base::TempDir dir_;
  std::unique_ptr<store::AssessmentStore> store_;
  std::unique_ptr<store::GroupStore> groups_;
  std::unique_ptr<Api> api_;
};

TEST_F(GroupApiTest, CreateGivesAnEditTokenAndADistinctInviteToken) {
  Response created =
      Send(verb::post, "/api/v1/groups", R"({"title": "Acme backend"})");
  ASSERT_EQ(created.result(), Status::created) << created.body();
  const ordered_json group = ordered_json::parse(created.body());
  const std::string id = group["id"];
  EXPECT_EQ(created[field::location], "/api/v1/groups/" + id);
  EXPECT_EQ(group["edit_token"].get<std::string>().size(), 43u);
  EXPECT_EQ(group["invite_token"].get<std::string>().size(), 43u);
  EXPECT_NE(group["edit_token"], group["invite_token"]);
  EXPECT_EQ(group["title"], "Acme backend");
  EXPECT_EQ(group["max_responses"], 12);
  EXPECT_EQ(group["responses"], ordered_json::array());
  EXPECT_TRUE(group["result"].is_null());

  Response got = Send(verb::get, "/api/v1/groups/" + id);
  EXPECT_EQ(got.result(), Status::ok);
  EXPECT_EQ(got.body().find("_token"), std::string::npos);
}

TEST_F(GroupApiTest, TwoFoundersSeeThatAiMlDecidesBetweenNodeAndPython) {
  const ordered_json group = CreateGroup();
  EXPECT_EQ(Answer(group, JavaScriptFounder("Ana", "none")).result(),
            Status::created);
  Response second = Answer(group, JavaScriptFounder("Ben", "core"));
  ASSERT_EQ(second.result(), Status::created) << second.body();

  const ordered_json got = ordered_json::parse(
      Send(verb::get, "/api/v1/groups/" + group["id"].get<std::string>())
          .body());
  ASSERT_EQ(got["responses"].size(), 2u);
  EXPECT_EQ(got["responses"][0]["name"], "Ana");
  EXPECT_EQ(got["responses"][0]["recommendation"]["stack"], "node");
  EXPECT_EQ(got["responses"][1]["recommendation"]["stack"], "python");
  EXPECT_EQ(got["responses"][1]["profile"]["product"]["ai_ml"], "core");
  const ordered_json& result = got["result"];
  EXPECT_EQ(result["schema_minor"], 2);
  ASSERT_EQ(result["disagreements"].size(), 1u);
  EXPECT_EQ(result["disagreements"][0]["field"], "product.ai_ml");
  EXPECT_EQ(result["disagreements"][0]["changes_winner"], true);
  EXPECT_EQ(result["disagreements"][0]["summary"],
            "AI/ML: Ana says none, Ben says core. If you agree on none, "
            "Node.js; on core, Python.");
}

TEST_F(GroupApiTest, ADisagreementThatDoesNotMatterIsSaidNotTo) {
  const ordered_json group = CreateGroup();
  ASSERT_EQ(Answer(group, JavaScriptFounder("Ana", "none")).result(),
            Status::created);
  Response both = Answer(group, JavaScriptFounder("Ben", "none", "europe"));
  const ordered_json d =
      ordered_json::parse(both.body())["result"]["disagreements"];
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0]["field"], "company.hiring_region");
  EXPECT_EQ(d[0]["changes_winner"], false);
}

TEST_F(GroupApiTest, AnsweringAgainUnderTheSameNameRevises) {
  const ordered_json group = CreateGroup();
  ASSERT_EQ(Answer(group, JavaScriptFounder("Ana", "none")).result(),
            Status::created);
  Response revised = Answer(group, JavaScriptFounder("Ana", "core"));
  ASSERT_EQ(revised.result(), Status::ok) << revised.body();
  const ordered_json got = ordered_json::parse(revised.body());
  ASSERT_EQ(got["responses"].size(), 1u);
  EXPECT_EQ(got["responses"][0]["profile"]["product"]["ai_ml"], "core");
  // One founder: the result is theirs alone, without founders.
  EXPECT_EQ(got["result"]["schema_minor"], 1);
  EXPECT_FALSE(got["result"].contains("founders"));
}

TEST_F(GroupApiTest, AnsweringNeedsTheInviteTokenAndDeletingTheEditToken) {
  const ordered_json group = CreateGroup();
  const std::string url = "/api/v1/groups/" + group["id"].get<std::string>();
  const std::string ana = JavaScriptFounder("Ana", "none");
  EXPECT_EQ(Send(verb::post, url + "/responses", ana).result(),
            Status::unauthorized);
  Response with_edit =
      Send(verb::post, url + "/responses", ana, group["edit_token"]);
  EXPECT_EQ(with_edit.result(), Status::forbidden);
  EXPECT_EQ(
      with_edit.body(),
      R"({"error":{"code":"permission_denied","message":"the invite token does not match this group decision","path":""}})");
  // The token is checked before the body is read.
  EXPECT_EQ(Send(verb::post, url + "/responses", "not json", "wrong").result(),
            Status::forbidden);
  ASSERT_EQ(Answer(group, ana).result(), Status::created);

  EXPECT_EQ(Send(verb::delete_, url, {}, group["invite_token"]).result(),
            Status::forbidden);
  EXPECT_EQ(Send(verb::delete_, url, {}, group["edit_token"]).result(),
            Status::no_content);
  Response gone = Send(verb::get, url);
  EXPECT_EQ(gone.result(), Status::not_found);
  EXPECT_EQ(Send(verb::get, url + "/adr.md").result(), Status::not_found);
}

TEST_F(GroupApiTest, BadAnswersNameTheField) {
  const ordered_json group = CreateGroup();
  Response no_name = Answer(group, R"({"profile": {}})");
  EXPECT_EQ(no_name.result(), Status::bad_request);
  EXPECT_EQ(
      no_name.body(),
      R"({"error":{"code":"invalid_argument","message":"missing; expected a non-empty string of at most 80 characters","path":"name"}})");
  Response bad_profile = Answer(
      group, R"({"name": "Ana", "profile": {"product": {"ai_ml": "yes"}}})");
  EXPECT_EQ(bad_profile.result(), Status::bad_request);
  EXPECT_EQ(ordered_json::parse(bad_profile.body())["error"]["path"],
            "profile.product.ai_ml");
  Response bad_title = Send(verb::post, "/api/v1/groups", R"({"title": ""})");
  EXPECT_EQ(bad_title.result(), Status::bad_request);
  EXPECT_EQ(ordered_json::parse(bad_title.body())["error"]["path"], "title");
  Response huge = Answer(group, std::string(kMaxAssessmentBody + 1, ' '));
  EXPECT_EQ(huge.result(), Status::payload_too_large);
}

TEST_F(GroupApiTest, AtMostTwelveFoundersAnswer) {
  const ordered_json group = CreateGroup();
  for (int i = 0; i < 12; ++i) {
    ASSERT_EQ(Answer(group, JavaScriptFounder("F" + std::to_string(i), "none"))
                  .result(),
              Status::created);
  }
  Response refused = Answer(group, JavaScriptFounder("Late", "none"));
  EXPECT_EQ(refused.result(), Status::conflict);
  EXPECT_EQ(ordered_json::parse(refused.body())["error"]["path"], "name");
}

TEST_F(GroupApiTest, AdrNamesTheDecidersAndRecordsTheDisagreements) {
  const ordered_json group = CreateGroup();
  const std::string url =
      "/api/v1/groups/" + group["id"].get<std::string>() + "/adr.md";
  EXPECT_EQ(Send(verb::get, url).result(), Status::conflict);
  ASSERT_EQ(Answer(group, JavaScriptFounder("Ana", "none")).result(),
            Status::created);
  ASSERT_EQ(Answer(group, JavaScriptFounder("Ben", "core")).result(),
            Status::created);
  Response adr = Send(verb::get, url);
  ASSERT_EQ(adr.result(), Status::ok) << adr.body();
  EXPECT_EQ(adr[field::content_type], "text/markdown; charset=utf-8");
  EXPECT_NE(adr.body().find("- Deciders: Ana, Ben\n"), std::string::npos)
      << adr.body();
  EXPECT_TRUE(
      adr.body().starts_with("# Use Node.js with Express for the backend\n"))
      << adr.body();
  EXPECT_NE(adr.body().find("### Where the Deciders Disagreed\n"),
            std::string::npos);
  EXPECT_NE(adr.body().find("* AI/ML: Ana says none, Ben says core."),
            std::string::npos)
      << adr.body();
}

TEST_F(GroupApiTest, ThePageIsServedAtSlashG) {
  Response page = Send(verb::get, "/g/AAAAAAAAAAAAAAAA");
  EXPECT_EQ(page.result(), Status::ok);
  EXPECT_EQ(page[field::content_type], "text/html; charset=utf-8");
  EXPECT_NE(page.body().find("/assets/group.js"), std::string::npos);
}

}  // namespace
}  // namespace http
