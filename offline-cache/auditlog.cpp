// AuditLog: inserts with their outbox items.
#include "offline-cache/auditlog.h"

#include "offline-cache/database.h"
#include "offline-cache/ids.h"
#include "offline-cache/outbox.h"

namespace checkin::cache {

AuditLog::AuditLog(Database &db, Outbox &outbox)
    : m_db(db)
    , m_outbox(outbox)
{ }

Result<AuditEntry> AuditLog::append(AuditEntry entry)
{
    if (entry.id.empty())
        entry.id = newTimeOrderedId(entry.atMs);
    auto done = m_db.transaction([&]() -> Result<void> {
        auto stmt = m_db.cached("INSERT INTO audit_log (id, at_ms, kiosk_id, operator_id, action, outcome, "
                                "subject) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        if (!stmt)
            return tl::unexpected(stmt.error());
        (*stmt)->bind(1, entry.id).bind(2, entry.atMs).bind(3, entry.kioskId).bind(4, entry.operatorId);
        (*stmt)->bind(5, static_cast<int64_t>(entry.action)).bind(6, static_cast<int64_t>(entry.outcome));
        (*stmt)->bind(7, entry.subject);
        if (auto ok = (*stmt)->run(); !ok)
            return ok;
        return m_outbox.enqueue({entry.id, entry, 0, 0, entry.atMs});
    });
    if (!done)
        return tl::unexpected(done.error());
    return entry;
}

Result<std::vector<AuditEntry>> AuditLog::entries(int64_t sinceMs, size_t limit)
{
    auto stmt
        = m_db.prepare("SELECT id, at_ms, kiosk_id, operator_id, action, outcome, subject FROM audit_log "
                       "WHERE at_ms >= ?1 ORDER BY seq LIMIT ?2");
    if (!stmt)
        return tl::unexpected(stmt.error());
    stmt->bind(1, sinceMs).bind(2, static_cast<int64_t>(limit));
    std::vector<AuditEntry> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        AuditEntry e;
        e.id = stmt->text(0);
        e.atMs = stmt->int64(1);
        e.kioskId = stmt->text(2);
        e.operatorId = stmt->text(3);
        e.action = static_cast<AuditAction>(stmt->int64(4));
        e.outcome = static_cast<AuditOutcome>(stmt->int64(5));
        e.subject = stmt->text(6);
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace checkin::cache
