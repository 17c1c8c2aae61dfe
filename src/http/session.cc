#include "http/session.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <chrono>
#include <exception>

#include "http/access_log.h"
#include "http/message.h"

namespace http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
using Clock = std::chrono::steady_clock;

constexpr size_t kHeaderLimit = size_t{8} * 1024;    // beast's default, stated
constexpr size_t kDrainLimit = size_t{1024} * 1024;  // bytes read after a 413
constexpr auto kDrainTime = std::chrono::seconds(1);
constexpr size_t kReadChunk = 4096;
// A connection over capacity gets this long to send its one request.
constexpr auto kHealthOnlyTimeout = std::chrono::seconds(2);

auto Redirect(boost::system::error_code& ec) {
  return asio::redirect_error(asio::use_awaitable, ec);
}

// Removes the entry from its registry however the session ends.
class Registration {
 public:
  Registration(SessionRegistry& registry, SessionRegistry::Entry& entry)
      : registry_(registry), entry_(entry) {
    registry_.Add(&entry_);
  }
  ~Registration() { registry_.Remove(&entry_); }
  Registration(const Registration&) = delete;
  Registration& operator=(const Registration&) = delete;

 private:
  SessionRegistry& registry_;
  SessionRegistry::Entry& entry_;
};

// Why reading a request failed, as the answer it deserves (or none).
std::optional<Response> AnswerForReadError(const boost::system::error_code& ec,
                                           size_t body_limit) {
  if (ec == beast_http::error::body_limit) {
    return ErrorResponse(
        base::PayloadTooLarge("the request body is larger than " +
                              std::to_string(body_limit / 1024) + " KiB"));
  }
  if (ec == beast_http::error::header_limit) {
    return ErrorResponse(Status::request_header_fields_too_large,
                         "payload_too_large",
                         "the request header is larger than 8 KiB");
  }
  if (ec.category() ==
          beast_http::make_error_code(beast_http::error::bad_target)
              .category() &&
      ec != beast_http::error::end_of_stream &&
      ec != beast_http::error::partial_message) {
    return ErrorResponse(
        base::InvalidArgument("malformed HTTP request: " + ec.message()));
  }
  return std::nullopt;  // closed, reset or timed out: nobody to answer
}

Response HandleSafely(const Api& api, const Request& request,
                      std::string_view client, Admission admission) {
  if (admission == Admission::kHealthOnly) {
    std::string_view target(request.target().data(), request.target().size());
    if (target.substr(0, target.find('?')) != "/healthz") {
      Response busy = ErrorResponse(
          Status::service_unavailable, "unavailable",
          "the server is at its connection limit; retry in a second");
      busy.set(beast_http::field::retry_after, "1");
      return busy;
    }
  }
  try {
    return api.Handle(request, client);
  } catch (const std::exception& e) {
    LogEvent("internal_error", e.what());
  } catch (...) {
    LogEvent("internal_error", "unknown exception");
  }
  std::string_view method(request.method_string().data(),
                          request.method_string().size());
  std::string_view target(request.target().data(), request.target().size());
  return ErrorResponse(base::Internal(
      "could not answer " + std::string(method) + " " +
      std::string(target.substr(0, target.find('?'))) +
      ": an unexpected failure (the server log has the details)"));
}

// Reads and discards what the client is still sending after an early
// answer, so closing does not reset the connection before it reads it.
asio::awaitable<void> Drain(beast::tcp_stream& stream) {
  boost::system::error_code ec;
  stream.socket().shutdown(asio::ip::tcp::socket::shutdown_send, ec);
  stream.expires_after(kDrainTime);
  char scratch[kReadChunk];
  size_t total = 0;
  while (!ec && total < kDrainLimit) {
    total +=
        co_await stream.async_read_some(asio::buffer(scratch), Redirect(ec));
  }
}

}  // namespace

void SessionRegistry::CloseIdle() {
  for (Entry* entry : entries_) {
    if (entry->idle) entry->stream->cancel();
  }
}

namespace {

bool TouchesTheStore(const Request& request) {
  constexpr std::string_view kAssessments = "/api/v1/assessments";
  constexpr std::string_view kGroups = "/api/v1/groups";
  std::string_view target(request.target().data(), request.target().size());
  return target.substr(0, kAssessments.size()) == kAssessments ||
         target.substr(0, kGroups.size()) == kGroups;
}

// The answer, computed on the store's threads when it needs the store.
asio::awaitable<Response> Answer(const SessionContext& context,
                                 const Request& request,
                                 std::string_view client, Admission admission) {
  if (admission != Admission::kFull || !TouchesTheStore(request)) {
    co_return HandleSafely(context.api, request, client, admission);
  }
  co_return co_await asio::co_spawn(
      context.store_work,
      [&]() -> asio::awaitable<Response> {
        co_return HandleSafely(context.api, request, client, admission);
      },
      asio::use_awaitable);
}

// The headers of a HEAD answer: the length GET's body would have, no body.
void DropBodyForHead(const Request& request, Response& response) {
  if (request.method() != beast_http::verb::head) return;
  const size_t length = response.body().size();
  response.body().clear();
  response.content_length(length);
}

}  // namespace

asio::awaitable<void> RunSession(asio::ip::tcp::socket socket,
                                 const SessionContext& context,
                                 SessionRegistry& registry,
                                 Admission admission) {
  ServerOptions options = context.options;
  if (admission == Admission::kHealthOnly) {
    options.idle_timeout = std::min<std::chrono::milliseconds>(
        options.idle_timeout, kHealthOnlyTimeout);
    options.header_timeout = std::min<std::chrono::milliseconds>(
        options.header_timeout, kHealthOnlyTimeout);
  }
  boost::system::error_code ec;
  socket.set_option(asio::ip::tcp::no_delay(true), ec);
  const std::string client = socket.remote_endpoint(ec).address().to_string();
  beast::tcp_stream stream(std::move(socket));
  beast::flat_buffer buffer;
  SessionRegistry::Entry entry{&stream};
  Registration registration(registry, entry);

  while (!context.stopping) {
    // Idle: wait for the next request's first byte.
    if (buffer.size() == 0) {
      entry.idle = true;
      stream.expires_after(options.idle_timeout);
      size_t n = co_await stream.async_read_some(buffer.prepare(kReadChunk),
                                                 Redirect(ec));
      buffer.commit(n);
      if (ec) break;
    }
    entry.idle = false;
    Clock::time_point start = Clock::now();

    beast_http::request_parser<beast_http::string_body> parser;
    parser.header_limit(kHeaderLimit);
    parser.body_limit(options.body_limit);
    stream.expires_after(options.header_timeout);
    co_await beast_http::async_read_header(stream, buffer, parser,
                                           Redirect(ec));
    std::optional<Response> answer;
    if (!ec) {
      // RFC 9112 §6.1: a transfer coding we cannot read means we cannot
      // tell where the body ends; the connection cannot be trusted after.
      if (auto coding = CheckTransferEncoding(parser.get()); !coding) {
        answer = ErrorResponse(coding.error());
      }
    }
    if (!ec && !answer) {
      if (parser.get()[beast_http::field::expect] == "100-continue") {
        beast_http::response<beast_http::empty_body> go_on(Status::continue_,
                                                           11);
        stream.expires_after(options.transfer_timeout);
        co_await beast_http::async_write(stream, go_on, Redirect(ec));
      }
      stream.expires_after(options.transfer_timeout);
      if (!ec)
        co_await beast_http::async_read(stream, buffer, parser, Redirect(ec));
    }
    if (ec) answer = AnswerForReadError(ec, options.body_limit);
    if (ec || answer) {
      if (!answer) break;
      FinishResponse(*answer, 11, false);
      stream.expires_after(options.transfer_timeout);
      co_await beast_http::async_write(stream, *answer, Redirect(ec));
      LogAccess({"-", "-", answer->result_int(), Clock::now() - start,
                 answer->body().size()});
      if (!ec) co_await Drain(stream);
      co_return;
    }

    const Request& request = parser.get();
    Response response = co_await Answer(context, request, client, admission);
    bool keep_alive = request.keep_alive() && !context.stopping &&
                      admission == Admission::kFull;
    FinishResponse(response, request.version(), keep_alive);
    DropBodyForHead(request, response);
    stream.expires_after(options.transfer_timeout);
    co_await beast_http::async_write(stream, response, Redirect(ec));
    LogAccess(
        {std::string_view(request.method_string().data(),
                          request.method_string().size()),
         std::string_view(request.target().data(), request.target().size()),
         response.result_int(), Clock::now() - start, response.body().size()});
    if (ec || !keep_alive) break;
  }
  stream.socket().shutdown(asio::ip::tcp::socket::shutdown_send, ec);
  stream.close();
}

}  // namespace http
