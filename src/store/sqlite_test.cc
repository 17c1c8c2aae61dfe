#include "store/sqlite.h"

#include <gtest/gtest.h>

#include "base/temp_dir.h"

namespace store {
namespace {

class StatementTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = Database::Open(dir_.File("t.db"));
    ASSERT_TRUE(opened) << opened.error().message;
    db_.emplace(std::move(*opened));
    ASSERT_TRUE(db_->Exec("CREATE TABLE t (name TEXT, n INTEGER, b BLOB)"));
  }

  int64_t Rows() {
    auto count = db_->Prepare("SELECT count(*) FROM t");
    EXPECT_TRUE(count && *count->Step());
    return count->ColumnInt(0);
  }

  base::TempDir dir_;
  std::optional<Database> db_;
};

TEST_F(StatementTest, BindsChainAndStepRuns) {
  auto insert = db_->Prepare("INSERT INTO t VALUES (?1, ?2, ?3)");
  ASSERT_TRUE(insert);
  const uint8_t bytes[] = {0, 1, 2};
  insert->Bind(1, "ada").Bind(2, int64_t{7}).BindBlob(3, bytes);
  ASSERT_TRUE(insert->Run());

  auto row = db_->Prepare("SELECT name, n, b FROM t");
  ASSERT_TRUE(row && *row->Step());
  EXPECT_EQ(row->ColumnText(0), "ada");
  EXPECT_EQ(row->ColumnInt(1), 7);
  EXPECT_EQ(row->ColumnBlob(2).size(), 3u);
}

TEST_F(StatementTest, ABindSqliteRefusesFailsTheStepAndWritesNothing) {
  auto insert = db_->Prepare("INSERT INTO t (name) VALUES (?1)");
  ASSERT_TRUE(insert);
  insert->Bind(1, "ada").Bind(2, int64_t{7}).Bind(3, "never reported");
  base::Result<void> ran = insert->Run();
  ASSERT_FALSE(ran);
  EXPECT_EQ(ran.error().code, base::ErrorCode::kInternal);
  EXPECT_EQ(ran.error().message,
            "sqlite: binding parameter 2 of INSERT INTO t (name) VALUES (?1): "
            "column index out of range");
  EXPECT_EQ(Rows(), 0);
}

TEST_F(StatementTest, ResetForgetsAFailedBind) {
  auto insert = db_->Prepare("INSERT INTO t (name) VALUES (?1)");
  ASSERT_TRUE(insert);
  const uint8_t bytes[] = {1};
  insert->BindBlob(0, bytes);
  EXPECT_FALSE(insert->Step());
  insert->Reset();
  insert->Bind(1, "ada");
  ASSERT_TRUE(insert->Run());
  EXPECT_EQ(Rows(), 1);
}

}  // namespace
}  // namespace store
