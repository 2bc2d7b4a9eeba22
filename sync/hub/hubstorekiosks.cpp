// HubStore: provisioned kiosks and their tokens' hashes, desk users and their keys' hashes, the
// kiosks' status reports, and the key list.
#include "sync/hub/hubstore.h"
#include "sync/hub/sqlengine.h"

namespace checkin::sync {

using cache::Error;
using cache::ErrorKind;
using cache::Result;

namespace {

Error invalid(std::string message)
{
    return Error{ErrorKind::Invalid, std::move(message)};
}

} // namespace

Result<KeyListUpdate> HubStore::setKeyList(const std::string &document, int64_t version)
{
    KeyListUpdate update = KeyListUpdate::Stored;
    auto done = write([&]() -> Result<void> {
        auto current = m_engine->query("SELECT document, version FROM keylist WHERE one = 1");
        if (!current)
            return tl::unexpected(current.error());
        if (!current->empty()) {
            const auto &row = current->front();
            if (version < row.int64(1) || (version == row.int64(1) && document != row.text(0))) {
                update = KeyListUpdate::Rollback;
                return {};
            }
            if (version == row.int64(1)) {
                update = KeyListUpdate::Unchanged;
                return {};
            }
        }
        auto ok = m_engine->exec(
            "INSERT INTO keylist (one, document, version) VALUES (1, ?1, ?2) "
            "ON CONFLICT (one) DO UPDATE SET document = excluded.document, version = excluded.version",
            {document, version});
        if (!ok)
            return tl::unexpected(ok.error());
        // Every kiosk fetches the key list before its delta: waking all long-polls (here and, by
        // the commit's NOTIFY, in every other hub process) brings the new list within one round.
        return touchEveryCenter();
    });
    if (!done)
        return tl::unexpected(done.error());
    return update;
}

Result<std::pair<std::string, int64_t>> HubStore::keyList()
{
    auto rows = m_engine->query("SELECT document, version FROM keylist WHERE one = 1");
    if (!rows)
        return tl::unexpected(rows.error());
    if (rows->empty())
        return std::pair<std::string, int64_t>{"", 0};
    return std::pair<std::string, int64_t>{rows->front().text(0), rows->front().int64(1)};
}

Result<void> HubStore::saveStatus(const std::string &kioskId, const std::string &document, int64_t atMs)
{
    return write([&]() -> Result<void> {
        auto ok = m_engine->exec(
            "INSERT INTO kiosk_status (kiosk_id, document, at_ms) VALUES (?1, ?2, ?3) "
            "ON CONFLICT (kiosk_id) DO UPDATE SET document = excluded.document, at_ms = excluded.at_ms",
            {kioskId, document, atMs});
        if (!ok)
            return tl::unexpected(ok.error());
        return {};
    });
}

Result<std::vector<std::pair<std::string, std::string>>> HubStore::statuses()
{
    auto rows = m_engine->query("SELECT kiosk_id, document FROM kiosk_status ORDER BY kiosk_id");
    if (!rows)
        return tl::unexpected(rows.error());
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto &r : *rows)
        out.emplace_back(r.text(0), r.text(1));
    return out;
}

Result<void> HubStore::addKiosk(const ProvisionedKiosk &kiosk, const std::string &tokenHash)
{
    return write([&]() -> Result<void> {
        auto existing
            = m_engine->query("SELECT revoked_at_ms FROM kiosks WHERE kiosk_id = ?1", {kiosk.kioskId});
        if (!existing)
            return tl::unexpected(existing.error());
        if (!existing->empty() && existing->front().isNull(0))
            return tl::unexpected(
                invalid("kiosk " + kiosk.kioskId + " already has a token: revoke it first"));
        auto ok = m_engine->exec(
            "INSERT INTO kiosks (kiosk_id, center_id, token_hash, created_at_ms, revoked_at_ms) "
            "VALUES (?1, ?2, ?3, ?4, NULL) ON CONFLICT (kiosk_id) DO UPDATE SET center_id = "
            "excluded.center_id, "
            "token_hash = excluded.token_hash, created_at_ms = excluded.created_at_ms, revoked_at_ms = NULL",
            {kiosk.kioskId, kiosk.centerId, tokenHash, kiosk.createdAtMs});
        if (!ok)
            return tl::unexpected(ok.error());
        return {};
    });
}

Result<bool> HubStore::revokeKiosk(const std::string &kioskId, int64_t atMs)
{
    int64_t changed = 0;
    auto done = write([&]() -> Result<void> {
        auto ok = m_engine->exec(
            "UPDATE kiosks SET revoked_at_ms = ?2 WHERE kiosk_id = ?1 AND revoked_at_ms IS NULL",
            {kioskId, atMs});
        if (!ok)
            return tl::unexpected(ok.error());
        changed = *ok > 0;
        return {};
    });
    if (!done)
        return tl::unexpected(done.error());
    return changed > 0;
}

Result<std::vector<ProvisionedKiosk>> HubStore::kiosks()
{
    auto rows = m_engine->query(
        "SELECT kiosk_id, center_id, created_at_ms, revoked_at_ms FROM kiosks ORDER BY center_id, kiosk_id");
    if (!rows)
        return tl::unexpected(rows.error());
    std::vector<ProvisionedKiosk> out;
    for (const auto &r : *rows)
        out.push_back({r.text(0), r.text(1), r.int64(2),
            r.isNull(3) ? std::optional<int64_t>() : std::optional<int64_t>(r.int64(3))});
    return out;
}

Result<std::optional<KioskIdentity>> HubStore::kioskForTokenHash(const std::string &tokenHash)
{
    auto rows = m_engine->query(
        "SELECT kiosk_id, center_id, token_hash FROM kiosks WHERE token_hash = ?1 AND revoked_at_ms IS NULL",
        {tokenHash});
    if (!rows)
        return tl::unexpected(rows.error());
    if (rows->empty())
        return std::optional<KioskIdentity>();
    return std::optional<KioskIdentity>(KioskIdentity{rows->front().text(0), rows->front().text(1)});
}

Result<void> HubStore::addDeskUser(const std::string &name, const std::string &keyHash, int64_t atMs)
{
    return write([&]() -> Result<void> {
        auto existing = m_engine->query("SELECT revoked_at_ms FROM desk_users WHERE name = ?1", {name});
        if (!existing)
            return tl::unexpected(existing.error());
        if (!existing->empty() && existing->front().isNull(0))
            return tl::unexpected(
                invalid("desk user " + name + " already has an access key: revoke it first"));
        auto ok = m_engine->exec(
            "INSERT INTO desk_users (name, key_hash, created_at_ms, revoked_at_ms) "
            "VALUES (?1, ?2, ?3, NULL) ON CONFLICT (name) DO UPDATE SET key_hash = "
            "excluded.key_hash, created_at_ms = excluded.created_at_ms, revoked_at_ms = NULL",
            {name, keyHash, atMs});
        if (!ok)
            return tl::unexpected(ok.error());
        return {};
    });
}

Result<bool> HubStore::revokeDeskUser(const std::string &name, int64_t atMs)
{
    bool changed = false;
    auto done = write([&]() -> Result<void> {
        auto ok = m_engine->exec(
            "UPDATE desk_users SET revoked_at_ms = ?2 WHERE name = ?1 AND revoked_at_ms IS NULL",
            {name, atMs});
        if (!ok)
            return tl::unexpected(ok.error());
        changed = *ok > 0;
        return {};
    });
    if (!done)
        return tl::unexpected(done.error());
    return changed;
}

Result<std::vector<std::pair<std::string, bool>>> HubStore::deskUsers()
{
    auto rows = m_engine->query("SELECT name, revoked_at_ms FROM desk_users ORDER BY name");
    if (!rows)
        return tl::unexpected(rows.error());
    std::vector<std::pair<std::string, bool>> out;
    for (const auto &r : *rows)
        out.emplace_back(r.text(0), r.isNull(1));
    return out;
}

Result<std::optional<std::string>> HubStore::deskUserKeyHash(const std::string &name)
{
    auto rows = m_engine->query(
        "SELECT key_hash FROM desk_users WHERE name = ?1 AND revoked_at_ms IS NULL", {name});
    if (!rows)
        return tl::unexpected(rows.error());
    if (rows->empty())
        return std::optional<std::string>();
    return std::optional<std::string>(rows->front().text(0));
}

} // namespace checkin::sync
