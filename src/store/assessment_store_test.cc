#include "store/assessment_store.h"

#include <sqlite3.h>

#include <gtest/gtest.h>

#include "base/temp_dir.h"
#include "store/test_environment.h"

namespace store {
namespace {

AssessmentInput Input(std::string title) {
  return AssessmentInput{std::move(title), R"({"team":[]})",
                         R"({"schema_version":1})", "2026.11.1"};
}

class AssessmentStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened =
        AssessmentStore::Open(dir_.File("test.db"), testing::Deterministic());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
  }

  base::TempDir dir_;
  std::unique_ptr<AssessmentStore> store_;
};

TEST_F(AssessmentStoreTest, CreateReturnsIdTokenAndTimestamps) {
  auto created = store_->Create(Input("Acme"));
  ASSERT_TRUE(created) << created.error().message;
  // Bytes 0..31 are the token, 32..43 the id.
  EXPECT_EQ(created->edit_token, "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8");
  EXPECT_EQ(created->assessment.id, "ICEiIyQlJicoKSor");
  EXPECT_EQ(created->assessment.title, "Acme");
  EXPECT_EQ(created->assessment.created_at, "2026-11-18T11:06:41.000Z");
  EXPECT_EQ(created->assessment.updated_at, "2026-11-18T11:06:41.000Z");
}

TEST_F(AssessmentStoreTest, GetReturnsWhatCreateSaved) {
  auto created = store_->Create(Input("Acme"));
  ASSERT_TRUE(created);
  auto got = store_->Get(created->assessment.id);
  ASSERT_TRUE(got) << got.error().message;
  EXPECT_EQ(got->title, "Acme");
  EXPECT_EQ(got->profile_json, R"({"team":[]})");
  EXPECT_EQ(got->result_json, R"({"schema_version":1})");
  EXPECT_EQ(got->knowledge_base_version, "2026.11.1");
  EXPECT_EQ(got->created_at, created->assessment.created_at);
}

TEST_F(AssessmentStoreTest, GetOfAnUnknownIdIsNotFound) {
  auto got = store_->Get("AAAAAAAAAAAAAAAA");
  ASSERT_FALSE(got);
  EXPECT_EQ(got.error().code, base::ErrorCode::kNotFound);
  EXPECT_EQ(got.error().message, "no assessment with id \"AAAAAAAAAAAAAAAA\"");
  EXPECT_EQ(store_->Get("not an id").error().code, base::ErrorCode::kNotFound);
}

TEST_F(AssessmentStoreTest,
       UpdateWithTheTokenReplacesContentAndKeepsCreatedAt) {
  auto created = store_->Create(Input("Acme"));
  ASSERT_TRUE(created);
  auto updated = store_->Update(created->assessment.id, created->edit_token,
                                Input("Acme v2"));
  ASSERT_TRUE(updated) << updated.error().message;
  EXPECT_EQ(updated->title, "Acme v2");
  EXPECT_EQ(updated->created_at, created->assessment.created_at);
  EXPECT_EQ(updated->updated_at, "2026-11-18T11:06:42.000Z");
  EXPECT_EQ(store_->Get(created->assessment.id)->title, "Acme v2");
}

TEST_F(AssessmentStoreTest, UpdateAndDeleteRefuseMissingAndWrongTokens) {
  auto created = store_->Create(Input("Acme"));
  ASSERT_TRUE(created);
  const std::string& id = created->assessment.id;
  auto missing = store_->Update(id, "", Input("x"));
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, base::ErrorCode::kUnauthenticated);
  auto wrong = store_->Delete(id, created->edit_token + "x");
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().code, base::ErrorCode::kPermissionDenied);
  EXPECT_EQ(wrong.error().message,
            "the edit token does not match this assessment");
  EXPECT_EQ(store_->Get(id)->title, "Acme");
}

TEST_F(AssessmentStoreTest, DeleteRemovesTheAssessment) {
  auto created = store_->Create(Input("Acme"));
  ASSERT_TRUE(created);
  ASSERT_TRUE(store_->Delete(created->assessment.id, created->edit_token));
  EXPECT_EQ(store_->Get(created->assessment.id).error().code,
            base::ErrorCode::kNotFound);
  EXPECT_EQ(
      store_->Delete(created->assessment.id, created->edit_token).error().code,
      base::ErrorCode::kNotFound);
}

TEST_F(AssessmentStoreTest, KeepsOnlyTheTokensHash) {
  auto created = store_->Create(Input("Acme"));
  ASSERT_TRUE(created);
  store_.reset();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(dir_.File("test.db").c_str(), &db), SQLITE_OK);
  sqlite3_stmt* query = nullptr;
  ASSERT_EQ(
      sqlite3_prepare_v2(db, "SELECT hex(edit_token_sha256) FROM assessments",
                         -1, &query, nullptr),
      SQLITE_OK);
  ASSERT_EQ(sqlite3_step(query), SQLITE_ROW);
  std::string stored =
      reinterpret_cast<const char*>(sqlite3_column_text(query, 0));
  EXPECT_EQ(stored.size(), 64u);
  EXPECT_EQ(stored.find(created->edit_token), std::string::npos);
  sqlite3_finalize(query);
  sqlite3_close(db);
}

TEST_F(AssessmentStoreTest, ReopeningKeepsEveryAssessment) {
  auto created = store_->Create(Input("Acme"));
  ASSERT_TRUE(created);
  store_.reset();
  auto reopened = AssessmentStore::Open(dir_.File("test.db"));
  ASSERT_TRUE(reopened);
  EXPECT_EQ((*reopened)->Get(created->assessment.id)->title, "Acme");
}

TEST_F(AssessmentStoreTest, RetriesAnIdThatIsAlreadyTaken) {
  // A random source that repeats itself: the second Create draws the same
  // id first and must draw again.
  auto repeating = AssessmentStore::Open(
      dir_.File("repeat.db"),
      StoreEnvironment{
          [calls = std::make_shared<int>(0)](std::span<uint8_t> out) {
            uint8_t fill = (*calls)++ % 3 == 2 ? 7 : 1;
            for (uint8_t& byte : out) byte = fill;
            return true;
          },
          base::SystemClock()});
  ASSERT_TRUE(repeating);
  auto first = (*repeating)->Create(Input("one"));
  auto second = (*repeating)->Create(Input("two"));
  ASSERT_TRUE(first && second) << (second ? "" : second.error().message);
  EXPECT_NE(first->assessment.id, second->assessment.id);
}

TEST_F(AssessmentStoreTest, GivesUpWhenEveryIdDrawnIsTaken) {
  // A random source stuck on one value: a broken RNG, not bad luck.
  auto stuck = AssessmentStore::Open(
      dir_.File("stuck.db"), StoreEnvironment{[](std::span<uint8_t> out) {
                                                for (uint8_t& byte : out)
                                                  byte = 9;
                                                return true;
                                              },
                                              base::SystemClock()});
  ASSERT_TRUE(stuck);
  ASSERT_TRUE((*stuck)->Create(Input("one")));
  auto second = (*stuck)->Create(Input("two"));
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().code, base::ErrorCode::kInternal);
  EXPECT_EQ(second.error().message, "could not find an unused assessment id");
}

// Regression: `--db ''` and `:memory:` were accepted, and acknowledged
// assessments vanished on restart.
TEST(AssessmentStoreOpen, RefusesWhatIsNotAFile) {
  for (std::string path : {"", ":memory:", "file:x.db?mode=memory"}) {
    auto opened = AssessmentStore::Open(path);
    ASSERT_FALSE(opened) << path;
    EXPECT_EQ(opened.error().code, base::ErrorCode::kInvalidArgument);
    EXPECT_EQ(opened.error().message,
              "the database must be a file path; got \"" + path +
                  "\", which SQLite keeps in memory or reads as a URI (saved "
                  "assessments would vanish on restart)");
  }
}

// Regression: a database from a newer schema was refused only after the
// journal mode had been switched to WAL.
TEST(AssessmentStoreOpen, LeavesADatabaseFromANewerVersionUntouched) {
  base::TempDir dir;
  const std::string path = dir.File("future.db");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(
      sqlite3_exec(db,
                   "CREATE TABLE schema_migrations (version INTEGER PRIMARY"
                   " KEY, name TEXT, applied_at TEXT);"
                   "INSERT INTO schema_migrations VALUES (999, 'f', 't');",
                   nullptr, nullptr, nullptr),
      SQLITE_OK);
  sqlite3_close(db);
  auto opened = AssessmentStore::Open(path);
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.error().code, base::ErrorCode::kFailedPrecondition);

  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* query = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &query, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(query), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(query, 0)),
               "delete");
  sqlite3_finalize(query);
  sqlite3_close(db);
}

TEST_F(AssessmentStoreTest, AuthorizeChecksTheTokenWithoutChangingAnything) {
  auto created = store_->Create(Input("Acme"));
  ASSERT_TRUE(created);
  EXPECT_TRUE(store_->Authorize(created->assessment.id, created->edit_token));
  EXPECT_EQ(store_->Authorize(created->assessment.id, "wrong").error().code,
            base::ErrorCode::kPermissionDenied);
  EXPECT_EQ(store_->Get(created->assessment.id)->updated_at,
            created->assessment.updated_at);
}

}  // namespace
}  // namespace store
