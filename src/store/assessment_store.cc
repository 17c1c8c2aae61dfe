#include "store/assessment_store.h"

#include "base/clock.h"
#include "store/connection.h"

namespace store {
namespace {

base::Error NoSuchAssessment(std::string_view id) {
  return base::NotFound("no assessment with id \"" + std::string(id) + "\"");
}

}  // namespace

AssessmentStore::AssessmentStore(Database db, Database reader,
                                 StoreEnvironment environment)
    : db_(std::move(db)),
      reader_(std::move(reader)),
      environment_(std::move(environment)) {}

base::Result<std::unique_ptr<AssessmentStore>> AssessmentStore::Open(
    const std::string& path, StoreEnvironment environment) {
  auto connections =
      OpenConnections(path, base::FormatTimestamp(environment.clock()));
  if (!connections) return connections.error();
  return std::unique_ptr<AssessmentStore>(new AssessmentStore(
      std::move(connections->writer), std::move(connections->reader),
      std::move(environment)));
}

base::Result<CreatedAssessment> AssessmentStore::Create(
    const AssessmentInput& input) {
  auto token = RandomBase64Url(environment_.random, kTokenBytes);
  if (!token) return token.error();
  base::Sha256Digest digest = base::Sha256(*token);
  std::string now = base::FormatTimestamp(environment_.clock());

  std::lock_guard lock(mutex_);
  auto insert = db_.Prepare(
      "INSERT OR IGNORE INTO assessments (id, title, edit_token_sha256,"
      " profile_json, result_json, knowledge_base_version,"
      " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  if (!insert) return insert.error();
  auto id = InsertWithNewId(db_, *insert, environment_.random, "assessment",
                            [&](Statement& s) {
                              s.Bind(2, input.title)
                                  .BindBlob(3, digest)
                                  .Bind(4, input.profile_json)
                                  .Bind(5, input.result_json)
                                  .Bind(6, input.knowledge_base_version)
                                  .Bind(7, now)
                                  .Bind(8, now);
                            });
  if (!id) return id.error();
  Assessment saved{*std::move(id),
                   input.title,
                   input.profile_json,
                   input.result_json,
                   input.knowledge_base_version,
                   now,
                   now};
  return CreatedAssessment{std::move(saved), std::move(*token)};
}

base::Result<Assessment> AssessmentStore::Get(std::string_view id) {
  std::lock_guard lock(read_mutex_);
  return GetLocked(reader_, id);
}

base::Result<Assessment> AssessmentStore::GetLocked(Database& db,
                                                    std::string_view id) {
  if (!LooksLikeId(id)) return NoSuchAssessment(id);
  auto query = db.Prepare(
      "SELECT title, profile_json, result_json,"
      " knowledge_base_version, created_at, updated_at"
      " FROM assessments WHERE id = ?");
  if (!query) return query.error();
  query->Bind(1, id);
  auto row = query->Step();
  if (!row) return row.error();
  if (!*row) return NoSuchAssessment(id);
  return Assessment{std::string(id),      query->ColumnText(0),
                    query->ColumnText(1), query->ColumnText(2),
                    query->ColumnText(3), query->ColumnText(4),
                    query->ColumnText(5)};
}

base::Result<void> AssessmentStore::AuthorizeLocked(
    std::string_view id, std::string_view edit_token) {
  if (edit_token.empty()) {
    return base::Unauthenticated("an edit token is required");
  }
  if (!LooksLikeId(id)) return NoSuchAssessment(id);
  auto query =
      db_.Prepare("SELECT edit_token_sha256 FROM assessments WHERE id = ?");
  if (!query) return query.error();
  query->Bind(1, id);
  auto row = query->Step();
  if (!row) return row.error();
  if (!*row) return NoSuchAssessment(id);
  if (!SameDigest(base::Sha256(edit_token), query->ColumnBlob(0))) {
    return base::PermissionDenied(
        "the edit token does not match this assessment");
  }
  return {};
}

base::Result<Assessment> AssessmentStore::Update(std::string_view id,
                                                 std::string_view edit_token,
                                                 const AssessmentInput& input) {
  std::string now = base::FormatTimestamp(environment_.clock());
  std::lock_guard lock(mutex_);
  auto authorized = AuthorizeLocked(id, edit_token);
  if (!authorized) return authorized.error();
  auto update = db_.Prepare(
      "UPDATE assessments SET title = ?, profile_json = ?, result_json = ?,"
      " knowledge_base_version = ?, updated_at = ? WHERE id = ?");
  if (!update) return update.error();
  update->Bind(1, input.title)
      .Bind(2, input.profile_json)
      .Bind(3, input.result_json)
      .Bind(4, input.knowledge_base_version)
      .Bind(5, now)
      .Bind(6, id);
  auto ran = update->Run();
  if (!ran) return ran.error();
  return GetLocked(db_, id);
}

base::Result<void> AssessmentStore::Authorize(std::string_view id,
                                              std::string_view edit_token) {
  std::lock_guard lock(mutex_);
  return AuthorizeLocked(id, edit_token);
}

base::Result<void> AssessmentStore::Delete(std::string_view id,
                                           std::string_view edit_token) {
  std::lock_guard lock(mutex_);
  auto authorized = AuthorizeLocked(id, edit_token);
  if (!authorized) return authorized;
  auto remove = db_.Prepare("DELETE FROM assessments WHERE id = ?");
  if (!remove) return remove.error();
  remove->Bind(1, id);
  return remove->Run();
}

}  // namespace store
