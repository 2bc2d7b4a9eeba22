// BareCurl: the minimum libcurl needs for the same transfer.
#include "sync/client/barecurl.h"

#include <curl/curl.h>

namespace checkin::sync {

namespace {
size_t count(char *, size_t size, size_t n, void *user)
{
    *static_cast<long long *>(user) += static_cast<long long>(size * n);
    return size * n;
}
} // namespace

BareCurl::BareCurl(std::string token)
    : m_token(std::move(token))
{
    static const CURLcode globalInit = curl_global_init(CURL_GLOBAL_DEFAULT);
    (void)globalInit;
    m_curl = curl_easy_init();
}

BareCurl::~BareCurl()
{
    curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

BareCurl::Result BareCurl::get(const std::string &url)
{
    return perform(url, nullptr);
}

BareCurl::Result BareCurl::post(const std::string &url, const std::string &json)
{
    return perform(url, &json);
}

BareCurl::Result BareCurl::perform(const std::string &url, const std::string *body)
{
    auto *curl = static_cast<CURL *>(m_curl);
    curl_easy_reset(curl);
    Result r;
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "gzip");
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, count);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &r.bodyBytes);
    const std::string auth = "Authorization: Bearer " + m_token;
    curl_slist *headers = curl_slist_append(nullptr, auth.c_str());
    if (body) {
        headers = curl_slist_append(headers, "Content-Type: application/json");
        headers = curl_slist_append(headers, "Expect:");
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body->data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body->size()));
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    r.ok = curl_easy_perform(curl) == CURLE_OK;
    curl_slist_free_all(headers);
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &r.status);
    curl_off_t wire = 0;
    curl_easy_getinfo(curl, CURLINFO_SIZE_DOWNLOAD_T, &wire);
    r.bytesOnWire = wire;
    return r;
}

} // namespace checkin::sync
