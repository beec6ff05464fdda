#pragma once

#include "client/Error.h"

#include <utility>
#include <variant>

namespace kd {

// A value or a typed Error: what every client call returns.
template <typename T>
class [[nodiscard]] Result {
public:
    // Default-constructed means "no outcome yet": coroutine plumbing needs it.
    Result()
        : m_state(Error::cancelled()) {}
    Result(T value)
        : m_state(std::move(value)) {}
    Result(Error error)
        : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const & { return value(); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

struct Done {};
using Status = Result<Done>;

} // namespace kd
