// Result<T>: a T or an Error, for operations that fail in expected ways.
//
// The member names follow std::expected (has_value, value, error, operator*,
// operator->), so moving to C++23 is a rename. Accessing the wrong side is a
// programmer error and asserts. Result<void> carries only success or Error.
//
// Returning a failure: an Error converts to any Result<T>, so return it as
// it is, whether made by a helper of base/error.h or passed on from a call
// that failed:
//   if (!parsed) return parsed.error();
//   return base::NotFound("no assessment " + id);
#pragma once

#include <cassert>
#include <utility>
#include <variant>

#include "base/error.h"

namespace base {

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}  // NOLINT

  bool has_value() const { return state_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  T& value() & {
    assert(has_value());
    return std::get<0>(state_);
  }
  const T& value() const& {
    assert(has_value());
    return std::get<0>(state_);
  }
  T&& value() && {
    assert(has_value());
    return std::get<0>(std::move(state_));
  }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const {
    assert(!has_value());
    return std::get<1>(state_);
  }

 private:
  std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT

  bool has_value() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const {
    assert(!ok_);
    return error_;
  }

 private:
  Error error_;
  bool ok_ = true;
};

}  // namespace base
