// Base45 per RFC 9285, decoding strictly: non-canonical groups are refused, not wrapped.
#include "terminal/codes/base45.h"

#include <array>

namespace checkin::core::base45 {

namespace {
// -1 for bytes outside the alphabet; a table keeps decoding branch-free per character.
constexpr std::array<int8_t, 256> kValue = [] {
    std::array<int8_t, 256> t{};
    t.fill(-1);
    for (size_t i = 0; i < kAlphabet.size(); ++i)
        t[static_cast<unsigned char>(kAlphabet[i])] = static_cast<int8_t>(i);
    return t;
}();
} // namespace

bool isAlphabet(char c)
{
    return kValue[static_cast<unsigned char>(c)] >= 0;
}

std::string encode(std::span<const uint8_t> bytes)
{
    std::string out;
    out.reserve(encodedLength(bytes.size()));
    size_t i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        unsigned n = bytes[i] * 256U + bytes[i + 1];
        out += kAlphabet[n % 45];
        out += kAlphabet[(n / 45) % 45];
        out += kAlphabet[n / (45 * 45)];
    }
    if (i < bytes.size()) {
        const unsigned n = bytes[i];
        out += kAlphabet[n % 45];
        out += kAlphabet[n / 45];
    }
    return out;
}

std::optional<std::vector<uint8_t>> decode(std::string_view text)
{
    if (text.size() % 3 == 1)
        return std::nullopt;
    std::vector<uint8_t> out;
    out.reserve(text.size() / 3 * 2 + 1);
    size_t i = 0;
    for (; i + 2 < text.size(); i += 3) {
        const int c = kValue[static_cast<unsigned char>(text[i])];
        const int d = kValue[static_cast<unsigned char>(text[i + 1])];
        const int e = kValue[static_cast<unsigned char>(text[i + 2])];
        if (c < 0 || d < 0 || e < 0)
            return std::nullopt;
        const unsigned n = static_cast<unsigned>(c + d * 45 + e * 45 * 45);
        if (n > 0xFFFF)
            return std::nullopt;
        out.push_back(static_cast<uint8_t>(n >> 8));
        out.push_back(static_cast<uint8_t>(n & 0xFF));
    }
    if (i < text.size()) {
        const int c = kValue[static_cast<unsigned char>(text[i])];
        const int d = kValue[static_cast<unsigned char>(text[i + 1])];
        if (c < 0 || d < 0)
            return std::nullopt;
        const unsigned n = static_cast<unsigned>(c + d * 45);
        if (n > 0xFF)
            return std::nullopt;
        out.push_back(static_cast<uint8_t>(n));
    }
    return out;
}

} // namespace checkin::core::base45
