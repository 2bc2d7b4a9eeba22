// A small blocking HTTP client over libcurl, used on the "sync" thread only.
#pragma once

#include "sync/client/httptransport.h"

#include <atomic>

namespace checkin::sync {

struct HttpOptions
{
    std::chrono::milliseconds connectTimeout{3000};
    std::chrono::milliseconds totalTimeout{30000}; ///< per request unless the request sets its own
    long lowSpeedBytesPerSecond = 100; ///< slower than this for lowSpeedTime aborts (a slow drip)
    std::chrono::seconds lowSpeedTime{10};
    size_t maxBodyBytes = size_t{64} * 1024 * 1024;
    std::string bearerToken;
    std::string caFile; ///< a custom CA bundle; empty: the system's
    std::string pinnedPublicKey; ///< "sha256//BASE64" or a PEM/DER file; empty: no pin
    std::string proxy; ///< e.g. "http://proxy:3128"; empty: libcurl's environment defaults
    std::string clientCert; ///< for mutual TLS (PEM), with clientKey
    std::string clientKey;
    std::string acceptEncoding = "gzip";
    /// When set and true, a running transfer ends at once with TransportErrorKind::Interrupted
    /// (the sync thread cuts a long-poll short when new check-ins wait to be pushed).
    const std::atomic<bool> *interrupt = nullptr;
};

/// Not thread-safe; one per thread. TLS verification is always on and cannot be turned off.
class HttpClient final : public HttpTransport
{
public:
    explicit HttpClient(HttpOptions options = {});
    ~HttpClient() override;
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    tl::expected<HttpResponse, TransportError> send(const HttpRequest &request) override;
    tl::expected<HttpResponse, TransportError> get(const std::string &url);
    tl::expected<HttpResponse, TransportError> post(
        const std::string &url, const std::string &body, const std::string &contentType = "application/json");

private:
    HttpOptions m_options;
    void *m_curl = nullptr;
};

} // namespace checkin::sync
