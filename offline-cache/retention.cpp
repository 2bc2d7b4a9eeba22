// Retention: one transaction of UPDATEs and DELETEs, then a truncating checkpoint.
#include "offline-cache/retention.h"

#include "offline-cache/appointmentlookup.h"
#include "offline-cache/database.h"
#include "offline-cache/namefold.h"

namespace checkin::cache {

Retention::Retention(Database &db, NameFolder &folder, AppointmentLookup &lookup)
    : m_db(db)
    , m_folder(folder)
    , m_lookup(lookup)
{ }

Result<RetentionReport> Retention::purge(std::string_view today, int64_t nowMs, int64_t unsyncedGraceMs)
{
    RetentionReport report;
    auto done = m_db.transaction([&]() -> Result<void> {
        // Past appointments with a check-in the hub does not have yet, still within the grace.
        constexpr std::string_view kInGrace = "EXISTS (SELECT 1 FROM checkins c WHERE c.appointment_id = "
                                              "appointments.id AND c.sync_state = 0 "
                                              "AND c.scanned_at_ms >= ?2)";
        auto kept
            = m_db.prepare(std::string("SELECT count(*) FROM appointments WHERE day < ?1 AND given_name "
                                       "IS NOT NULL AND ")
                + std::string(kInGrace));
        if (!kept)
            return tl::unexpected(kept.error());
        kept->bind(1, today).bind(2, nowMs - unsyncedGraceMs);
        if (auto row = kept->step(); !row)
            return tl::unexpected(row.error());
        report.appointmentsKept = kept->int64(0);

        auto strip = m_db.prepare(
            std::string(
                "UPDATE appointments SET given_name = NULL, family_name = NULL, birth_date = NULL, "
                "postal_code = NULL, language = NULL, email_hash = NULL, phone_hash = NULL, given_key = "
                "NULL, family_key = NULL, eligibility_group = NULL "
                "WHERE day <> ?1 AND (given_name IS NOT NULL OR family_name IS NOT NULL OR birth_date IS "
                "NOT NULL OR given_key IS NOT NULL OR email_hash IS NOT NULL OR phone_hash IS NOT NULL) "
                "AND NOT (day < ?1 AND ")
            + std::string(kInGrace) + ")");
        if (!strip)
            return tl::unexpected(strip.error());
        strip->bind(1, today).bind(2, nowMs - unsyncedGraceMs);
        if (auto ok = strip->run(); !ok)
            return ok;
        report.appointmentsStripped = m_db.changes();

        // The day of a case or check-in is its local date; a day's rows are older than its start,
        // which the caller gives as `today`: compare through SQLite's localtime like the terminal.
        auto cases = m_db.prepare("DELETE FROM clearing_cases WHERE status = 1 AND "
                                  "date(opened_at_ms / 1000, 'unixepoch', 'localtime') < ?1");
        if (!cases)
            return tl::unexpected(cases.error());
        cases->bind(1, today);
        if (auto ok = cases->run(); !ok)
            return ok;
        report.clearingCasesDeleted = m_db.changes();

        // A resolution admits only while its appointment is still here (today's).
        auto resolutions = m_db.prepare("DELETE FROM desk_resolutions WHERE appointment_id NOT IN (SELECT id "
                                        "FROM appointments WHERE day = ?1)");
        if (!resolutions)
            return tl::unexpected(resolutions.error());
        resolutions->bind(1, today);
        if (auto ok = resolutions->run(); !ok)
            return ok;

        auto checkIns = m_db.prepare("DELETE FROM checkins WHERE sync_state = 1 AND "
                                     "date(scanned_at_ms / 1000, 'unixepoch', 'localtime') < ?1");
        if (!checkIns)
            return tl::unexpected(checkIns.error());
        checkIns->bind(1, today);
        if (auto ok = checkIns->run(); !ok)
            return ok;
        report.checkInsDeleted = m_db.changes();
        return {};
    });
    if (!done)
        return tl::unexpected(done.error());
    m_lookup.invalidate();
    m_folder.clearCache();
    // Invariant 3: the rewritten pages go into the main file (whose freed space secure_delete has
    // zeroed) and the WAL, which still holds the old pages, is cut to nothing.
    if (auto ok = m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)"); !ok)
        return tl::unexpected(ok.error());
    return report;
}

} // namespace checkin::cache
