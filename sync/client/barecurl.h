// A bare libcurl transfer for benchmarks: the same request with nothing of ours around it.
#pragma once

#include <string>

namespace checkin::sync {

/// One reused curl handle, gzip accepted, bearer token; the body is counted and thrown away.
/// The baseline the benchmark sets our client against. Not thread-safe; one per thread.
class BareCurl
{
public:
    explicit BareCurl(std::string token);
    ~BareCurl();
    BareCurl(const BareCurl &) = delete;
    BareCurl &operator=(const BareCurl &) = delete;

    struct Result
    {
        bool ok = false;
        long status = 0;
        long long bytesOnWire = 0;
        long long bodyBytes = 0;
    };
    Result get(const std::string &url);
    Result post(const std::string &url, const std::string &json);

private:
    Result perform(const std::string &url, const std::string *body);
    std::string m_token;
    void *m_curl = nullptr;
};

} // namespace checkin::sync
