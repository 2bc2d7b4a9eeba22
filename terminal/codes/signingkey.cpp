// SigningKey: thin wrappers over libsodium's crypto_sign_* (Ed25519).
#include "terminal/codes/signingkey.h"

#include <sodium.h>

namespace checkin::core {

namespace {
void ensureSodium()
{
    // sodium_init is idempotent and thread-safe; it must run before randombytes and crypto_sign.
    static const int once = sodium_init();
    (void)once;
}
} // namespace

SigningKey SigningKey::generate()
{
    ensureSodium();
    std::array<uint8_t, 32> seed{};
    randombytes_buf(seed.data(), seed.size());
    SigningKey k = fromSeed(seed);
    sodium_memzero(seed.data(), seed.size());
    return k;
}

SigningKey SigningKey::fromSeed(std::span<const uint8_t, 32> seed)
{
    ensureSodium();
    SigningKey k;
    std::copy(seed.begin(), seed.end(), k.m_seed.begin());
    crypto_sign_seed_keypair(k.m_public.data(), k.m_secret.data(), k.m_seed.data());
    return k;
}

SigningKey SigningKey::fromPassphrase(std::string_view text)
{
    ensureSodium();
    std::array<uint8_t, 32> seed{};
    crypto_generichash(seed.data(), seed.size(), reinterpret_cast<const unsigned char *>(text.data()),
        text.size(), nullptr, 0);
    return fromSeed(seed);
}

std::optional<SigningKey> SigningKey::fromSeedHex(std::string_view hex)
{
    auto seed = fromHex<32>(hex);
    if (!seed)
        return std::nullopt;
    return fromSeed(*seed);
}

std::string SigningKey::seedHex() const
{
    return toHex(m_seed);
}

Signature SigningKey::sign(std::span<const uint8_t> message) const
{
    ensureSodium();
    Signature sig{};
    crypto_sign_detached(sig.data(), nullptr, message.data(), message.size(), m_secret.data());
    return sig;
}

bool verifySignature(std::span<const uint8_t> message, const Signature &signature, const PublicKey &key)
{
    ensureSodium();
    return crypto_sign_verify_detached(signature.data(), message.data(), message.size(), key.data()) == 0;
}

std::string toHex(std::span<const uint8_t> bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (const uint8_t b : bytes) {
        out += kDigits[b >> 4];
        out += kDigits[b & 0xF];
    }
    return out;
}

template <size_t N> std::optional<std::array<uint8_t, N>> fromHex(std::string_view hex)
{
    if (hex.size() != 2 * N)
        return std::nullopt;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    std::array<uint8_t, N> out{};
    for (size_t i = 0; i < N; ++i) {
        const int hi = nibble(hex[2 * i]), lo = nibble(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out[i] = static_cast<uint8_t>(hi * 16 + lo);
    }
    return out;
}

template std::optional<std::array<uint8_t, 32>> fromHex<32>(std::string_view);
template std::optional<std::array<uint8_t, 64>> fromHex<64>(std::string_view);
template std::optional<std::array<uint8_t, 16>> fromHex<16>(std::string_view);

} // namespace checkin::core
