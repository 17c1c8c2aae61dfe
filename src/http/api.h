// Api: every endpoint of DESIGN §2 as request -> response functions.
//
// Owns the router and the answers that never change (the knowledge base
// as JSON, the OpenAPI document). Handle() is safe to call from any number
// of threads at once: the knowledge base is immutable and shared, and the
// store serialises itself. /api/v1/recommendations takes no lock at all.
// Needs no socket: tests call Handle() directly (api_test.cc).
#pragma once

#include <string>

#include "engine/knowledge_base.h"
#include "http/message.h"
#include "http/router.h"
#include "store/assessment_store.h"

namespace http {

class Api {
 public:
  // `clock` dates the decision records (UTC, YYYY-MM-DD).
  Api(const engine::KnowledgeBase& kb, store::AssessmentStore& store,
      store::Clock clock);

  Api(const Api&) = delete;
  Api& operator=(const Api&) = delete;

  // The response for `request`, before FinishResponse.
  Response Handle(const Request& request) const;

  const Router& router() const { return router_; }

 private:
  Response Recommend(const Request& request) const;
  Response CreateAssessment(const Request& request) const;
  Response GetAssessment(std::string_view id) const;
  Response UpdateAssessment(const Request& request, std::string_view id) const;
  Response DeleteAssessment(const Request& request, std::string_view id) const;
  Response GetAdr(std::string_view id) const;
  Response Health() const;
  Response KnowledgeBase() const;
  Response OpenApi() const;
  Response Page(const Request& request) const;
  Response Asset(const Request& request, std::string_view path) const;

  const engine::KnowledgeBase& kb_;
  store::AssessmentStore& store_;
  store::Clock clock_;
  std::string kb_json_;
  std::string openapi_json_;
  Router router_;
};

}  // namespace http
