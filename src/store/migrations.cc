#include "store/migrations.h"

#include <array>
#include <string>

namespace store {
namespace {

constexpr std::array<Migration, 3> kMigrations = {{
    {1, "001_create_assessments", R"sql(
CREATE TABLE assessments (
  id                     TEXT PRIMARY KEY,
  title                  TEXT NOT NULL,
  edit_token_sha256      BLOB NOT NULL,
  profile_json           TEXT NOT NULL,
  result_json            TEXT NOT NULL,
  adr_markdown           TEXT NOT NULL,
  knowledge_base_version TEXT NOT NULL,
  created_at             TEXT NOT NULL,
  updated_at             TEXT NOT NULL
) STRICT;
)sql"},
    // The decision record is rendered from the profile when asked for: it
    // was most of each row (~45 KB of ~50 KB).
    {2, "002_render_adr_on_read", R"sql(
ALTER TABLE assessments DROP COLUMN adr_markdown;
)sql"},
    // Deciding together: a group decision and each founder's answers as a
    // row of its own; deleting the decision deletes its responses.
    {3, "003_create_group_decisions", R"sql(
CREATE TABLE group_decisions (
  id                  TEXT PRIMARY KEY,
  title               TEXT NOT NULL,
  edit_token_sha256   BLOB NOT NULL,
  invite_token_sha256 BLOB NOT NULL,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
) STRICT;
CREATE TABLE group_responses (
  group_id     TEXT NOT NULL
               REFERENCES group_decisions (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  name         TEXT NOT NULL,
  profile_json TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  PRIMARY KEY (group_id, name),
  UNIQUE (group_id, position)
) STRICT;
)sql"},
}};

base::Error NewerThanKnown(int64_t version) {
  return base::FailedPrecondition(
      "the database has schema version " + std::to_string(version) +
      ", newer than this stackwise knows (" +
      std::to_string(kMigrations.back().version) + ")");
}

base::Result<int> CurrentVersion(Database& db) {
  auto created = db.Exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
      " applied_at TEXT NOT NULL) STRICT;");
  if (!created) return created.error();
  auto query =
      db.Prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
  if (!query) return query.error();
  auto row = query->Step();
  if (!row) return row.error();
  return static_cast<int>(query->ColumnInt(0));
}

base::Result<void> Apply(Database& db, const Migration& migration,
                         std::string_view applied_at) {
  auto begun = db.Exec("BEGIN IMMEDIATE;");
  if (!begun) return begun;
  auto ran = db.Exec(std::string(migration.sql));
  if (ran) {
    auto record = db.Prepare(
        "INSERT INTO schema_migrations (version, name, applied_at) "
        "VALUES (?, ?, ?)");
    if (!record) {
      ran = record.error();
    } else {
      record->Bind(1, int64_t{migration.version})
          .Bind(2, migration.name)
          .Bind(3, applied_at);
      ran = record->Run();
    }
  }
  if (!ran) {
    (void)db.Exec("ROLLBACK;");
    return base::Internal("migration " + std::string(migration.name) +
                          " failed: " + ran.error().message);
  }
  return db.Exec("COMMIT;");
}

}  // namespace

std::span<const Migration> Migrations() { return kMigrations; }

base::Result<void> CheckSchemaVersion(Database& db) {
  auto exists = db.Prepare(
      "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"
      " AND name = 'schema_migrations'");
  if (!exists) return exists.error();
  auto row = exists->Step();
  if (!row) return row.error();
  if (exists->ColumnInt(0) == 0) return {};
  auto query =
      db.Prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
  if (!query) return query.error();
  row = query->Step();
  if (!row) return row.error();
  if (query->ColumnInt(0) > kMigrations.back().version) {
    return NewerThanKnown(query->ColumnInt(0));
  }
  return {};
}

base::Result<int> Migrate(Database& db, std::string_view applied_at) {
  auto current = CurrentVersion(db);
  if (!current) return current;
  int latest = kMigrations.back().version;
  if (*current > latest) return NewerThanKnown(*current);
  for (const Migration& migration : kMigrations) {
    if (migration.version <= *current) continue;
    auto applied = Apply(db, migration, applied_at);
    if (!applied) return applied.error();
  }
  return latest;
}

}  // namespace store
