#pragma once
// Error style of core: every operation that can fail for reasons outside the
// program (bad input, a file we cannot use, a broken rule) returns Result<T>.
// Core never throws for those and never shows a dialog; the caller decides
// how to present Error::message (already in the user's language via tr()).
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace rr {

enum class ErrorCode {
    InvalidInput,   // the user gave something we cannot accept
    NotFound,       // a record or file that should exist does not
    Conflict,       // the action clashes with existing data or a rule
    FileUnusable,   // a file we may not or cannot open (left untouched)
    TooNew,         // written by a newer ResourceRoom
    Storage,        // SQLite reported an error
    Cancelled,      // the user stopped a long action
    Locked,         // another program has the data file open for writing
    ReadOnly,       // the data file was opened read-only
    FileChanged,    // the data file was replaced or deleted while open; nothing more is written
    DamagedLog,     // the write-ahead log is damaged; the originals were kept aside
    Forbidden,      // the signed-in account's roles do not allow it (security/Policy.h)
};

struct Error {
    ErrorCode code = ErrorCode::InvalidInput;
    QString message;
    QString detail;   // for support: e.g. SQLite's code and text; never shown as the message
    bool operator==(const Error &) const = default;
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message)
{
    Error error;
    error.code = code;
    error.message = std::move(message);
    return error;
}

} // namespace rr
