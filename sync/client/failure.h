// The four classes of sync failure; the class alone decides whether a request is retried.
#pragma once

#include "sync/client/httptransport.h"

#include <chrono>
#include <optional>
#include <string>

namespace checkin::sync {

/// As in libpretixsync: what went wrong matters less than what to do about it.
enum class FailureClass {
    Transient, ///< refused, 5xx, 429, garbage, truncated or oversized: retry with backoff
    Timeout, ///< connect, total or low-speed timeout: retry with backoff
    Permanent, ///< the hub refused this request for good (4xx): never resend it as it is
    Unauthorized, ///< 401/403 or a TLS trust failure: stop until reconfigured, keep all data
};

const char *failureClassName(FailureClass c);

struct SyncFailure
{
    FailureClass kind = FailureClass::Transient;
    std::string message;
    std::optional<std::chrono::milliseconds> retryAfter; ///< from a Retry-After header
};

SyncFailure classify(const TransportError &error);
/// A non-2xx answer (304 is not a failure and never reaches this).
SyncFailure classify(const HttpResponse &response);

/// Whether the class allows sending the same request again later.
inline bool retryable(FailureClass c)
{
    return c == FailureClass::Transient || c == FailureClass::Timeout;
}

} // namespace checkin::sync
