// KeyListStore: one row, replaced in a transaction that checks the version first.
#include "offline-cache/keyliststore.h"

#include "offline-cache/database.h"

namespace checkin::cache {

KeyListStore::KeyListStore(Database &db)
    : m_db(db)
{ }

Result<void> KeyListStore::save(int64_t version, const std::string &signedBlob)
{
    return m_db.transaction([&]() -> Result<void> {
        auto stored = current();
        if (!stored)
            return tl::unexpected(stored.error());
        if (*stored && (*stored)->version >= version)
            return tl::unexpected(Error{ErrorKind::Invalid,
                "key list version " + std::to_string(version) + " is not newer than the stored version "
                    + std::to_string((*stored)->version)});
        auto stmt
            = m_db.cached("INSERT OR REPLACE INTO key_list (singleton, version, blob) VALUES (1, ?1, ?2)");
        if (!stmt)
            return tl::unexpected(stmt.error());
        (*stmt)->bind(1, version);
        (*stmt)->bindBlob(2, std::vector<uint8_t>(signedBlob.begin(), signedBlob.end()));
        return (*stmt)->run();
    });
}

Result<std::optional<KeyList>> KeyListStore::current()
{
    auto stmt = m_db.cached("SELECT version, blob FROM key_list WHERE singleton = 1");
    if (!stmt)
        return tl::unexpected(stmt.error());
    auto row = (*stmt)->step();
    if (!row)
        return tl::unexpected(row.error());
    std::optional<KeyList> out;
    if (*row) {
        const auto blob = (*stmt)->blob(1);
        out = KeyList{(*stmt)->int64(0), std::string(blob.begin(), blob.end())};
    }
    (*stmt)->reset();
    return out;
}

} // namespace checkin::cache
