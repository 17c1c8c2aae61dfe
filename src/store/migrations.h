// The database schema as numbered migrations, applied in order at start-up.
//
// Each migration runs once, in its own transaction, and is recorded in the
// schema_migrations table (version, name, applied_at). Migrations are never
// edited once released: a change to the schema is a new number. A database
// that records a version this binary does not know (written by a newer
// stackwise) is refused with failed_precondition rather than touched.
// docs/storage.md describes every table and migration.
#pragma once

#include <span>
#include <string_view>

#include "base/result.h"
#include "store/sqlite.h"

namespace store {

struct Migration {
  int version;            // 1, 2, ...: strictly increasing, no gaps
  std::string_view name;  // "001_create_assessments"
  std::string_view sql;
};

std::span<const Migration> Migrations();

// Refuses (failed_precondition) a database whose recorded schema version is
// newer than this binary knows, reading only: safe before anything writes.
base::Result<void> CheckSchemaVersion(Database& db);

// Applies every migration the database has not recorded yet; `applied_at`
// is written into schema_migrations. Returns the schema version reached.
base::Result<int> Migrate(Database& db, std::string_view applied_at);

}  // namespace store
