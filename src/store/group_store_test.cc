#include "store/group_store.h"

#include <gtest/gtest.h>

#include "base/temp_dir.h"
#include "store/test_environment.h"

namespace store {
namespace {

constexpr std::string_view kProfile = R"({"team":[]})";

class GroupStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened =
        GroupStore::Open(dir_.File("test.db"), testing::Deterministic());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
  }

  CreatedGroupDecision Created(std::string_view title = "Acme") {
    auto created = store_->Create(title);
    EXPECT_TRUE(created) << created.error().message;
    return *created;
  }

  base::Result<SavedResponse> Respond(const CreatedGroupDecision& created,
                                      std::string name,
                                      std::string profile = "{}") {
    return store_->Respond(created.group.id, created.invite_token,
                           ResponseInput{std::move(name), std::move(profile)});
  }

  base::TempDir dir_;
  std::unique_ptr<GroupStore> store_;
};

TEST_F(GroupStoreTest, CreateReturnsIdAndTwoDistinctTokens) {
  CreatedGroupDecision created = Created();
  // Bytes 0..31 are the edit token, 32..63 the invite token, 64..75 the id.
  EXPECT_EQ(created.edit_token, "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8");
  EXPECT_EQ(created.invite_token,
            "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8");
  EXPECT_EQ(created.group.id, "QEFCQ0RFRkdISUpL");
  EXPECT_EQ(created.group.title, "Acme");
  EXPECT_EQ(created.group.created_at, "2026-11-18T11:06:41.000Z");
  EXPECT_TRUE(created.group.responses.empty());
}

TEST_F(GroupStoreTest, ResponsesAreRowsInTheOrderFirstGiven) {
  CreatedGroupDecision created = Created();
  auto ana = Respond(created, "Ana", R"({"a":1})");
  ASSERT_TRUE(ana) << ana.error().message;
  EXPECT_TRUE(ana->added);
  ASSERT_TRUE(Respond(created, "Ben", R"({"b":1})"));
  // Ana revises: her row keeps its place and its created_at.
  auto revised = Respond(created, "Ana", R"({"a":2})");
  ASSERT_TRUE(revised) << revised.error().message;
  EXPECT_FALSE(revised->added);

  auto got = store_->Get(created.group.id);
  ASSERT_TRUE(got) << got.error().message;
  ASSERT_EQ(got->responses.size(), 2u);
  EXPECT_EQ(got->responses[0].name, "Ana");
  EXPECT_EQ(got->responses[0].profile_json, R"({"a":2})");
  EXPECT_EQ(got->responses[0].created_at, "2026-11-18T11:06:42.000Z");
  EXPECT_EQ(got->responses[0].updated_at, "2026-11-18T11:06:44.000Z");
  EXPECT_EQ(got->responses[1].name, "Ben");
  EXPECT_EQ(got->updated_at, "2026-11-18T11:06:44.000Z");
  EXPECT_EQ(got->created_at, created.group.created_at);
}

TEST_F(GroupStoreTest, AnsweringNeedsTheInviteTokenNotTheEditToken) {
  CreatedGroupDecision created = Created();
  const std::string& id = created.group.id;
  ResponseInput ana{"Ana", std::string(kProfile)};
  auto missing = store_->Respond(id, "", ana);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, base::ErrorCode::kUnauthenticated);
  EXPECT_EQ(missing.error().message, "an invite token is required");
  auto edit = store_->Respond(id, created.edit_token, ana);
  ASSERT_FALSE(edit);
  EXPECT_EQ(edit.error().code, base::ErrorCode::kPermissionDenied);
  EXPECT_EQ(edit.error().message,
            "the invite token does not match this group decision");
  EXPECT_TRUE(store_->Get(id)->responses.empty());
}

TEST_F(GroupStoreTest, TakesAtMostTheMaximumNumberOfFounders) {
  CreatedGroupDecision created = Created();
  for (size_t i = 0; i < kMaxGroupResponses; ++i) {
    ASSERT_TRUE(Respond(created, "Founder " + std::to_string(i)));
  }
  auto refused = Respond(created, "One too many");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, base::ErrorCode::kFailedPrecondition);
  EXPECT_EQ(refused.error().path, "name");
  EXPECT_EQ(refused.error().message,
            "this group decision already has 12 responses, the most it "
            "takes; a founder who answered can revise their answers under "
            "the same name");
  // Revising is still allowed at the cap.
  EXPECT_TRUE(Respond(created, "Founder 0", R"({"x":1})"));
  EXPECT_EQ(store_->Get(created.group.id)->responses.size(),
            kMaxGroupResponses);
}

TEST_F(GroupStoreTest, DeleteNeedsTheEditTokenAndTakesTheResponses) {
  CreatedGroupDecision created = Created();
  ASSERT_TRUE(Respond(created, "Ana"));
  const std::string& id = created.group.id;
  EXPECT_EQ(store_->Delete(id, created.invite_token).error().code,
            base::ErrorCode::kPermissionDenied);
  EXPECT_EQ(store_->Delete(id, "").error().message,
            "an edit token is required");
  ASSERT_TRUE(store_->Delete(id, created.edit_token));
  EXPECT_EQ(store_->Get(id).error().message,
            "no group decision with id \"QEFCQ0RFRkdISUpL\"");
  store_.reset();

  auto db = Database::Open(dir_.File("test.db"));
  ASSERT_TRUE(db);
  auto rows = db->Prepare("SELECT COUNT(*) FROM group_responses");
  ASSERT_TRUE(rows);
  ASSERT_TRUE(*rows->Step());
  EXPECT_EQ(rows->ColumnInt(0), 0);
}

TEST_F(GroupStoreTest, KeepsOnlyTheTokensHashesAndSurvivesReopening) {
  CreatedGroupDecision created = Created();
  ASSERT_TRUE(Respond(created, "Ana"));
  store_.reset();
  auto db = Database::Open(dir_.File("test.db"));
  ASSERT_TRUE(db);
  auto rows = db->Prepare(
      "SELECT edit_token_sha256, invite_token_sha256 FROM group_decisions");
  ASSERT_TRUE(rows);
  ASSERT_TRUE(*rows->Step());
  EXPECT_TRUE(
      SameDigest(base::Sha256(created.edit_token), rows->ColumnBlob(0)));
  EXPECT_TRUE(
      SameDigest(base::Sha256(created.invite_token), rows->ColumnBlob(1)));

  auto reopened = GroupStore::Open(dir_.File("test.db"));
  ASSERT_TRUE(reopened);
  auto got = (*reopened)->Get(created.group.id);
  ASSERT_TRUE(got);
  ASSERT_EQ(got->responses.size(), 1u);
  EXPECT_EQ(got->responses[0].name, "Ana");
}

TEST_F(GroupStoreTest, UnknownIdsAreNotFound) {
  EXPECT_EQ(store_->Get("AAAAAAAAAAAAAAAA").error().code,
            base::ErrorCode::kNotFound);
  EXPECT_EQ(store_->Get("../../etc").error().code, base::ErrorCode::kNotFound);
  EXPECT_EQ(
      store_->Respond("AAAAAAAAAAAAAAAA", "t", {"Ana", "{}"}).error().code,
      base::ErrorCode::kNotFound);
}

}  // namespace
}  // namespace store
