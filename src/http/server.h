// Serve: the HTTP/1.1 server around an Api (Boost.Beast, C++20 coroutines).
//
// Contract:
//  - One io_context per thread (options.threads, default one per hardware
//    thread); a single acceptor hands each connection to the next context,
//    and a connection stays on its thread, so sessions share no state.
//    Requests under /api/v1/assessments and /api/v1/groups are handled on
//    two store threads: a commit waits for fsync, and that must not stall
//    the other connections of the session's thread (the stores serialise
//    themselves).
//  - Limits (each default is stated where declared): request bodies over
//    body_limit get 413, headers over 8 KiB 431; a client that takes longer
//    than header_timeout to send a request's header, or idles longer than
//    idle_timeout between requests, is disconnected.
//  - At most max_connections connections are served at once, and never
//    more than the descriptor limit (RLIMIT_NOFILE) minus kReservedDescriptors
//    allows. Past the cap, up to kOverflowConnections more are admitted for
//    one request each: /healthz is answered as usual (monitoring keeps
//    working), anything else gets 503 with Retry-After: 1; beyond those,
//    connections are closed as soon as they are accepted.
//  - SIGINT/SIGTERM: stop accepting, close idle connections, let requests
//    being served finish (answered with Connection: close), then return;
//    whatever is still running after shutdown_grace is abandoned.
//  - One access-log line per request (access_log.h); one last-resort catch
//    per request turns an escaped exception into a logged 500.
// Serve never reads files: the page is embedded (assets.h).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

#include "base/result.h"
#include "http/api.h"

namespace http {

// Descriptors kept for the database, the log and the overflow connections.
inline constexpr size_t kReservedDescriptors = 64;
inline constexpr size_t kOverflowConnections = 32;

struct ServerOptions {
  std::string host = "127.0.0.1";  // loopback: nothing exposed unless asked
  uint16_t port = 8080;            // 0: any free port (see on_listening)
  unsigned threads = 0;            // 0: one per hardware thread
  size_t body_limit = size_t{64} * 1024;  // DESIGN §7: larger bodies get 413
  // Long enough for a person on a bad mobile link, short enough that a
  // slowloris client cannot hold a connection.
  std::chrono::milliseconds header_timeout{10'000};
  // Browsers reuse a kept-alive connection within seconds; wrk at once.
  std::chrono::milliseconds idle_timeout{30'000};
  // Reading a 64 KiB body or writing a response takes far less.
  std::chrono::milliseconds transfer_timeout{30'000};
  std::chrono::milliseconds shutdown_grace{10'000};
  // Enough for every browser tab and keep-alive client of a busy day; each
  // costs a descriptor and ~10 KB. Lowered at start to fit RLIMIT_NOFILE.
  size_t max_connections = 10'000;
};

// max_connections, lowered to what `descriptor_limit` leaves after the
// reserve (at least 1).
size_t EffectiveConnectionCap(const ServerOptions& options,
                              size_t descriptor_limit);

// Binds, calls `on_listening` with the address to open
// ("http://127.0.0.1:8080/", the real port when options.port is 0), and
// serves until SIGINT or SIGTERM. Errors: binding failures (internal,
// with the system's reason).
base::Result<void> Serve(
    const ServerOptions& options, const Api& api,
    const std::function<void(const std::string&)>& on_listening);

}  // namespace http
