#include "store/secrets.h"

#include <vector>

#include <gtest/gtest.h>

namespace store {
namespace {

std::vector<uint8_t> Bytes(std::string_view text) {
  return {text.begin(), text.end()};
}

TEST(Base64Url, EncodesRfc4648Vectors) {
  EXPECT_EQ(Base64Url(Bytes("")), "");
  EXPECT_EQ(Base64Url(Bytes("f")), "Zg");
  EXPECT_EQ(Base64Url(Bytes("fo")), "Zm8");
  EXPECT_EQ(Base64Url(Bytes("foo")), "Zm9v");
  EXPECT_EQ(Base64Url(Bytes("foobar")), "Zm9vYmFy");
}

TEST(Base64Url, UsesTheUrlSafeAlphabet) {
  std::vector<uint8_t> bytes = {0xfb, 0xff, 0xbf};
  EXPECT_EQ(Base64Url(bytes), "-_-_");
}

TEST(RandomBase64Url, GivesIdsOf96BitsAndTokensOf256Bits) {
  RandomSource random = SystemRandom();
  auto id = RandomBase64Url(random, kIdBytes);
  auto token = RandomBase64Url(random, kTokenBytes);
  ASSERT_TRUE(id && token);
  EXPECT_EQ(id->size(), 16u);
  EXPECT_EQ(token->size(), 43u);
  EXPECT_TRUE(LooksLikeId(*id));
  EXPECT_NE(*RandomBase64Url(random, kIdBytes), *id);
}

TEST(RandomBase64Url, ReportsAMissingRandomSource) {
  RandomSource broken = [](std::span<uint8_t>) { return false; };
  auto id = RandomBase64Url(broken, kIdBytes);
  ASSERT_FALSE(id);
  EXPECT_EQ(id.error().code, base::ErrorCode::kInternal);
  EXPECT_EQ(id.error().message, "no random bytes available");
}

TEST(LooksLikeId, RejectsWrongLengthsAndCharacters) {
  EXPECT_TRUE(LooksLikeId("AAAAAAAAAAAAAAAA"));
  EXPECT_FALSE(LooksLikeId("AAAAAAAAAAAAAAA"));
  EXPECT_FALSE(LooksLikeId("AAAAAAAAAAAAAAA/"));
  EXPECT_FALSE(LooksLikeId("../../etc/passwd"));
}

TEST(Base64Url, WritesADigestWithoutPadding) {
  base::Sha256Digest digest = base::Sha256("abc");
  EXPECT_EQ(Base64Url(digest), "ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0");
}

TEST(SameDigest, ComparesContentsAndLength) {
  base::Sha256Digest digest = base::Sha256("token");
  base::Sha256Digest other = base::Sha256("tokeN");
  EXPECT_TRUE(SameDigest(digest, digest));
  EXPECT_FALSE(SameDigest(digest, other));
  EXPECT_FALSE(SameDigest(digest, std::span(digest).first(31)));
}

}  // namespace
}  // namespace store
