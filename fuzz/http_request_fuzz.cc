// Fuzzes what a connection's bytes go through: beast's request parser with
// the session's limits, the transfer-coding check, then the whole Api
// (router, handlers, store in a temporary file, gzip). Any bytes give an
// answer or a parse error, never a crash, a hang or an escaped exception.
#include <unistd.h>

#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <utility>  // before Asio/Beast: GCC 12 + Boost 1.74 coroutines

#include "base/clock.h"
#include "http/api.h"
#include "http/message.h"
#include "kb/load.h"

namespace {

// The Api over a store in a temporary file, removed at exit. The creation
// limit (20 at once) keeps the fuzzer from spending its time in fsync.
struct Server {
  std::string path = "/tmp/stackwise-fuzz-" + std::to_string(getpid()) + ".db";
  std::unique_ptr<store::AssessmentStore> store;
  std::unique_ptr<store::GroupStore> groups;
  std::unique_ptr<http::Api> api;

  Server() {
    store = std::move(*store::AssessmentStore::Open(path));
    groups = std::move(*store::GroupStore::Open(path));
    api = std::make_unique<http::Api>(kb::DefaultKnowledgeBase(), *store,
                                      *groups, base::SystemClock());
  }
  ~Server() {
    api.reset();
    groups.reset();
    store.reset();
    for (const char* suffix : {"", "-wal", "-shm"})
      unlink((path + suffix).c_str());
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Server server;
  namespace beast_http = boost::beast::http;
  beast_http::request_parser<beast_http::string_body> parser;
  parser.header_limit(8 * 1024);
  parser.body_limit(64 * 1024);
  parser.eager(true);
  boost::beast::error_code ec;
  size_t used = parser.put(boost::asio::buffer(data, size), ec);
  if (!ec && !parser.is_done() && used < size) {
    parser.put(boost::asio::buffer(data + used, size - used), ec);
  }
  if (ec || !parser.is_done()) return 0;
  const http::Request& request = parser.get();
  if (!http::CheckTransferEncoding(request)) return 0;
  http::Response response = server.api->Handle(request, "127.0.0.1");
  http::FinishResponse(response, request.version(), request.keep_alive());
  return 0;
}
