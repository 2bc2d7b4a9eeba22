// Ed25519 keys (libsodium) for booking codes and key lists: the signing side and the pinned keys.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace checkin::core {

using PublicKey = std::array<uint8_t, 32>;
using Signature = std::array<uint8_t, 64>;

/// A key pair for signing. Lives wherever it is used; the secret never leaves the hub, the tests
/// and the demo.
class SigningKey
{
public:
    /// A fresh random key pair.
    static SigningKey generate();
    /// A key pair derived from a 32-byte seed (deterministic: tests and the demo).
    static SigningKey fromSeed(std::span<const uint8_t, 32> seed);
    /// A key pair derived from a text (hashed to a seed): the demo's and tests' named keys.
    static SigningKey fromPassphrase(std::string_view text);
    /// From the 64 hex characters of a seed, as `checkinctl keys generate` writes it.
    static std::optional<SigningKey> fromSeedHex(std::string_view hex);

    const PublicKey &publicKey() const { return m_public; }
    std::string seedHex() const;
    Signature sign(std::span<const uint8_t> message) const;

private:
    SigningKey() = default;
    std::array<uint8_t, 32> m_seed{};
    PublicKey m_public{};
    std::array<uint8_t, 64> m_secret{};
};

/// True when `signature` is a valid Ed25519 signature of `message` by `key`.
bool verifySignature(std::span<const uint8_t> message, const Signature &signature, const PublicKey &key);

std::string toHex(std::span<const uint8_t> bytes);
/// Exactly N bytes from 2N lowercase hex characters; nullopt for anything else (one spelling per value).
template <size_t N> std::optional<std::array<uint8_t, N>> fromHex(std::string_view hex);
extern template std::optional<std::array<uint8_t, 32>> fromHex<32>(std::string_view);
extern template std::optional<std::array<uint8_t, 64>> fromHex<64>(std::string_view);
extern template std::optional<std::array<uint8_t, 16>> fromHex<16>(std::string_view);

} // namespace checkin::core
