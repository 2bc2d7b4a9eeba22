// The signing-key list from the hub, kept as the signed blob it came in.
#pragma once

#include "offline-cache/error.h"

#include <cstdint>
#include <optional>
#include <string>

namespace checkin::cache {

class Database;

struct KeyList
{
    int64_t version = 0;
    std::string signedBlob; ///< verified by the caller before saving, re-verified after loading
};

/// Holds the one current key list, on the store's thread.
///
/// Invariant: the stored version only grows. A list at or below the stored version is refused
/// (ErrorKind::Invalid), so that a replayed old list cannot bring a revoked key back.
class KeyListStore
{
public:
    explicit KeyListStore(Database &db);

    /// Replaces the stored list atomically.
    Result<void> save(int64_t version, const std::string &signedBlob);
    Result<std::optional<KeyList>> current();

private:
    Database &m_db;
};

} // namespace checkin::cache
