// One client connection: reads requests, answers them through the Api,
// applies the limits and timeouts of ServerOptions (server.h).
//
// A session lives on one io_context thread for its whole life; its
// registry is that thread's, so registering takes no lock.
#pragma once

#include <atomic>
#include <unordered_set>
#include <utility>  // before Asio: GCC 12 + Boost 1.74 coroutines

#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core/tcp_stream.hpp>

#include "http/api.h"
#include "http/server.h"

namespace http {

struct SessionContext {
  const Api& api;
  const ServerOptions& options;
  const std::atomic<bool>& stopping;  // set once, on SIGINT/SIGTERM
  // Requests that reach the store (/api/v1/assessments...,
  // /api/v1/groups...) are handled here: a commit waits for fsync, and it
  // must not stall every other connection of the session's thread
  // meanwhile.
  boost::asio::thread_pool::executor_type store_work;
};

// What a connection may ask for. Past ServerOptions::max_connections the
// server still admits a few (the reserve, server.h) to answer one request:
// /healthz as usual, anything else 503 with Retry-After; then it closes.
enum class Admission { kFull, kHealthOnly };

// The open sessions of one thread, so shutdown can close the idle ones.
class SessionRegistry {
 public:
  struct Entry {
    boost::beast::tcp_stream* stream;
    bool idle = true;  // waiting for the first byte of a request
  };
  void Add(Entry* entry) { entries_.insert(entry); }
  void Remove(Entry* entry) { entries_.erase(entry); }
  // Cancels the reads of idle sessions, which then close. Sessions in the
  // middle of a request finish it first.
  void CloseIdle();

 private:
  std::unordered_set<Entry*> entries_;
};

boost::asio::awaitable<void> RunSession(boost::asio::ip::tcp::socket socket,
                                        const SessionContext& context,
                                        SessionRegistry& registry,
                                        Admission admission = Admission::kFull);

}  // namespace http
