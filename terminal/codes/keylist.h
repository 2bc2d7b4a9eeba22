// The list of code-signing keys a kiosk trusts, itself signed by the root key pinned in its config.
#pragma once

#include "terminal/codes/signingkey.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tl/expected.hpp>
#include <vector>

namespace checkin::core {

struct KeyEntry
{
    uint16_t id = 0;
    PublicKey publicKey{};
    int64_t validFromS = 0; ///< Unix seconds; codes are honoured from here ...
    int64_t validToS = 0; ///< ... to here (exclusive)
    bool revoked = false; ///< withdrawn: its codes are refused even inside the validity window
    std::vector<std::string> centers; ///< the centers whose codes it may sign; empty = all
};

enum class KeyListErrorKind {
    Malformed, ///< not the text format, or a field out of range
    BadSignature, ///< not signed by the pinned root key
    Rollback, ///< not newer than the list the kiosk already has
};

struct KeyListError
{
    KeyListErrorKind kind = KeyListErrorKind::Malformed;
    std::string message;
};

/// A verified key list (or one being built on the signing side). Value type; any thread.
///
/// Invariants:
/// 1. A KeyList obtained from parse() was signed by the root key it was parsed with.
/// 2. accept() never replaces a list by one with a lower or equal version (no rollback).
/// 3. An expired list keeps its keys but isExpired() makes every signed code a staff decision.
class KeyList
{
public:
    KeyList() = default;
    KeyList(
        int64_t version, int64_t expiresS, std::vector<KeyEntry> keys, std::set<std::string> revokedCodes);

    /// Checks the signature with `root` before reading anything else.
    static tl::expected<KeyList, KeyListError> parse(std::string_view signedText, const PublicKey &root);
    /// The version of `signedText` when `root` signed it and it is well-formed, else why not: the
    /// check the sync client runs before it stores a downloaded list (no root: nothing verifies).
    static tl::expected<int64_t, std::string> verifiedVersion(
        std::string_view signedText, const std::optional<PublicKey> &root);
    /// The signed text (the hub's, tests' and demo's side).
    std::string sign(const SigningKey &root) const;
    /// Refuses `incoming` unless it is newer than `current` (when there is one).
    static tl::expected<KeyList, KeyListError> accept(
        const std::optional<KeyList> &current, KeyList incoming);

    int64_t version() const { return m_version; }
    int64_t expiresS() const { return m_expiresS; }
    bool isExpired(int64_t nowS) const { return nowS >= m_expiresS; }
    const KeyEntry *find(uint16_t id) const;
    bool isRevokedCode(const std::string &hash) const { return m_revokedCodes.count(hash) > 0; }
    const std::vector<KeyEntry> &keys() const { return m_keys; }

private:
    std::string body() const;
    int64_t m_version = 0;
    int64_t m_expiresS = 0;
    std::vector<KeyEntry> m_keys;
    std::set<std::string> m_revokedCodes;
};

} // namespace checkin::core
