// UUIDv7 and code digests with libsodium's random source and BLAKE2b.
#include "offline-cache/ids.h"

#include <array>
#include <cstdio>
#include <sodium.h>

namespace checkin::cache {

namespace {
void ensureSodium()
{
    static const int once = sodium_init();
    (void)once;
}
} // namespace

std::string newTimeOrderedId(int64_t unixMs)
{
    ensureSodium();
    std::array<unsigned char, 16> b{};
    randombytes_buf(b.data(), b.size());
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>((static_cast<uint64_t>(unixMs) >> (8 * (5 - i))) & 0xff);
    b[6] = static_cast<unsigned char>(0x70 | (b[6] & 0x0f));
    b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3f));
    char out[37];
    std::snprintf(out, sizeof out, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
        b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
    return out;
}

std::string codeDigest(std::string_view code)
{
    ensureSodium();
    std::array<unsigned char, 16> digest{};
    crypto_generichash(digest.data(), digest.size(), reinterpret_cast<const unsigned char *>(code.data()),
        code.size(), nullptr, 0);
    std::string hex(digest.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    hex.pop_back();
    return hex;
}

std::string contactDigest(ContactKind kind, std::string_view salt, std::string_view value)
{
    ensureSodium();
    std::string normalized;
    for (const char c : value) {
        if (kind == ContactKind::Phone) {
            if (c >= '0' && c <= '9')
                normalized += c;
        } else if (c != ' ' && c != '\t') {
            normalized += static_cast<char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
        }
    }
    std::array<unsigned char, 16> digest{};
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, digest.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(salt.data()), salt.size());
    const unsigned char separator = kind == ContactKind::Phone ? 'p' : 'e';
    crypto_generichash_update(&state, &separator, 1);
    crypto_generichash_update(
        &state, reinterpret_cast<const unsigned char *>(normalized.data()), normalized.size());
    crypto_generichash_final(&state, digest.data(), digest.size());
    std::string hex(digest.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    hex.pop_back();
    return hex;
}

} // namespace checkin::cache
