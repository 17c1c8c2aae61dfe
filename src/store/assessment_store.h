// AssessmentStore: saved assessments in one SQLite file.
//
// Contract:
//  - Open refuses what is not a file (an empty path, ":memory:", a "file:"
//    URI): assessments there would vanish on restart. It checks the schema
//    version before writing anything (a database from a newer stackwise is
//    refused untouched), then puts the file in WAL mode with
//    synchronous=FULL and applies the numbered migrations (migrations.h):
//    once Create, Update or Delete has returned, the change survives a
//    kill -9 or a power cut.
//  - Ids are 96 random bits and edit tokens 256 random bits, both
//    base64url. Only the token's SHA-256 is stored; checks compare digests
//    in constant time. The token is returned once, by Create.
//  - Errors: not_found for an unknown id, unauthenticated for an empty
//    token, permission_denied for a wrong one, internal for SQLite or
//    randomness failures. Never throws.
//  - Thread-safe: one connection for writes behind a mutex (SQLite
//    serialises writes anyway), and a second, read-only one behind its own
//    mutex for Get, so a read never waits for a commit's fsync (WAL).
// The store keeps documents as text: it neither parses nor checks the
// profile or result it is given. The decision record is not stored: it is
// rendered from the profile when asked for (docs/storage.md). It must not be
// used for anything but assessments (group decisions have GroupStore);
// store/ holds the only SQL in the program.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "base/clock.h"
#include "base/result.h"
#include "store/secrets.h"
#include "store/sqlite.h"

namespace store {

// What the caller decides about an assessment (Create and Update).
struct AssessmentInput {
  std::string title;
  std::string profile_json;            // the normalised profile document
  std::string result_json;             // the result the engine gave for it
  std::string knowledge_base_version;  // the version that gave the result
};

struct Assessment {
  std::string id;
  std::string title;
  std::string profile_json;
  std::string result_json;
  std::string knowledge_base_version;
  std::string created_at;  // RFC 3339 UTC, set by Create
  std::string updated_at;  // equal to created_at until the first Update
};

struct CreatedAssessment {
  Assessment assessment;
  std::string edit_token;  // shown once; only its hash is kept
};

// The outside world the store needs; SystemRandom() and SystemClock() in
// production, fixed functions in tests.
struct StoreEnvironment {
  RandomSource random = SystemRandom();
  base::Clock clock = base::SystemClock();
};

class AssessmentStore {
 public:
  static base::Result<std::unique_ptr<AssessmentStore>> Open(
      const std::string& path, StoreEnvironment environment = {});

  AssessmentStore(const AssessmentStore&) = delete;
  AssessmentStore& operator=(const AssessmentStore&) = delete;

  base::Result<CreatedAssessment> Create(const AssessmentInput& input);
  base::Result<Assessment> Get(std::string_view id);
  // Replaces everything the caller decides; keeps id and created_at.
  base::Result<Assessment> Update(std::string_view id,
                                  std::string_view edit_token,
                                  const AssessmentInput& input);
  base::Result<void> Delete(std::string_view id, std::string_view edit_token);
  // Checks `edit_token` as Update and Delete do, changing nothing, so a
  // caller can refuse a wrong token before doing any work for it.
  base::Result<void> Authorize(std::string_view id,
                               std::string_view edit_token);

 private:
  AssessmentStore(Database db, Database reader, StoreEnvironment environment);

  static base::Result<Assessment> GetLocked(Database& db, std::string_view id);
  base::Result<void> AuthorizeLocked(std::string_view id,
                                     std::string_view edit_token);

  std::mutex mutex_;
  Database db_;
  std::mutex read_mutex_;
  Database reader_;
  StoreEnvironment environment_;
};

}  // namespace store
