#include "http/router.h"

#include <gtest/gtest.h>

namespace http {
namespace {

using beast_http::verb;

Request MakeRequest(verb method, std::string target) {
  return Request(method, target, 11);
}

TEST(MatchPath, MatchesLiteralsAndPlaceholders) {
  PathParams params;
  EXPECT_TRUE(
      MatchPath("/api/v1/assessments/{id}", "/api/v1/assessments/abc", params));
  EXPECT_EQ(params.id, "abc");
  EXPECT_TRUE(MatchPath("/a/{id}", "/a/xyz?from=share", params));
  EXPECT_EQ(params.id, "xyz");
  EXPECT_TRUE(MatchPath("/", "/", params));
  EXPECT_TRUE(MatchPath("/assets/{path*}", "/assets/icons/logo.svg", params));
  EXPECT_EQ(params.path, "icons/logo.svg");
}

TEST(MatchPath, RejectsExtraMissingAndEmptySegments) {
  PathParams params;
  EXPECT_FALSE(
      MatchPath("/api/v1/assessments/{id}", "/api/v1/assessments/", params));
  EXPECT_FALSE(
      MatchPath("/api/v1/assessments/{id}", "/api/v1/assessments/a/b", params));
  EXPECT_FALSE(MatchPath("/healthz", "/healthz/", params));
  EXPECT_FALSE(MatchPath("/", "/x", params));
  EXPECT_FALSE(MatchPath("/assets/{path*}", "/assets/", params));
}

class RouterTest : public ::testing::Test {
 protected:
  RouterTest() {
    auto ok = [](const Request&, const PathParams& p) {
      // Appended: `"\"" + std::string(...)` trips GCC 12's -Wrestrict at -O3.
      return JsonResponse(Status::ok,
                          std::string("\"").append(p.id).append("\""));
    };
    router_.Add(verb::get, "/things/{id}", ok);
    router_.Add(verb::delete_, "/things/{id}", ok);
  }
  Router router_;
};

TEST_F(RouterTest, CallsTheHandlerOfTheMatchingRoute) {
  Response response = router_.Dispatch(MakeRequest(verb::get, "/things/7"));
  EXPECT_EQ(response.result(), Status::ok);
  EXPECT_EQ(response.body(), "\"7\"");
}

TEST_F(RouterTest, UnknownPathIsAJson404) {
  Response response = router_.Dispatch(MakeRequest(verb::get, "/nothing?x=1"));
  EXPECT_EQ(response.result(), Status::not_found);
  EXPECT_EQ(
      response.body(),
      R"({"error":{"code":"not_found","message":"no route for GET /nothing","path":""}})");
}

TEST_F(RouterTest, WrongMethodIs405WithAllow) {
  Response response = router_.Dispatch(MakeRequest(verb::post, "/things/7"));
  EXPECT_EQ(response.result(), Status::method_not_allowed);
  EXPECT_EQ(response[beast_http::field::allow], "GET, HEAD, DELETE");
  EXPECT_EQ(
      response.body(),
      R"j({"error":{"code":"method_not_allowed","message":"POST is not allowed on /things/7 (allowed: GET, HEAD, DELETE)","path":""}})j");
}

TEST_F(RouterTest, HeadIsRoutedToTheGetHandler) {
  Response response = router_.Dispatch(MakeRequest(verb::head, "/things/7"));
  EXPECT_EQ(response.result(), Status::ok);
}

}  // namespace
}  // namespace http
