// HubStore: the clearing desk's cases, their resolutions and history, and the day's figures.
#include "offline-cache/ids.h"
#include "offline-cache/ticketnumber.h"
#include "sync/hub/hubstore.h"
#include "sync/hub/sqlengine.h"

namespace checkin::sync {

using cache::Error;
using cache::ErrorKind;
using cache::Result;

Result<std::vector<ClearingCase>> HubStore::cases(bool openOnly)
{
    auto rows = m_engine->query(
        std::string(
            "SELECT id, kiosk_id, appointment_id, checkin_id, kind, note, created_at_ms, state, resolution, "
            "person, ticket, given_name, family_name, birth_date, center_id, day, contact, resolved_at_ms "
            "FROM cases")
        + (openOnly ? " WHERE state = 'open'" : "") + " ORDER BY created_at_ms, id");
    if (!rows)
        return tl::unexpected(rows.error());
    std::vector<ClearingCase> out;
    for (const auto &r : *rows) {
        ClearingCase c;
        c.id = r.text(0);
        c.kioskId = r.text(1);
        if (!r.isNull(2))
            c.appointmentId = r.int64(2);
        c.checkInId = r.text(3);
        c.kind = r.text(4);
        c.note = r.text(5);
        c.createdAtMs = r.int64(6);
        c.state = r.text(7);
        c.resolution = r.text(8);
        c.person = r.text(9);
        if (!r.isNull(10))
            c.ticket = r.text(10);
        c.givenName = r.text(11);
        c.familyName = r.text(12);
        c.birthDate = r.text(13);
        c.centerId = r.text(14);
        if (!r.isNull(15))
            c.day = r.text(15);
        c.contact = r.text(16);
        if (!r.isNull(17))
            c.resolvedAtMs = r.int64(17);
        out.push_back(std::move(c));
    }
    return out;
}

Result<std::optional<ClearingCase>> HubStore::findCase(const std::string &id)
{
    auto all = cases(false);
    if (!all)
        return tl::unexpected(all.error());
    for (auto &c : *all)
        if (c.id == id)
            return std::optional<ClearingCase>(std::move(c));
    return std::optional<ClearingCase>();
}

Result<void> HubStore::addEvent(const std::string &caseId, int64_t atMs, const std::string &actor,
    const std::string &kioskId, const std::string &action, const std::string &detail)
{
    // n numbers a case's lines in the order they were written (the history's order).
    auto ok = m_engine->exec(
        "INSERT INTO case_events (case_id, n, at_ms, actor, kiosk_id, action, detail) VALUES "
        "(?1, (SELECT count(*) FROM case_events WHERE case_id = ?1), ?2, ?3, ?4, ?5, ?6)",
        {caseId, atMs, actor, kioskId, action, detail});
    if (!ok)
        return tl::unexpected(ok.error());
    return {};
}

const char *resolutionKindName(ResolutionKind kind)
{
    switch (kind) {
    case ResolutionKind::Confirmed:
        return "confirmed";
    case ResolutionKind::WalkIn:
        return "walk-in";
    case ResolutionKind::Attached:
        break;
    }
    return "attached";
}

Result<bool> HubStore::resolveTo(const std::string &id, int64_t appointmentId, ResolutionKind kind,
    const std::string &resolution, int64_t atMs, const std::string &centerId)
{
    auto seq = nextSeq(centerId);
    if (!seq)
        return tl::unexpected(seq.error());
    auto ok = m_engine->exec(
        "UPDATE cases SET appointment_id = ?2, state = 'closed', resolution = ?3, resolution_kind = ?4, "
        "resolved_at_ms = ?5, seq = ?6 WHERE id = ?1 AND state = 'open'",
        {id, appointmentId, resolution, std::string(resolutionKindName(kind)), atMs, *seq});
    if (!ok)
        return tl::unexpected(ok.error());
    return *ok > 0;
}

Result<bool> HubStore::attachCase(const std::string &id, int64_t appointmentId, const std::string &resolution,
    int64_t atMs, const std::string &actor)
{
    bool changed = false;
    auto done = write([&]() -> Result<void> {
        auto rows
            = m_engine->query("SELECT center_id, status, booking_ref, day, slot_start FROM appointments "
                              "WHERE id = ?1",
                {appointmentId});
        if (!rows)
            return tl::unexpected(rows.error());
        if (rows->empty())
            return {};
        const std::string center = rows->front().text(0);
        const bool pending
            = rows->front().int64(1) == static_cast<int64_t>(cache::AppointmentStatus::Pending);
        auto resolved = resolveTo(id, appointmentId,
            pending ? ResolutionKind::Confirmed : ResolutionKind::Attached, resolution, atMs, center);
        if (!resolved)
            return tl::unexpected(resolved.error());
        changed = *resolved;
        if (!changed)
            return {};
        if (pending) {
            // The desk confirms the booking attempt: a new version every kiosk's delta carries.
            auto seq = nextSeq(center);
            if (!seq)
                return tl::unexpected(seq.error());
            if (auto ok = m_engine->exec(
                    "UPDATE appointments SET status = 0, version = version + 1, seq = ?2 WHERE id = ?1",
                    {appointmentId, *seq});
                !ok)
                return tl::unexpected(ok.error());
        }
        const std::string detail = rows->front().text(2) + " " + rows->front().text(3);
        if (auto noted = addEvent(id, atMs, actor, {}, pending ? "confirmed" : "attached", detail); !noted)
            return noted;
        return addEvent(id, atMs, actor, {}, "note", resolution);
    });
    if (!done)
        return tl::unexpected(done.error());
    return changed;
}

Result<WalkIn> HubStore::admitWalkIn(const std::string &id, const std::string &day, int capacity,
    const std::string &resolution, int64_t atMs, const std::string &actor)
{
    WalkIn result = WalkIn::Admitted;
    auto done = write([&]() -> Result<void> {
        auto found = m_engine->query("SELECT center_id, ticket, given_name, family_name, birth_date, state "
                                     "FROM cases WHERE id = ?1",
            {id});
        if (!found)
            return tl::unexpected(found.error());
        if (found->empty() || found->front().text(5) != "open") {
            result = WalkIn::Closed;
            return {};
        }
        const auto &c = found->front();
        const std::string center = c.text(0);
        // Only walk-ins carry a day.
        auto count
            = m_engine->query("SELECT count(*) FROM cases WHERE day = ?1 AND center_id = ?2", {day, center});
        if (!count)
            return tl::unexpected(count.error());
        if (count->front().int64(0) >= capacity) {
            result = WalkIn::NoCapacity;
            return {};
        }
        // The walk-in's own appointment: the whole day, confirmed, found at the door by the ticket
        // or by the person's name like any booking.
        auto next
            = m_engine->query("UPDATE meta SET value = value + 1 WHERE key = 'walk_in' RETURNING value");
        if (!next)
            return tl::unexpected(next.error());
        if (next->empty())
            return tl::unexpected(Error{ErrorKind::Corrupt, "the hub database has no walk-in counter"});
        const int64_t appointmentId = kWalkInIdBase + next->front().int64(0);
        auto seq = nextSeq(center);
        if (!seq)
            return tl::unexpected(seq.error());
        const std::string ref
            = c.isNull(1) ? "WALKIN-" + std::to_string(appointmentId - kWalkInIdBase) : c.text(1);
        if (auto ok = m_engine->exec("INSERT INTO appointments (id, booking_ref, code, center_id, day, "
                                     "slot_start, slot_end, status, "
                                     "given_name, family_name, birth_date, postal_code, language, version, "
                                     "seq) VALUES (?1, ?2, '', "
                                     "?3, ?4, 0, 1440, 0, ?5, ?6, ?7, '', '', 1, ?8)",
                {appointmentId, ref, center, day, c.text(2), c.text(3), c.text(4), *seq});
            !ok)
            return tl::unexpected(ok.error());
        if (auto ok = m_engine->exec("UPDATE cases SET day = ?2 WHERE id = ?1", {id, day}); !ok)
            return tl::unexpected(ok.error());
        auto resolved = resolveTo(id, appointmentId, ResolutionKind::WalkIn, resolution, atMs, center);
        if (!resolved)
            return tl::unexpected(resolved.error());
        if (auto noted = addEvent(id, atMs, actor, {}, "walk-in", day); !noted)
            return noted;
        return addEvent(id, atMs, actor, {}, "note", resolution);
    });
    if (!done)
        return tl::unexpected(done.error());
    return result;
}

Result<bool> HubStore::closeCase(
    const std::string &id, const std::string &resolution, int64_t atMs, const std::string &actor)
{
    bool changed = false;
    auto done = write([&]() -> Result<void> {
        auto ok = m_engine->exec(
            "UPDATE cases SET state = 'closed', resolution = ?2, resolution_kind = 'closed', "
            "resolved_at_ms = ?3 WHERE id = ?1 AND state = 'open'",
            {id, resolution, atMs});
        if (!ok)
            return tl::unexpected(ok.error());
        changed = *ok > 0;
        if (!changed)
            return {};
        return addEvent(id, atMs, actor, {}, "closed", resolution);
    });
    if (!done)
        return tl::unexpected(done.error());
    return changed;
}

Result<std::string> HubStore::openDeskCase(const DeskOpenedCase &d, int64_t atMs, const std::string &actor)
{
    const std::string id = cache::newTimeOrderedId(atMs);
    const std::string ticket = cache::ticketNumber(id);
    std::string person = d.givenName + " " + d.familyName + " (" + d.birthDate + ")";
    if (!d.contact.empty())
        person += ", " + d.contact;
    auto done = write([&]() -> Result<void> {
        auto taken = m_engine->query("SELECT id FROM cases WHERE ticket = ?1", {ticket});
        if (!taken)
            return tl::unexpected(taken.error());
        auto ok = m_engine->exec(
            "INSERT INTO cases (id, kiosk_id, appointment_id, checkin_id, kind, note, created_at_ms, person, "
            "ticket, given_name, family_name, birth_date, center_id, contact) VALUES (?1, '', NULL, '', "
            "'desk', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            {id, d.account, atMs, person, taken->empty() ? SqlValue(ticket) : SqlValue(), d.givenName,
                d.familyName, d.birthDate, d.centerId, d.contact});
        if (!ok)
            return tl::unexpected(ok.error());
        return addEvent(id, atMs, actor, {}, "opened", {});
    });
    if (!done)
        return tl::unexpected(done.error());
    return id;
}

Result<std::vector<CaseEvent>> HubStore::caseHistory(const std::string &id)
{
    auto rows
        = m_engine->query("SELECT at_ms, actor, kiosk_id, action, detail FROM case_events WHERE case_id = "
                          "?1 ORDER BY n",
            {id});
    if (!rows)
        return tl::unexpected(rows.error());
    std::vector<CaseEvent> out;
    for (const auto &r : *rows)
        out.push_back({r.int64(0), r.text(1), r.text(2), r.text(3), r.text(4)});
    return out;
}

Result<std::vector<std::string>> HubStore::centers()
{
    auto rows = m_engine->query("SELECT center_id FROM kiosks UNION SELECT center_id FROM appointments "
                                "UNION SELECT center_id FROM cases WHERE center_id <> '' ORDER BY 1");
    if (!rows)
        return tl::unexpected(rows.error());
    std::vector<std::string> out;
    for (const auto &r : *rows)
        out.push_back(r.text(0));
    return out;
}

Result<DayReport> HubStore::dayReport(
    const std::string &centerId, const std::string &day, int64_t startMs, int64_t endMs, int nowMinute)
{
    DayReport report;
    report.centerId = centerId;
    report.day = day;
    auto one = [&](std::string_view sql, const std::vector<SqlValue> &params) -> Result<int64_t> {
        auto rows = m_engine->query(sql, params);
        if (!rows)
            return tl::unexpected(rows.error());
        return rows->empty() ? 0 : rows->front().int64(0);
    };
    // The same reading as the kiosk's figures: an admission is an accepted admitting check-in.
    const char *admitted
        = "EXISTS (SELECT 1 FROM checkins c WHERE c.appointment_id = a.id AND c.admitted = 1 "
          "AND c.result = 'accepted')";
    const std::vector<SqlValue> cd{centerId, day, kWalkInIdBase};
    auto booked
        = one("SELECT count(*) FROM appointments a WHERE center_id = ?1 AND day = ?2 AND status = 0 AND "
              "id < ?3",
            cd);
    auto arrived
        = one(std::string("SELECT count(*) FROM appointments a WHERE center_id = ?1 AND day = ?2 AND "
                          "status = 0 AND id < ?3 AND ")
                + admitted,
            cd);
    auto noShows
        = one(std::string("SELECT count(*) FROM appointments a WHERE center_id = ?1 AND day = ?2 AND "
                          "status = 0 AND id < ?3 AND slot_end <= ?4 AND NOT ")
                + admitted,
            {centerId, day, kWalkInIdBase, int64_t{nowMinute < 0 ? 1440 : nowMinute}});
    auto walkIns = one("SELECT count(*) FROM cases WHERE center_id = ?1 AND day = ?2 AND resolution_kind = "
                       "'walk-in'",
        {centerId, day});
    auto kioskConfirmations
        = one("SELECT count(*) FROM audit u JOIN kiosks k ON k.kiosk_id = u.kiosk_id WHERE "
              "u.action = 'confirmation' AND k.center_id = ?1 AND u.at_ms >= ?2 AND u.at_ms < ?3",
            {centerId, startMs, endMs});
    auto deskConfirmations = one("SELECT count(*) FROM cases WHERE center_id = ?1 AND resolution_kind = "
                                 "'confirmed' AND resolved_at_ms >= ?2 AND resolved_at_ms < ?3",
        {centerId, startMs, endMs});
    auto opened
        = one("SELECT count(*) FROM cases WHERE center_id = ?1 AND created_at_ms >= ?2 AND created_at_ms "
              "< ?3",
            {centerId, startMs, endMs});
    auto resolved = one("SELECT count(*) FROM cases WHERE center_id = ?1 AND resolved_at_ms >= ?2 AND "
                        "resolved_at_ms < ?3",
        {centerId, startMs, endMs});
    for (const auto *r :
        {&booked, &arrived, &noShows, &walkIns, &kioskConfirmations, &deskConfirmations, &opened, &resolved})
        if (!*r)
            return tl::unexpected(r->error());
    report.booked = *booked;
    report.arrived = *arrived;
    report.noShows = *noShows;
    report.walkIns = *walkIns;
    report.onSiteConfirmations = *kioskConfirmations + *deskConfirmations;
    report.casesOpened = *opened;
    report.casesResolved = *resolved;
    return report;
}

} // namespace checkin::sync
