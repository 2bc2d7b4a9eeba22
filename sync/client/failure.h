// The four classes of sync failure; the class alone decides whether a request is retried.
#pragma once

#include "sync/client/httptransport.h"

#include <chrono>
#include <optional>
#include <string>

namespace checkin::sync {

/// As in libpretixsync: what went wrong matters less than what to do about it. None of these ever
/// drops an outbox row: only the hub's per-item answer "invalid" does (SyncClient, invariant 1).
enum class FailureClass {
    Transient, ///< refused, 5xx, 429, garbage, truncated, oversized or malformed: retry with backoff
    Timeout, ///< connect, total or low-speed timeout: retry with backoff
    Rejected, ///< a whole-request 4xx (a wrong base URL, a proxy's size limit): retry with backoff,
              ///< and someone should look (the reason names the status and the path)
    Unauthorized, ///< 401/403 or a TLS trust failure: retry rarely until reconfigured, keep all data
};

const char *failureClassName(FailureClass c);

struct SyncFailure
{
    FailureClass kind = FailureClass::Transient;
    std::string message;
    std::optional<std::chrono::milliseconds> retryAfter; ///< from a Retry-After header
};

SyncFailure classify(const TransportError &error);
/// A non-2xx answer (304 is not a failure and never reaches this); the message is "HTTP <status>".
SyncFailure classify(const HttpResponse &response);

/// Whether the class heals by itself (the others need someone to fix a setting); all are retried.
inline bool selfHealing(FailureClass c)
{
    return c == FailureClass::Transient || c == FailureClass::Timeout;
}

} // namespace checkin::sync
