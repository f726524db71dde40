// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace spacetape {

/// What kind of failure, for callers that branch on it (the message is for the user).
enum class FailureKind {
    Other,
    SpaceCanceled,  ///< the host canceled a scheduled Space: final, not an error to retry
    RateLimited,    ///< X's rate limit is spent; Failure::retryAfterSeconds says until when
    /// The caller asked the operation to stop (e.g. AssemblyControl::stopRequested): the
    /// caller already knows, so it is neither an error to show nor one to retry.
    Canceled,
};

/// Why an operation failed, in words a user can act on: what failed, why, and
/// what to do about it when there is something to do.
struct Failure {
    QString message;
    FailureKind kind = FailureKind::Other;
    int retryAfterSeconds = 0;  ///< RateLimited: seconds until X's limit resets (0: unknown)
    /// The HTTP status X answered with, 0 when the request never got an answer (or the failure
    /// is not about one answer of X). For callers that branch on it: the message is translated.
    int httpStatus = 0;
};

/**
 * @brief A value or the Failure that prevented it (C++17 stand-in for std::expected).
 *
 * Core code returns this instead of throwing, so every caller has to look at
 * the error path, and the message travels unchanged up to the CLI or the UI.
 */
template <typename T>
class [[nodiscard]] Expected {
public:
    Expected(T value) : m_value(std::move(value)) {}              // NOLINT: implicit by design
    Expected(Failure failure) : m_failure(std::move(failure)) {}  // NOLINT

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // Checked access: reading the value of a failure is a programming error that would
    // otherwise read an empty optional; it stops the program with the failure's message.
    const T &value() const & { return checked(); }
    T &value() & { return checked(); }
    T &&value() && { return std::move(checked()); }
    const T &operator*() const & { return checked(); }
    T &operator*() & { return checked(); }
    const T *operator->() const { return &checked(); }
    T *operator->() { return &checked(); }

    /// The failure message; empty when ok().
    const QString &error() const { return m_failure.message; }
    /// The failure's kind; Other when ok().
    FailureKind errorKind() const { return m_failure.kind; }
    /// The HTTP status behind the failure (Failure::httpStatus); 0 when ok() or unknown.
    int errorHttpStatus() const { return m_failure.httpStatus; }
    /// The whole failure, to pass on unchanged.
    const Failure &failure() const { return m_failure; }

private:
    const T &checked() const {
        if (!m_value) {
            qFatal("Expected: value() of a failure: %s", qUtf8Printable(m_failure.message));
        }
        return *m_value;
    }
    T &checked() {
        if (!m_value) {
            qFatal("Expected: value() of a failure: %s", qUtf8Printable(m_failure.message));
        }
        return *m_value;
    }

    std::optional<T> m_value;
    Failure m_failure;
};

/// Expected<void>: success, or a Failure.
template <>
class [[nodiscard]] Expected<void> {
public:
    Expected() = default;
    Expected(Failure failure) : m_failed(true), m_failure(std::move(failure)) {}  // NOLINT

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_failure.message; }
    FailureKind errorKind() const { return m_failure.kind; }
    int errorHttpStatus() const { return m_failure.httpStatus; }
    const Failure &failure() const { return m_failure; }

private:
    bool m_failed = false;
    Failure m_failure;
};

inline Failure fail(QString message, FailureKind kind = FailureKind::Other) {
    return Failure{std::move(message), kind};
}

}  // namespace spacetape
