// SPDX-License-Identifier: MIT
#pragma once

/// Errors as values: every stage that can fail returns a Result, and only the
/// command line turns an error into a message and an exit code.

#include <cstddef>
#include <string>
#include <utility>
#include <variant>

namespace cg {

/// Where something went wrong in an input: the file as the user named it,
/// 1-based line and column (in code points), and the 0-based byte offset.
struct SourcePosition {
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;
  std::size_t byte = 0;
};

/// A failure with enough context to print one self-explaining line.
struct Error {
  std::string message;
  SourcePosition where;  ///< `where.file` empty when the error has no input position.
  bool has_position = false;

  /// "FILE:LINE:COLUMN: MESSAGE" or "FILE: MESSAGE" or just the message.
  [[nodiscard]] std::string describe() const;
};

Error make_error(std::string message);
Error make_error(std::string message, SourcePosition where);

/// Either a value or an Error; a minimal stand-in for C++23 std::expected.
template <class T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}        // NOLINT: implicit by design

  [[nodiscard]] bool ok() const noexcept { return state_.index() == 0; }
  explicit operator bool() const noexcept { return ok(); }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  const Error& error() const { return std::get<1>(state_); }

  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Error> state_;
};

/// Result of an operation that yields nothing but may fail.
class Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)), failed_(true) {}  // NOLINT: implicit by design
  [[nodiscard]] bool ok() const noexcept { return !failed_; }
  explicit operator bool() const noexcept { return ok(); }
  const Error& error() const { return error_; }

 private:
  Error error_;
  bool failed_ = false;
};

}  // namespace cg
