// A small blocking HTTP client over libcurl, used on the "sync" thread only.
#pragma once

#include <chrono>
#include <map>
#include <string>
#include <tl/expected.hpp>

namespace checkin::sync {

/// How a transfer failed; the class alone decides whether to retry.
enum class TransportErrorKind {
    Refused, ///< nothing listens: retry with backoff
    Timeout, ///< connect or low-speed timeout: retry with backoff
    Tls, ///< certificate or pin mismatch: do not retry until reconfigured
    Protocol, ///< garbage or truncated response: retry with backoff
    Other,
};

struct TransportError
{
    TransportErrorKind kind = TransportErrorKind::Other;
    std::string message;
};

struct HttpResponse
{
    long status = 0;
    std::string body;
    std::map<std::string, std::string> headers; ///< lower-case names
};

struct HttpOptions
{
    std::chrono::milliseconds connectTimeout{3000};
    std::chrono::milliseconds totalTimeout{30000};
    long lowSpeedBytesPerSecond = 100;
    std::chrono::seconds lowSpeedTime{10};
    size_t maxBodyBytes = 64 * 1024 * 1024;
    std::string bearerToken;
};

/// Not thread-safe; one per thread.
class HttpClient
{
public:
    explicit HttpClient(HttpOptions options = {});
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    tl::expected<HttpResponse, TransportError> get(const std::string &url);
    tl::expected<HttpResponse, TransportError> post(
        const std::string &url, const std::string &body, const std::string &contentType = "application/json");

private:
    tl::expected<HttpResponse, TransportError> perform(
        const std::string &url, const std::string *body, const std::string &contentType);
    HttpOptions m_options;
    void *m_curl = nullptr;
};

} // namespace checkin::sync
