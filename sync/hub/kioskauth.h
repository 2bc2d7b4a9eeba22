// Kiosk and desk secrets: random tokens, kept and compared only as hashes, wrong tries throttled.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

namespace checkin::sync {

/// Shorter tokens are refused when provisioned and when presented.
inline constexpr size_t kMinTokenLength = 32;

/// A fresh token: 32 random bytes (libsodium) as 64 hex digits.
std::string newToken();
/// The token's BLAKE2b-256 hash as hex: what the store keeps and looks up.
std::string hashToken(std::string_view token);
/// Constant-time equality of two secrets (their hashes are compared with sodium_memcmp).
bool sameSecret(std::string_view a, std::string_view b);

/// Counts failed authentications per client address; thread-safe. After `maxFailures` inside one
/// window the address is refused until the window ends, whatever it presents.
class AuthThrottle
{
public:
    explicit AuthThrottle(int maxFailures = 20, int64_t windowMs = 60'000);
    /// Milliseconds until `address` may try again; 0 when it may now.
    int64_t blockedForMs(const std::string &address, int64_t nowMs);
    void failed(const std::string &address, int64_t nowMs);

private:
    struct Window
    {
        int64_t startMs = 0;
        int failures = 0;
    };
    std::mutex m_mutex;
    std::map<std::string, Window> m_windows;
    int m_maxFailures;
    int64_t m_windowMs;
};

} // namespace checkin::sync
