// Booking code format, version 1. Byte layout after base45 decoding (big-endian):
//   0  u16 key id          2  u48 appointment id   8  u16 day (days since 2020-01-01)
//  10  u16 slot start      12 u8 slot length       13 u8 center length n (1..8)
//  14  n bytes center id   14+n  64 bytes Ed25519 signature over "CK1:" || bytes[0, 14+n)
#include "terminal/codes/bookingcode.h"

#include "terminal/codes/base45.h"

#include <chrono>
#include <sodium.h>

namespace checkin::core::bookingcode {

namespace {

constexpr size_t kFixed = 14;
constexpr size_t kMaxCenter = 8;
constexpr size_t kSignatureSize = 64;

using Fail = tl::unexpected<CodeError>;

constexpr std::chrono::sys_days kEpoch = std::chrono::year{2020} / 1 / 1;

bool isCenterChar(uint8_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

uint64_t readBig(const uint8_t *p, int n)
{
    uint64_t v = 0;
    for (int i = 0; i < n; ++i)
        v = (v << 8) | p[i];
    return v;
}

void writeBig(std::vector<uint8_t> &out, uint64_t v, int n)
{
    for (int i = n - 1; i >= 0; --i)
        out.push_back(static_cast<uint8_t>((v >> (8 * i)) & 0xFF));
}

std::optional<int> daysSinceEpoch(const std::string &day)
{
    int y = 0;
    unsigned m = 0, d = 0;
    if (day.size() != 10 || std::sscanf(day.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3)
        return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    if (!ymd.ok())
        return std::nullopt;
    const int n = static_cast<int>((std::chrono::sys_days(ymd) - kEpoch).count());
    if (n < 0 || n > 0xFFFF)
        return std::nullopt;
    return n;
}

std::string dayText(int days)
{
    const std::chrono::year_month_day ymd{kEpoch + std::chrono::days(days)};
    char out[16];
    std::snprintf(out, sizeof out, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
        static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return out;
}

constexpr int kLastDay = 65379; // 2198-12-31: keeps every day a 4-digit year

} // namespace

bool hasPrefix(std::string_view text)
{
    return text.substr(0, kPrefix.size()) == kPrefix;
}

bool hasShape(std::string_view text)
{
    if (text.size() < kMinLength || text.size() > kMaxLength || !hasPrefix(text))
        return false;
    const std::string_view body = text.substr(kPrefix.size());
    if (body.size() % 3 == 1)
        return false;
    for (const char c : body)
        if (!base45::isAlphabet(c))
            return false;
    return true;
}

tl::expected<SignedCode, CodeError> unpack(std::string_view text)
{
    if (!hasShape(text))
        return Fail(
            CodeError{CodeErrorKind::Shape, "not the shape of a CK1 code (prefix, length, alphabet)"});
    auto bytes = base45::decode(text.substr(kPrefix.size()));
    if (!bytes)
        return Fail(CodeError{CodeErrorKind::Encoding, "base45 is not canonical"});
    if (bytes->size() < kFixed + 1 + kSignatureSize)
        return Fail(CodeError{CodeErrorKind::Layout, "too short"});
    const size_t centerLength = (*bytes)[13];
    if (centerLength < 1 || centerLength > kMaxCenter
        || bytes->size() != kFixed + centerLength + kSignatureSize)
        return Fail(CodeError{CodeErrorKind::Layout, "length does not match the center field"});
    SignedCode code;
    code.keyId = static_cast<uint16_t>(readBig(bytes->data(), 2));
    const size_t payload = kFixed + centerLength;
    code.signedBytes.assign(kPrefix.begin(), kPrefix.end());
    code.signedBytes.insert(code.signedBytes.end(), bytes->begin(), bytes->begin() + payload);
    std::copy(bytes->begin() + payload, bytes->end(), code.signature.begin());
    return code;
}

tl::expected<BookingClaims, CodeError> open(const SignedCode &code, const PublicKey &key)
{
    // Invariant: no field but the key id is read before this check passes.
    if (!verifySignature(code.signedBytes, code.signature, key))
        return Fail(CodeError{CodeErrorKind::BadSignature, "signature does not verify"});
    const uint8_t *p = code.signedBytes.data() + kPrefix.size();
    const size_t centerLength = p[13];
    if (code.signedBytes.size() != kPrefix.size() + kFixed + centerLength)
        return Fail(CodeError{CodeErrorKind::Layout, "signed length does not match the center field"});
    BookingClaims c;
    c.keyId = static_cast<uint16_t>(readBig(p, 2));
    c.appointmentId = static_cast<int64_t>(readBig(p + 2, 6));
    const int days = static_cast<int>(readBig(p + 8, 2));
    c.slotStart = static_cast<int>(readBig(p + 10, 2));
    c.slotEnd = c.slotStart + p[12];
    for (size_t i = 0; i < centerLength; ++i) {
        if (!isCenterChar(p[kFixed + i]))
            return Fail(CodeError{CodeErrorKind::Content, "center id has a character outside A-Z0-9"});
        c.centerId += static_cast<char>(p[kFixed + i]);
    }
    if (c.appointmentId < 1 || days > kLastDay || c.slotStart > 1439 || p[12] == 0 || c.slotEnd > 1440)
        return Fail(CodeError{CodeErrorKind::Content, "a field is out of range"});
    c.day = dayText(days);
    return c;
}

tl::expected<std::string, CodeError> issue(const BookingClaims &claims, const SigningKey &key)
{
    const auto days = daysSinceEpoch(claims.day);
    const int length = claims.slotEnd - claims.slotStart;
    bool centerOk = !claims.centerId.empty() && claims.centerId.size() <= kMaxCenter;
    for (const char ch : claims.centerId)
        centerOk = centerOk && isCenterChar(static_cast<uint8_t>(ch));
    if (!days || *days > kLastDay || !centerOk || claims.appointmentId < 1
        || claims.appointmentId >= (int64_t{1} << 48) || claims.slotStart < 0 || claims.slotStart > 1439
        || length < 1 || length > 255 || claims.slotEnd > 1440)
        return Fail(CodeError{CodeErrorKind::Content, "claims out of range for a CK1 code"});
    std::vector<uint8_t> bytes(kPrefix.begin(), kPrefix.end());
    writeBig(bytes, claims.keyId, 2);
    writeBig(bytes, static_cast<uint64_t>(claims.appointmentId), 6);
    writeBig(bytes, static_cast<uint64_t>(*days), 2);
    writeBig(bytes, static_cast<uint64_t>(claims.slotStart), 2);
    writeBig(bytes, static_cast<uint64_t>(length), 1);
    writeBig(bytes, claims.centerId.size(), 1);
    bytes.insert(bytes.end(), claims.centerId.begin(), claims.centerId.end());
    const Signature sig = key.sign(bytes);
    bytes.insert(bytes.end(), sig.begin(), sig.end());
    return std::string(kPrefix) + base45::encode(std::span<const uint8_t>(bytes).subspan(kPrefix.size()));
}

std::string revocationHash(const SignedCode &code)
{
    std::array<uint8_t, 16> digest{};
    crypto_generichash(
        digest.data(), digest.size(), code.signedBytes.data(), code.signedBytes.size(), nullptr, 0);
    return toHex(digest);
}

} // namespace checkin::core::bookingcode
