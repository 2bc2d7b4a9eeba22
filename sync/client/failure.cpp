// Classification of transport errors and HTTP answers.
#include "sync/client/failure.h"

#include <charconv>

namespace checkin::sync {

const char *failureClassName(FailureClass c)
{
    switch (c) {
    case FailureClass::Transient:
        return "transient";
    case FailureClass::Timeout:
        return "timeout";
    case FailureClass::Rejected:
        return "rejected";
    case FailureClass::Unauthorized:
        return "unauthorized";
    }
    return "transient";
}

SyncFailure classify(const TransportError &error)
{
    switch (error.kind) {
    case TransportErrorKind::Timeout:
        return {FailureClass::Timeout, error.message, {}};
    case TransportErrorKind::Tls:
        // A failed certificate check will not heal by retrying; someone must fix the trust setup.
        return {FailureClass::Unauthorized, error.message, {}};
    case TransportErrorKind::Refused:
    case TransportErrorKind::Protocol:
    case TransportErrorKind::Interrupted:
    case TransportErrorKind::Other:
        break;
    }
    return {FailureClass::Transient, error.message, {}};
}

SyncFailure classify(const HttpResponse &response)
{
    SyncFailure f;
    f.message = "HTTP " + std::to_string(response.status);
    if (auto it = response.headers.find("retry-after"); it != response.headers.end()) {
        // Only the delta-seconds form; an HTTP date falls back to our own backoff.
        long seconds = 0;
        const auto &v = it->second;
        if (auto r = std::from_chars(v.data(), v.data() + v.size(), seconds);
            r.ec == std::errc{} && seconds >= 0)
            f.retryAfter = std::chrono::seconds(std::min(seconds, 3600L));
    }
    const long s = response.status;
    if (s == 401 || s == 403)
        f.kind = FailureClass::Unauthorized;
    else if (s == 408)
        f.kind = FailureClass::Timeout;
    else if (s == 429 || s >= 500 || s < 200)
        f.kind = FailureClass::Transient;
    else if (s >= 400)
        f.kind = FailureClass::Rejected;
    else
        f.kind = FailureClass::Transient; // a 2xx/3xx we did not expect (a captive portal's redirect)
    return f;
}

} // namespace checkin::sync
