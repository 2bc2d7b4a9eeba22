// The HTTP seam of the sync client: requests, responses and classified transport failures.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace checkin::sync {

/// How a transfer failed at the transport level (before any HTTP status).
enum class TransportErrorKind {
    Refused, ///< nothing listens, or the name does not resolve
    Timeout, ///< connect, total or low-speed timeout
    Tls, ///< certificate, CA file or pin mismatch
    Protocol, ///< garbage, truncated or oversized response
    Interrupted, ///< cut short on purpose (HttpOptions::interrupt)
    Other,
};

struct TransportError
{
    TransportErrorKind kind = TransportErrorKind::Other;
    std::string message;
};

struct HttpRequest
{
    std::string method = "GET";
    std::string url;
    std::string body;
    std::string contentType = "application/json";
    std::vector<std::pair<std::string, std::string>> headers;
    std::optional<std::chrono::milliseconds> totalTimeout; ///< long-polls need more than the default
    bool interruptible = false; ///< a long-poll: may be cut short (HttpOptions::interrupt); pushes never
};

struct HttpResponse
{
    long status = 0;
    std::string body; ///< decoded (gzip undone)
    std::map<std::string, std::string> headers; ///< lower-case names
    long long bytesOnWire = 0; ///< body bytes as received, before decoding
};

/// The injected HTTP client: HttpClient in production and tests; anything that speaks HTTP.
class HttpTransport
{
public:
    virtual ~HttpTransport() = default;
    virtual tl::expected<HttpResponse, TransportError> send(const HttpRequest &request) = 0;
};

} // namespace checkin::sync
