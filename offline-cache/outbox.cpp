// Outbox: an ordered queue table; see the invariants in outbox.h.
#include "offline-cache/outbox.h"

#include "offline-cache/database.h"

namespace checkin::cache {

Outbox::Outbox(Database &db)
    : m_db(db)
{ }

Result<void> Outbox::enqueue(const OutboxItem &item)
{
    if (item.id.empty())
        return tl::unexpected(Error{ErrorKind::Invalid, "an outbox item needs an id (its idempotency key)"});
    return m_db.transaction([&]() -> Result<void> {
        auto stmt
            = m_db.cached("INSERT INTO outbox (id, kind, payload, attempts, next_attempt_ms, created_ms) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        if (!stmt)
            return tl::unexpected(stmt.error());
        (*stmt)->bind(1, item.id).bind(2, static_cast<int64_t>(item.kind)).bind(3, item.payload);
        (*stmt)->bind(4, int64_t{item.attempts}).bind(5, item.nextAttemptMs).bind(6, item.createdMs);
        return (*stmt)->run();
    });
}

Result<std::vector<OutboxItem>> Outbox::batch(size_t limit, int64_t nowMs)
{
    auto stmt = m_db.cached(
        "SELECT id, kind, payload, attempts, next_attempt_ms, created_ms FROM outbox ORDER BY seq LIMIT ?1");
    if (!stmt)
        return tl::unexpected(stmt.error());
    (*stmt)->bind(1, static_cast<int64_t>(limit));
    std::vector<OutboxItem> out;
    for (;;) {
        auto row = (*stmt)->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        OutboxItem item;
        item.id = (*stmt)->text(0);
        item.kind = static_cast<OutboxKind>((*stmt)->int64(1));
        item.payload = (*stmt)->text(2);
        item.attempts = static_cast<int>((*stmt)->int64(3));
        item.nextAttemptMs = (*stmt)->int64(4);
        item.createdMs = (*stmt)->int64(5);
        if (item.nextAttemptMs > nowMs)
            break; // invariant 2
        out.push_back(std::move(item));
    }
    (*stmt)->reset();
    return out;
}

Result<void> Outbox::markDone(std::span<const std::string> ids)
{
    return m_db.transaction([&]() -> Result<void> {
        auto kind = m_db.cached("SELECT kind FROM outbox WHERE id = ?1");
        auto del = m_db.cached("DELETE FROM outbox WHERE id = ?1");
        auto checkIn = m_db.cached("UPDATE checkins SET sync_state = 1 WHERE id = ?1");
        // The hub has the case: the kiosk keeps its number, not the person's data (privacy by design).
        auto clearing
            = m_db.cached("UPDATE clearing_cases SET status = 1, given_name = NULL, family_name = NULL, "
                          "birth_date = NULL, contact = NULL, account = NULL WHERE id = ?1");
        for (auto *r : {&kind, &del, &checkIn, &clearing})
            if (!*r)
                return tl::unexpected(r->error());
        for (const auto &id : ids) {
            (*kind)->reset();
            (*kind)->bind(1, id);
            auto row = (*kind)->step();
            if (!row)
                return tl::unexpected(row.error());
            if (!*row)
                continue;
            const auto k = static_cast<OutboxKind>((*kind)->int64(0));
            (*kind)->reset();
            Statement *mark = k == OutboxKind::CheckIn ? *checkIn
                : k == OutboxKind::ClearingCase        ? *clearing
                                                       : nullptr;
            if (mark) {
                mark->bind(1, id);
                if (auto ok = mark->run(); !ok)
                    return ok;
            }
            (*del)->bind(1, id);
            if (auto ok = (*del)->run(); !ok)
                return ok;
        }
        return {};
    });
}

Result<void> Outbox::defer(std::span<const std::string> ids, int64_t nextAttemptMs)
{
    return m_db.transaction([&]() -> Result<void> {
        auto stmt
            = m_db.cached("UPDATE outbox SET attempts = attempts + 1, next_attempt_ms = ?2 WHERE id = ?1");
        if (!stmt)
            return tl::unexpected(stmt.error());
        for (const auto &id : ids) {
            (*stmt)->bind(1, id).bind(2, nextAttemptMs);
            if (auto ok = (*stmt)->run(); !ok)
                return ok;
        }
        return {};
    });
}

Result<int64_t> Outbox::depth()
{
    return m_db.scalar("SELECT count(*) FROM outbox");
}

} // namespace checkin::cache
