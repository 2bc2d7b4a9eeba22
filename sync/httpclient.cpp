// HttpClient over the libcurl easy interface; TLS verification is always on.
#include "sync/httpclient.h"

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
    }
    return size * count;
}

TransportErrorKind classify(CURLcode code)
{
    switch (code) {
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
    return perform(url, nullptr, {});
}

tl::expected<HttpResponse, TransportError> HttpClient::post(
    const std::string &url, const std::string &body, const std::string &contentType)
{
    return perform(url, &body, contentType);
}

tl::expected<HttpResponse, TransportError> HttpClient::perform(
    const std::string &url, const std::string *body, const std::string &contentType)
{
    auto *curl = static_cast<CURL *>(m_curl);
    curl_easy_reset(curl);
    HttpResponse response;
    Sink sink{&response, m_options.maxBodyBytes};
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(m_options.connectTimeout.count()));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(m_options.totalTimeout.count()));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, m_options.lowSpeedBytesPerSecond);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, static_cast<long>(m_options.lowSpeedTime.count()));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response);
    curl_slist *headers = nullptr;
    std::string auth;
    if (!m_options.bearerToken.empty()) {
        auth = "Authorization: Bearer " + m_options.bearerToken;
        headers = curl_slist_append(headers, auth.c_str());
    }
    std::string type;
    if (body) {
        type = "Content-Type: " + contentType;
        headers = curl_slist_append(headers, type.c_str());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body->data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body->size()));
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    const CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    if (sink.overflow)
        return tl::unexpected(TransportError{TransportErrorKind::Protocol, "response larger than the limit"});
    if (rc != CURLE_OK)
        return tl::unexpected(TransportError{classify(rc), curl_easy_strerror(rc)});
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    return response;
}

} // namespace checkin::sync
