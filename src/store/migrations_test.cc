#include "store/migrations.h"

#include <gtest/gtest.h>

#include "base/temp_dir.h"

namespace store {
namespace {

TEST(Migrations, AreNumberedFromOneWithoutGaps) {
  int expected = 1;
  for (const Migration& migration : Migrations()) {
    EXPECT_EQ(migration.version, expected);
    EXPECT_EQ(std::stoi(std::string(migration.name.substr(0, 3))), expected);
    ++expected;
  }
}

TEST(Migrate, AppliesEveryMigrationOnceAndRecordsIt) {
  base::TempDir dir;
  auto db = Database::Open(dir.File("a.db"));
  ASSERT_TRUE(db);
  auto first = Migrate(*db, "2026-01-01T00:00:00.000Z");
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(*first, Migrations().back().version);
  auto again = Migrate(*db, "2026-01-02T00:00:00.000Z");
  ASSERT_TRUE(again);

  auto rows = db->Prepare(
      "SELECT version, name, applied_at FROM schema_migrations ORDER BY "
      "version");
  ASSERT_TRUE(rows);
  ASSERT_TRUE(*rows->Step());
  EXPECT_EQ(rows->ColumnInt(0), 1);
  EXPECT_EQ(rows->ColumnText(1), "001_create_assessments");
  EXPECT_EQ(rows->ColumnText(2), "2026-01-01T00:00:00.000Z");
  EXPECT_EQ(*rows->Step(), Migrations().size() > 1);
}

TEST(Migrate, RefusesADatabaseFromANewerVersion) {
  base::TempDir dir;
  auto db = Database::Open(dir.File("a.db"));
  ASSERT_TRUE(db);
  ASSERT_TRUE(Migrate(*db, "t"));
  ASSERT_TRUE(db->Exec(
      "INSERT INTO schema_migrations VALUES (999, '999_future', 't');"));
  auto refused = Migrate(*db, "t");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, base::ErrorCode::kFailedPrecondition);
  EXPECT_EQ(refused.error().message,
            "the database has schema version 999, newer than this stackwise "
            "knows (3)");
}

// Regression: the decision record was stored beside the profile (~45 KB
// of each row); migration 2 drops it, keeping every assessment.
TEST(Migrate, DropsTheStoredAdrAndKeepsTheRows) {
  base::TempDir dir;
  auto db = Database::Open(dir.File("a.db"));
  ASSERT_TRUE(db);
  ASSERT_TRUE(db->Exec(
      "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT"
      " NOT NULL, applied_at TEXT NOT NULL) STRICT;"
      "INSERT INTO schema_migrations VALUES (1, '001_create_assessments', "
      "'t');"));
  ASSERT_TRUE(db->Exec(std::string(Migrations()[0].sql)));
  ASSERT_TRUE(
      db->Exec("INSERT INTO assessments VALUES ('id', 'A', x'00', '{}', '{}',"
               " '# ADR', '1', 't', 't');"));
  auto migrated = Migrate(*db, "t");
  ASSERT_TRUE(migrated) << migrated.error().message;
  EXPECT_EQ(*migrated, Migrations().back().version);
  auto columns = db->Prepare(
      "SELECT COUNT(*) FROM pragma_table_info('assessments')"
      " WHERE name = 'adr_markdown'");
  ASSERT_TRUE(columns);
  ASSERT_TRUE(*columns->Step());
  EXPECT_EQ(columns->ColumnInt(0), 0);
  auto rows = db->Prepare("SELECT title FROM assessments");
  ASSERT_TRUE(rows);
  ASSERT_TRUE(*rows->Step());
  EXPECT_EQ(rows->ColumnText(0), "A");
}

}  // namespace
}  // namespace store
