#include "http/server.h"

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_set>
#include <utility>  // before Asio: GCC 12 + Boost 1.74 coroutines
#include <vector>

#include "http/access_log.h"
#include "http/session.h"

namespace http {
namespace {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

struct Worker {
  asio::io_context context{1};
  asio::executor_work_guard<asio::io_context::executor_type> guard =
      asio::make_work_guard(context);
  SessionRegistry sessions;  // touched only on this worker's thread
  std::thread thread;
};

// Connections open now, served fully and over capacity; the acceptor
// counts up, each session's end counts down (on its own thread).
struct ConnectionCounts {
  size_t cap;
  std::atomic<size_t> full{0};
  std::atomic<size_t> health_only{0};
};

class CountDown {
 public:
  explicit CountDown(std::atomic<size_t>& count) : count_(count) {}
  ~CountDown() { --count_; }
  CountDown(const CountDown&) = delete;
  CountDown& operator=(const CountDown&) = delete;

 private:
  std::atomic<size_t>& count_;
};

asio::awaitable<void> RunCounted(tcp::socket socket,
                                 const SessionContext& context,
                                 SessionRegistry& registry, Admission admission,
                                 std::atomic<size_t>& count) {
  CountDown done(count);
  co_await RunSession(std::move(socket), context, registry, admission);
}

size_t DescriptorLimit() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0 ||
      limit.rlim_cur == RLIM_INFINITY) {
    return SIZE_MAX;
  }
  return static_cast<size_t>(limit.rlim_cur);
}

asio::awaitable<void> Accept(tcp::acceptor& acceptor,
                             std::vector<std::unique_ptr<Worker>>& workers,
                             const SessionContext& session_context,
                             ConnectionCounts& counts) {
  size_t next = 0;
  for (;;) {
    Worker& worker = *workers[next];
    next = (next + 1) % workers.size();
    boost::system::error_code ec;
    tcp::socket socket = co_await acceptor.async_accept(
        worker.context, asio::redirect_error(asio::use_awaitable, ec));
    if (ec == asio::error::operation_aborted || !acceptor.is_open()) co_return;
    if (ec) {
      // Out of descriptors or similar: log, breathe, keep serving.
      LogEvent("accept_failed", ec.message());
      asio::steady_timer pause(acceptor.get_executor(),
                               std::chrono::milliseconds(50));
      co_await pause.async_wait(asio::redirect_error(asio::use_awaitable, ec));
      continue;
    }
    Admission admission = Admission::kFull;
    std::atomic<size_t>* count = &counts.full;
    if (counts.full.load() >= counts.cap) {
      if (counts.health_only.load() >= kOverflowConnections) {
        socket.close(ec);  // full and the reserve too: nothing to say
        continue;
      }
      admission = Admission::kHealthOnly;
      count = &counts.health_only;
    }
    ++*count;
    asio::co_spawn(worker.context,
                   RunCounted(std::move(socket), session_context,
                              worker.sessions, admission, *count),
                   asio::detached);
  }
}

base::Result<void> Bind(tcp::acceptor& acceptor, const ServerOptions& options) {
  boost::system::error_code ec;
  auto address = asio::ip::make_address(options.host, ec);
  if (ec) {
    return base::InvalidArgument("not an IP address: \"" + options.host + "\"",
                                 "--host");
  }
  tcp::endpoint endpoint(address, options.port);
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    return base::Internal("cannot listen on " + options.host + ":" +
                          std::to_string(options.port) + ": " + ec.message());
  }
  return {};
}

std::string AddressToOpen(const tcp::endpoint& endpoint) {
  std::string host = endpoint.address().to_string();
  if (endpoint.address().is_v6()) host = "[" + host + "]";
  return "http://" + host + ":" + std::to_string(endpoint.port()) + "/";
}

}  // namespace

size_t EffectiveConnectionCap(const ServerOptions& options,
                              size_t descriptor_limit) {
  const size_t reserve = kReservedDescriptors + kOverflowConnections;
  const size_t room =
      descriptor_limit > reserve ? descriptor_limit - reserve : 1;
  return std::max<size_t>(1, std::min(options.max_connections, room));
}

base::Result<void> Serve(
    const ServerOptions& options, const Api& api,
    const std::function<void(const std::string&)>& on_listening) {
  unsigned count = options.threads != 0
                       ? options.threads
                       : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::unique_ptr<Worker>> workers;
  for (unsigned i = 0; i < count; ++i)
    workers.push_back(std::make_unique<Worker>());

  tcp::acceptor acceptor(workers[0]->context);
  if (auto bound = Bind(acceptor, options); !bound) return bound;
  // Installed before anyone is told where to connect, so that a signal
  // sent right after start-up already stops the server gracefully.
  asio::io_context signals_context{1};
  asio::signal_set signals(signals_context, SIGINT, SIGTERM);
  signals.async_wait([](const boost::system::error_code&, int) {});
  on_listening(AddressToOpen(acceptor.local_endpoint()));

  std::atomic<bool> stopping{false};
  // Two threads for the store: one commits while the other answers a read.
  asio::thread_pool store_pool(2);
  SessionContext session_context{api, options, stopping,
                                 store_pool.get_executor()};
  ConnectionCounts counts{EffectiveConnectionCap(options, DescriptorLimit())};
  if (counts.cap < options.max_connections) {
    LogEvent("connection_cap", "lowered to " + std::to_string(counts.cap) +
                                   " to fit the descriptor limit");
  }
  asio::co_spawn(workers[0]->context,
                 Accept(acceptor, workers, session_context, counts),
                 asio::detached);

  std::mutex mutex;
  std::condition_variable finished;
  unsigned running = count;
  for (auto& worker : workers) {
    worker->thread = std::thread([&, w = worker.get()] {
      w->context.run();
      std::lock_guard lock(mutex);
      --running;
      finished.notify_all();
    });
  }

  // This thread waits for the signal that ends the server.
  signals_context.run();
  LogEvent("stopping", "finishing requests in flight");

  stopping = true;
  asio::post(workers[0]->context, [&acceptor] {
    boost::system::error_code ignored;
    acceptor.close(ignored);
  });
  for (auto& worker : workers) {
    asio::post(worker->context,
               [w = worker.get()] { w->sessions.CloseIdle(); });
    worker->guard.reset();
  }
  {
    std::unique_lock lock(mutex);
    if (!finished.wait_for(lock, options.shutdown_grace,
                           [&] { return running == 0; })) {
      LogEvent("stopping", "grace period over; abandoning open connections");
      for (auto& worker : workers) worker->context.stop();
    }
  }
  for (auto& worker : workers) worker->thread.join();
  store_pool.join();
  LogEvent("stopped", "");
  return {};
}

}  // namespace http
