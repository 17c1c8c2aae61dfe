// Api: every endpoint of DESIGN §2 as request -> response functions.
//
// Owns the router and the answers that never change (the knowledge base
// as JSON, the OpenAPI document and the JSON Schemas it refers to). Handle() is
// safe to call from any number of threads at once: the knowledge base is
// immutable and shared, and the store serialises itself.
// /api/v1/recommendations takes no lock at all. Needs no socket: tests call
// Handle() directly (api_test.cc).
//
// HEAD is answered as GET would be, and textual answers over 1 KiB are
// gzip-compressed when the client accepts it (compression.h): the session
// drops a HEAD answer's body after its length is known. Creating an
// assessment or a group decision is limited per client address
// (rate_limit.h: 429 with Retry-After), and the bodies of assessments and
// group responses to kMaxAssessmentBody (413).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "engine/knowledge_base.h"
#include "http/message.h"
#include "http/rate_limit.h"
#include "http/router.h"
#include "store/assessment_store.h"
#include "store/group_store.h"

namespace http {

// A saved profile is ~1 KB; the team cap (100 members) fits well within.
inline constexpr size_t kMaxAssessmentBody = size_t{16} * 1024;

struct ApiOptions {
  RateLimitOptions creations;  // per client address; defaults in rate_limit.h
};

class Api {
 public:
  // `clock` drives the creation limit.
  Api(const engine::KnowledgeBase& kb, store::AssessmentStore& store,
      store::GroupStore& groups, base::Clock clock, ApiOptions options = {});

  Api(const Api&) = delete;
  Api& operator=(const Api&) = delete;

  // The response for `request`, before FinishResponse. `client` is the
  // peer's address, the key of per-client limits.
  Response Handle(const Request& request, std::string_view client = {}) const;

  const Router& router() const { return router_; }

 private:
  Response Recommend(const Request& request) const;
  Response CreateAssessment(const Request& request,
                            std::string_view client) const;
  Response GetAssessment(std::string_view id) const;
  Response UpdateAssessment(const Request& request, std::string_view id) const;
  Response DeleteAssessment(const Request& request, std::string_view id) const;
  Response GetAdr(std::string_view id) const;
  // api_groups.cc: deciding together.
  Response CreateGroup(const Request& request, std::string_view client) const;
  Response GetGroup(std::string_view id) const;
  Response Respond(const Request& request, std::string_view id) const;
  Response DeleteGroup(const Request& request, std::string_view id) const;
  Response GetGroupAdr(std::string_view id) const;
  Response GroupPage(const Request& request) const;
  // 429 with Retry-After when `client` created too much; shared by
  // assessments and group decisions.
  std::optional<Response> LimitCreations(std::string_view client) const;
  Response Health() const;
  Response KnowledgeBase() const;
  Response OpenApi() const;
  Response Schema(std::string_view name) const;
  Response Page(const Request& request) const;
  Response Asset(const Request& request, std::string_view path) const;

  const engine::KnowledgeBase& kb_;
  store::AssessmentStore& store_;
  store::GroupStore& groups_;
  mutable RateLimit creations_;
  std::string kb_json_;
  std::string openapi_json_;
  Router router_;
};

}  // namespace http
