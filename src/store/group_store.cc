#include "store/group_store.h"

#include "base/clock.h"
#include "store/connection.h"

namespace store {
namespace {

base::Error NoSuchGroup(std::string_view id) {
  return base::NotFound("no group decision with id \"" + std::string(id) +
                        "\"");
}

}  // namespace

GroupStore::GroupStore(Database db, Database reader,
                       StoreEnvironment environment)
    : db_(std::move(db)),
      reader_(std::move(reader)),
      environment_(std::move(environment)) {}

base::Result<std::unique_ptr<GroupStore>> GroupStore::Open(
    const std::string& path, StoreEnvironment environment) {
  auto connections =
      OpenConnections(path, base::FormatTimestamp(environment.clock()));
  if (!connections) return connections.error();
  return std::unique_ptr<GroupStore>(
      new GroupStore(std::move(connections->writer),
                     std::move(connections->reader), std::move(environment)));
}

base::Result<CreatedGroupDecision> GroupStore::Create(std::string_view title) {
  auto edit_token = RandomBase64Url(environment_.random, kTokenBytes);
  if (!edit_token) return edit_token.error();
  auto invite_token = RandomBase64Url(environment_.random, kTokenBytes);
  if (!invite_token) return invite_token.error();
  const base::Sha256Digest edit_digest = base::Sha256(*edit_token);
  const base::Sha256Digest invite_digest = base::Sha256(*invite_token);
  const std::string now = base::FormatTimestamp(environment_.clock());

  std::lock_guard lock(mutex_);
  auto insert = db_.Prepare(
      "INSERT OR IGNORE INTO group_decisions (id, title, edit_token_sha256,"
      " invite_token_sha256, created_at, updated_at)"
      " VALUES (?, ?, ?, ?, ?, ?)");
  if (!insert) return insert.error();
  auto id = InsertWithNewId(db_, *insert, environment_.random, "group decision",
                            [&](Statement& s) {
                              s.Bind(2, title)
                                  .BindBlob(3, edit_digest)
                                  .BindBlob(4, invite_digest)
                                  .Bind(5, now)
                                  .Bind(6, now);
                            });
  if (!id) return id.error();
  return CreatedGroupDecision{
      GroupDecision{*std::move(id), std::string(title), now, now, {}},
      std::move(*edit_token), std::move(*invite_token)};
}

base::Result<GroupDecision> GroupStore::Get(std::string_view id) {
  std::lock_guard lock(read_mutex_);
  return GetLocked(reader_, id);
}

base::Result<GroupDecision> GroupStore::GetLocked(Database& db,
                                                  std::string_view id) {
  if (!LooksLikeId(id)) return NoSuchGroup(id);
  auto query = db.Prepare(
      "SELECT title, created_at, updated_at FROM group_decisions"
      " WHERE id = ?");
  if (!query) return query.error();
  query->Bind(1, id);
  auto row = query->Step();
  if (!row) return row.error();
  if (!*row) return NoSuchGroup(id);
  GroupDecision group{std::string(id),
                      query->ColumnText(0),
                      query->ColumnText(1),
                      query->ColumnText(2),
                      {}};
  auto responses = db.Prepare(
      "SELECT name, profile_json, created_at, updated_at"
      " FROM group_responses WHERE group_id = ? ORDER BY position");
  if (!responses) return responses.error();
  responses->Bind(1, id);
  for (;;) {
    auto next = responses->Step();
    if (!next) return next.error();
    if (!*next) break;
    group.responses.push_back(
        GroupResponse{responses->ColumnText(0), responses->ColumnText(1),
                      responses->ColumnText(2), responses->ColumnText(3)});
  }
  return group;
}

base::Result<void> GroupStore::AuthorizeLocked(std::string_view id,
                                               std::string_view token,
                                               TokenKind kind) {
  const std::string_view what =
      kind == TokenKind::kEdit ? "edit token" : "invite token";
  if (token.empty()) {
    return base::Unauthenticated("an " + std::string(what) + " is required");
  }
  if (!LooksLikeId(id)) return NoSuchGroup(id);
  auto query = db_.Prepare(
      kind == TokenKind::kEdit
          ? "SELECT edit_token_sha256 FROM group_decisions WHERE id = ?"
          : "SELECT invite_token_sha256 FROM group_decisions WHERE id = ?");
  if (!query) return query.error();
  query->Bind(1, id);
  auto row = query->Step();
  if (!row) return row.error();
  if (!*row) return NoSuchGroup(id);
  if (!SameDigest(base::Sha256(token), query->ColumnBlob(0))) {
    return base::PermissionDenied("the " + std::string(what) +
                                  " does not match this group decision");
  }
  return {};
}

base::Result<SavedResponse> GroupStore::Respond(std::string_view id,
                                                std::string_view invite_token,
                                                const ResponseInput& input) {
  const std::string now = base::FormatTimestamp(environment_.clock());
  std::lock_guard lock(mutex_);
  bool added = false;
  auto saved = InTransaction(db_, [&]() -> base::Result<void> {
    auto authorized = AuthorizeLocked(id, invite_token, TokenKind::kInvite);
    if (!authorized) return authorized;
    auto count = db_.Prepare(
        "SELECT COUNT(*), COALESCE(SUM(name = ?), 0),"
        " COALESCE(MAX(position), 0) FROM group_responses WHERE group_id = ?");
    if (!count) return count.error();
    count->Bind(1, input.name).Bind(2, id);
    auto row = count->Step();
    if (!row) return row.error();
    const int64_t responses = count->ColumnInt(0);
    added = count->ColumnInt(1) == 0;
    const int64_t position = count->ColumnInt(2) + 1;
    if (added && responses >= static_cast<int64_t>(kMaxGroupResponses)) {
      return base::FailedPrecondition(
          "this group decision already has " + std::to_string(responses) +
              " responses, the most it takes; a founder who answered can "
              "revise their answers under the same name",
          "name");
    }
    auto upsert = db_.Prepare(
        "INSERT INTO group_responses (group_id, position, name, profile_json,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (group_id, name) DO UPDATE SET"
        " profile_json = excluded.profile_json,"
        " updated_at = excluded.updated_at");
    if (!upsert) return upsert.error();
    upsert->Bind(1, id)
        .Bind(2, position)
        .Bind(3, input.name)
        .Bind(4, input.profile_json)
        .Bind(5, now)
        .Bind(6, now);
    auto ran = upsert->Run();
    if (!ran) return ran;
    auto touch =
        db_.Prepare("UPDATE group_decisions SET updated_at = ? WHERE id = ?");
    if (!touch) return touch.error();
    touch->Bind(1, now).Bind(2, id);
    return touch->Run();
  });
  if (!saved) return saved.error();
  auto group = GetLocked(db_, id);
  if (!group) return group.error();
  return SavedResponse{std::move(*group), added};
}

base::Result<void> GroupStore::AuthorizeInvite(std::string_view id,
                                               std::string_view invite_token) {
  std::lock_guard lock(mutex_);
  return AuthorizeLocked(id, invite_token, TokenKind::kInvite);
}

base::Result<void> GroupStore::Delete(std::string_view id,
                                      std::string_view edit_token) {
  std::lock_guard lock(mutex_);
  auto authorized = AuthorizeLocked(id, edit_token, TokenKind::kEdit);
  if (!authorized) return authorized;
  auto remove = db_.Prepare("DELETE FROM group_decisions WHERE id = ?");
  if (!remove) return remove.error();
  remove->Bind(1, id);
  return remove->Run();
}

}  // namespace store
