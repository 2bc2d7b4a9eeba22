// HttpClient over the libcurl easy interface; TLS verification is always on.
#include "sync/client/httpclient.h"

#include <algorithm>
#include <cctype>
#include <curl/curl.h>

namespace checkin::sync {

namespace {

struct Sink
{
    HttpResponse *response;
    size_t limit;
    bool overflow = false;
};

size_t onBody(char *data, size_t size, size_t count, void *user)
{
    auto *sink = static_cast<Sink *>(user);
    const size_t n = size * count;
    if (sink->response->body.size() + n > sink->limit) {
        sink->overflow = true;
        return 0; // aborts the transfer
    }
    sink->response->body.append(data, n);
    return n;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *response = static_cast<HttpResponse *>(user);
    const std::string line(data, size * count);
    const auto colon = line.find(':');
    if (colon != std::string::npos) {
        std::string name = line.substr(0, colon);
        std::transform(
            name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
        std::string value = line.substr(colon + 1);
        value.erase(0, value.find_first_not_of(" \t"));
        value.erase(value.find_last_not_of(" \t\r\n") + 1);
        response->headers[name] = value;
    } else if (line.starts_with("HTTP/")) {
        response->headers.clear(); // a new response (after a redirect or 100 Continue) starts over
    }
    return size * count;
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *interrupt = static_cast<const std::atomic<bool> *>(user);
    return interrupt && interrupt->load() ? 1 : 0;
}

TransportErrorKind classify(CURLcode code)
{
    switch (code) {
    case CURLE_ABORTED_BY_CALLBACK:
        return TransportErrorKind::Interrupted;
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return TransportErrorKind::Refused;
    case CURLE_OPERATION_TIMEDOUT:
        return TransportErrorKind::Timeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
        return TransportErrorKind::Tls;
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_WRITE_ERROR:
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_BAD_CONTENT_ENCODING:
        return TransportErrorKind::Protocol;
    default:
        return TransportErrorKind::Other;
    }
}

} // namespace

HttpClient::HttpClient(HttpOptions options)
    : m_options(std::move(options))
{
    static const CURLcode globalInit = curl_global_init(CURL_GLOBAL_DEFAULT);
    (void)globalInit;
    m_curl = curl_easy_init();
}

HttpClient::~HttpClient()
{
    curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

tl::expected<HttpResponse, TransportError> HttpClient::get(const std::string &url)
{
    return send(HttpRequest{"GET", url, {}, {}, {}, {}});
}

tl::expected<HttpResponse, TransportError> HttpClient::post(
    const std::string &url, const std::string &body, const std::string &contentType)
{
    return send(HttpRequest{"POST", url, body, contentType, {}, {}});
}

tl::expected<HttpResponse, TransportError> HttpClient::send(const HttpRequest &request)
{
    auto *curl = static_cast<CURL *>(m_curl);
    curl_easy_reset(curl);
    HttpResponse response;
    Sink sink{&response, m_options.maxBodyBytes};
    const auto total = request.totalTimeout.value_or(m_options.totalTimeout);
    curl_easy_setopt(curl, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(m_options.connectTimeout.count()));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(total.count()));
    // A long-poll is silent by design until the hub has news or its wait ends: the slow-drip guard
    // must not cut it short (it did, after 10 s, and every long-poll looked like a lost hub).
    const auto lowSpeedTime = request.interruptible
        ? std::max(m_options.lowSpeedTime, std::chrono::duration_cast<std::chrono::seconds>(total))
        : m_options.lowSpeedTime;
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, m_options.lowSpeedBytesPerSecond);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, static_cast<long>(lowSpeedTime.count()));
    // Verification stays on whatever the configuration says; a pin or CA file only narrows trust.
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!m_options.caFile.empty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, m_options.caFile.c_str());
    if (!m_options.pinnedPublicKey.empty())
        curl_easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, m_options.pinnedPublicKey.c_str());
    if (!m_options.proxy.empty())
        curl_easy_setopt(curl, CURLOPT_PROXY, m_options.proxy.c_str());
    if (!m_options.clientCert.empty()) {
        curl_easy_setopt(curl, CURLOPT_SSLCERT, m_options.clientCert.c_str());
        curl_easy_setopt(curl, CURLOPT_SSLKEY, m_options.clientKey.c_str());
    }
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, m_options.acceptEncoding.c_str());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response);
    if (m_options.interrupt && request.interruptible) {
        curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
        curl_easy_setopt(curl, CURLOPT_XFERINFODATA, m_options.interrupt);
    }
    curl_slist *headers = nullptr;
    std::string auth;
    if (!m_options.bearerToken.empty()) {
        auth = "Authorization: Bearer " + m_options.bearerToken;
        headers = curl_slist_append(headers, auth.c_str());
    }
    std::vector<std::string> lines;
    lines.reserve(request.headers.size() + 1);
    for (const auto &[name, value] : request.headers)
        headers = curl_slist_append(headers, lines.emplace_back(name + ": " + value).c_str());
    if (request.method != "GET") {
        headers
            = curl_slist_append(headers, lines.emplace_back("Content-Type: " + request.contentType).c_str());
        headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip for big batches
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
        if (request.method != "POST")
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.c_str());
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    const CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    if (sink.overflow)
        return tl::unexpected(TransportError{TransportErrorKind::Protocol, "response larger than the limit"});
    if (rc != CURLE_OK)
        return tl::unexpected(TransportError{classify(rc), curl_easy_strerror(rc)});
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    curl_off_t downloaded = 0;
    curl_easy_getinfo(curl, CURLINFO_SIZE_DOWNLOAD_T, &downloaded);
    response.bytesOnWire = downloaded;
    return response;
}

} // namespace checkin::sync
