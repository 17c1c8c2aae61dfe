#include "http/compression.h"

#include <gtest/gtest.h>
#include <zlib.h>

namespace http {
namespace {

using beast_http::field;

std::string Gunzip(const std::string& data) {
  z_stream stream{};
  EXPECT_EQ(inflateInit2(&stream, 15 + 16), Z_OK);
  std::string out(1 << 20, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(inflate(&stream, Z_FINISH), Z_STREAM_END);
  out.resize(stream.total_out);
  inflateEnd(&stream);
  return out;
}

Request Accepting(std::string_view encodings) {
  Request request(beast_http::verb::get, "/", 11);
  request.set(field::accept_encoding, View(encodings));
  return request;
}

TEST(AcceptsGzip, ReadsTheListAndItsQualities) {
  EXPECT_TRUE(AcceptsGzip("gzip"));
  EXPECT_TRUE(AcceptsGzip("br, GZIP;q=0.5, deflate"));
  EXPECT_TRUE(AcceptsGzip("*"));
  EXPECT_FALSE(AcceptsGzip(""));
  EXPECT_FALSE(AcceptsGzip("identity"));
  EXPECT_FALSE(AcceptsGzip("gzip;q=0"));
  EXPECT_FALSE(AcceptsGzip("gzip; q=0.000"));
  EXPECT_FALSE(AcceptsGzip("x-gzip2"));
}

TEST(CompressIfAccepted, GzipsLargeJsonWhenAccepted) {
  std::string json = "[" + std::string(4000, '1') + "]";
  Response response = JsonResponse(Status::ok, json);
  CompressIfAccepted(Accepting("gzip, deflate"), response);
  EXPECT_EQ(response[field::content_encoding], "gzip");
  EXPECT_EQ(response[field::vary], "Accept-Encoding");
  EXPECT_LT(response.body().size(), json.size() / 10);
  EXPECT_EQ(Gunzip(response.body()), json);
}

TEST(CompressIfAccepted, LeavesSmallOrUnacceptedOrBinaryBodiesAlone) {
  Response small = JsonResponse(Status::ok, "{}");
  CompressIfAccepted(Accepting("gzip"), small);
  EXPECT_EQ(small.count(field::content_encoding), 0u);
  EXPECT_EQ(small[field::vary], "Accept-Encoding");

  Response refused = JsonResponse(Status::ok, std::string(4000, ' '));
  CompressIfAccepted(Accepting("gzip;q=0"), refused);
  EXPECT_EQ(refused.count(field::content_encoding), 0u);

  Response image =
      MakeResponse(Status::ok, "image/png", std::string(4000, 'x'));
  CompressIfAccepted(Accepting("gzip"), image);
  EXPECT_EQ(image.count(field::content_encoding), 0u);
  EXPECT_EQ(image.count(field::vary), 0u);
}

}  // namespace
}  // namespace http
