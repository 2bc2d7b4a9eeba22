// DeskResolutions: one row per resolved case, looked up by ticket.
#include "offline-cache/deskresolutions.h"

#include "offline-cache/database.h"

namespace checkin::cache {

DeskResolutions::DeskResolutions(Database &db)
    : m_db(db)
{ }

Result<void> DeskResolutions::save(const DeskResolution &r)
{
    auto stmt = m_db.cached("INSERT OR REPLACE INTO desk_resolutions (case_id, ticket, appointment_id, kind, "
                            "resolved_at_ms) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!stmt)
        return tl::unexpected(stmt.error());
    (*stmt)->bind(1, r.caseId).bind(2, r.ticket).bind(3, r.appointmentId);
    (*stmt)->bind(4, static_cast<int64_t>(r.kind)).bind(5, r.resolvedAtMs);
    return (*stmt)->run();
}

Result<std::optional<int64_t>> DeskResolutions::appointmentFor(std::string_view ticket)
{
    auto stmt = m_db.cached("SELECT appointment_id FROM desk_resolutions WHERE ticket = ?1 "
                            "ORDER BY resolved_at_ms DESC LIMIT 1");
    if (!stmt)
        return tl::unexpected(stmt.error());
    (*stmt)->bind(1, ticket);
    auto row = (*stmt)->step();
    if (!row)
        return tl::unexpected(row.error());
    std::optional<int64_t> out;
    if (*row)
        out = (*stmt)->int64(0);
    (*stmt)->reset();
    return out;
}

} // namespace checkin::cache
