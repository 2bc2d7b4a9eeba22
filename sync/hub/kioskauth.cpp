// Tokens through libsodium: randombytes for new ones, generichash to keep them, memcmp to compare.
#include "sync/hub/kioskauth.h"

#include <array>
#include <sodium.h>

namespace checkin::sync {

namespace {

std::array<unsigned char, crypto_generichash_BYTES> digest(std::string_view text)
{
    std::array<unsigned char, crypto_generichash_BYTES> out{};
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char *>(text.data()),
        text.size(), nullptr, 0);
    return out;
}

std::string hex(const unsigned char *bytes, size_t size)
{
    std::string out(size * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), bytes, size);
    out.pop_back();
    return out;
}

} // namespace

std::string newToken()
{
    if (sodium_init() < 0)
        return {};
    std::array<unsigned char, 32> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    return hex(bytes.data(), bytes.size());
}

std::string hashToken(std::string_view token)
{
    const auto d = digest(token);
    return hex(d.data(), d.size());
}

bool sameSecret(std::string_view a, std::string_view b)
{
    const auto da = digest(a);
    const auto db = digest(b);
    return sodium_memcmp(da.data(), db.data(), da.size()) == 0;
}

AuthThrottle::AuthThrottle(int maxFailures, int64_t windowMs)
    : m_maxFailures(maxFailures)
    , m_windowMs(windowMs)
{ }

int64_t AuthThrottle::blockedForMs(const std::string &address, int64_t nowMs)
{
    std::lock_guard lock(m_mutex);
    auto it = m_windows.find(address);
    if (it == m_windows.end())
        return 0;
    const int64_t ends = it->second.startMs + m_windowMs;
    if (nowMs >= ends) {
        m_windows.erase(it);
        return 0;
    }
    return it->second.failures >= m_maxFailures ? ends - nowMs : 0;
}

void AuthThrottle::failed(const std::string &address, int64_t nowMs)
{
    std::lock_guard lock(m_mutex);
    // Bounded memory under a spray from many addresses: forget windows that ended.
    if (m_windows.size() > 100'000)
        std::erase_if(m_windows, [&](const auto &w) { return nowMs >= w.second.startMs + m_windowMs; });
    auto &w = m_windows[address];
    if (w.failures == 0 || nowMs >= w.startMs + m_windowMs)
        w = Window{nowMs, 0};
    ++w.failures;
}

} // namespace checkin::sync
