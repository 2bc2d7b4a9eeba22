// Base45 (RFC 9285): bytes as QR alphanumeric characters, 3 characters per 2 bytes.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace checkin::core::base45 {

/// The 45 characters of QR alphanumeric mode, in RFC 9285 order.
inline constexpr std::string_view kAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

bool isAlphabet(char c);
std::string encode(std::span<const uint8_t> bytes);
/// Strict: nullopt for a character outside the alphabet, a length of 3k+1, or a group whose value
/// does not fit its bytes (so every byte string has exactly one accepted encoding).
std::optional<std::vector<uint8_t>> decode(std::string_view text);
/// The encoded length of n bytes.
constexpr size_t encodedLength(size_t n)
{
    return n / 2 * 3 + (n % 2) * 2;
}

} // namespace checkin::core::base45
