// The signed booking code "CK1:": layout, shape check, strict decoding, signing and verification.
// The spec is docs/booking-code.md; this file and that one change together.
#pragma once

#include "terminal/codes/signingkey.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <tl/expected.hpp>
#include <vector>

namespace checkin::core {

/// What a booking code asserts, readable only after its signature was verified.
struct BookingClaims
{
    uint16_t keyId = 0;
    int64_t appointmentId = 0; ///< 1 .. 2^48-1
    std::string centerId; ///< 1..8 of [A-Z0-9]
    std::string day; ///< "YYYY-MM-DD", 2020-01-01 .. 2199-12-31
    int slotStart = 0; ///< minute of day, 0..1439
    int slotEnd = 0; ///< slotStart+1 .. slotStart+255, at most 1440
};

enum class CodeErrorKind {
    Shape, ///< wrong prefix, length or alphabet: not looked at further
    Encoding, ///< base45 not canonical
    Layout, ///< decoded bytes do not have the layout (length, center field)
    BadSignature, ///< the signature does not verify with the named key
    Content, ///< signed, but a field is out of range (a signing-side bug, still refused)
};

struct CodeError
{
    CodeErrorKind kind = CodeErrorKind::Shape;
    std::string message;
};

/// A code split into its parts, nothing interpreted yet but the key id that selects the key.
struct SignedCode
{
    uint16_t keyId = 0;
    std::vector<uint8_t> signedBytes; ///< "CK1:" followed by the payload bytes: what the signature covers
    Signature signature{};
};

namespace bookingcode {

inline constexpr std::string_view kPrefix = "CK1:";
inline constexpr size_t kMinLength = 123; ///< a one-character center id
inline constexpr size_t kMaxLength = 133; ///< an eight-character center id

/// Prefix, length and alphabet only (no decoding): the first gate.
bool hasShape(std::string_view text);
/// True when the text starts with the prefix (a code of ours, maybe damaged).
bool hasPrefix(std::string_view text);
/// Shape check, strict base45 decoding and layout check. Reads the key id, nothing else.
tl::expected<SignedCode, CodeError> unpack(std::string_view text);
/// Verifies the signature, then reads and range-checks the fields.
tl::expected<BookingClaims, CodeError> open(const SignedCode &code, const PublicKey &key);
/// Signs claims into the printed text (the hub's, tests' and demo's side).
tl::expected<std::string, CodeError> issue(const BookingClaims &claims, const SigningKey &key);
/// The revocation hash of a code: lowercase hex of BLAKE2b-128 over its signed bytes.
std::string revocationHash(const SignedCode &code);

} // namespace bookingcode

} // namespace checkin::core
