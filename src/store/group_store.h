// GroupStore: group decisions, in which several founders each answer the
// questionnaire, in the same SQLite file as the assessments.
//
// Contract:
//  - Open behaves as AssessmentStore::Open (connection.h): a file only, the
//    schema version checked first, WAL with synchronous=FULL, the numbered
//    migrations applied. Once Create, Respond or Delete has returned, the
//    change survives a kill -9 or a power cut.
//  - A group decision has an id (96 random bits) and two tokens of 256
//    random bits, both base64url: the edit token (delete) and the invite
//    token (answer). Only their SHA-256 digests are stored, compared in
//    constant time; both tokens are returned once, by Create.
//  - Each founder's answers are a row of their own (group_responses),
//    keyed by the founder's name within the decision: answering again
//    under the same name revises that row and keeps its place. Responses
//    come back in the order the founders first answered. A decision takes
//    at most kMaxGroupResponses founders. Deleting the decision deletes its
//    responses (ON DELETE CASCADE).
//  - Errors: not_found for an unknown id, unauthenticated for an empty
//    token, permission_denied for a wrong one, failed_precondition past
//    kMaxGroupResponses, internal for SQLite or randomness failures. Never
//    throws.
//  - Thread-safe, like AssessmentStore: a writing connection and a
//    read-only one, each behind its own mutex.
// Documents are kept as text: the store neither parses nor checks a
// profile. Results are not stored: the combined decision is evaluated from
// the responses when read (docs/storage.md).
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "store/assessment_store.h"
#include "store/secrets.h"
#include "store/sqlite.h"

namespace store {

// Founders deciding together are two to four people; twelve leaves room
// for advisors and first engineers while keeping a read cheap (each
// response is evaluated on every read).
inline constexpr size_t kMaxGroupResponses = 12;

struct GroupResponse {
  std::string name;          // unique within the decision
  std::string profile_json;  // the normalised profile document
  std::string created_at;    // the first answer, RFC 3339 UTC
  std::string updated_at;    // the last revision
};

struct GroupDecision {
  std::string id;
  std::string title;
  std::string created_at;
  std::string updated_at;                // the last response, or created_at
  std::vector<GroupResponse> responses;  // in the order first given
};

struct CreatedGroupDecision {
  GroupDecision group;
  std::string edit_token;    // shown once; deletes the decision
  std::string invite_token;  // shown once; lets founders answer
};

struct ResponseInput {
  std::string name;
  std::string profile_json;
};

struct SavedResponse {
  GroupDecision group;  // with every response, this one included
  bool added = false;   // false: an earlier answer under the name revised
};

class GroupStore {
 public:
  static base::Result<std::unique_ptr<GroupStore>> Open(
      const std::string& path, StoreEnvironment environment = {});

  GroupStore(const GroupStore&) = delete;
  GroupStore& operator=(const GroupStore&) = delete;

  base::Result<CreatedGroupDecision> Create(std::string_view title);
  base::Result<GroupDecision> Get(std::string_view id);
  // Adds the founder's answers, or revises them when `input.name` has
  // answered before; needs the invite token.
  base::Result<SavedResponse> Respond(std::string_view id,
                                      std::string_view invite_token,
                                      const ResponseInput& input);
  base::Result<void> Delete(std::string_view id, std::string_view edit_token);
  // Checks `invite_token` as Respond does, changing nothing, so a caller
  // can refuse a wrong token before doing any work for it.
  base::Result<void> AuthorizeInvite(std::string_view id,
                                     std::string_view invite_token);

 private:
  enum class TokenKind { kEdit, kInvite };

  GroupStore(Database db, Database reader, StoreEnvironment environment);

  static base::Result<GroupDecision> GetLocked(Database& db,
                                               std::string_view id);
  base::Result<void> AuthorizeLocked(std::string_view id,
                                     std::string_view token, TokenKind kind);

  std::mutex mutex_;
  Database db_;
  std::mutex read_mutex_;
  Database reader_;
  StoreEnvironment environment_;
};

}  // namespace store
