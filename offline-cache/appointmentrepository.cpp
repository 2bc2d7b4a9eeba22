// AppointmentRepository: versioned upserts and tombstones; lookups through cached statements.
#include "offline-cache/appointmentrepository.h"

#include "offline-cache/database.h"
#include "offline-cache/ids.h"
#include "offline-cache/namefold.h"

namespace checkin::cache {

const std::string_view kAppointmentColumns
    = "id, booking_ref, center_id, day, slot_start, slot_end, status, given_name, family_name, birth_date, "
      "postal_code, language, version, dose, eligibility_group, email_hash, phone_hash, pending_attempt_ms";

Appointment readAppointment(const Statement &s)
{
    Appointment a;
    a.id = s.int64(0);
    a.bookingRef = s.text(1);
    a.centerId = s.text(2);
    a.day = s.text(3);
    a.slotStart = static_cast<int>(s.int64(4));
    a.slotEnd = static_cast<int>(s.int64(5));
    a.status = static_cast<AppointmentStatus>(s.int64(6));
    a.givenName = s.text(7);
    a.familyName = s.text(8);
    a.birthDate = s.text(9);
    a.postalCode = s.text(10);
    a.language = s.text(11);
    a.version = s.int64(12);
    if (!s.isNull(13))
        a.dose = static_cast<int>(s.int64(13));
    a.eligibilityGroup = s.text(14);
    a.emailHash = s.text(15);
    a.phoneHash = s.text(16);
    if (!s.isNull(17))
        a.pendingAttemptMs = s.int64(17);
    return a;
}

AppointmentRepository::AppointmentRepository(Database &db, NameFolder &folder)
    : m_db(db)
    , m_folder(folder)
{ }

void AppointmentRepository::noteChange(int64_t id)
{
    // A kiosk that never looks names up must not collect a day's worth of ids.
    constexpr size_t kMaxTracked = 20'000;
    if (m_changes.overflowed)
        return;
    if (m_changes.ids.size() >= kMaxTracked) {
        m_changes.ids.clear();
        m_changes.overflowed = true;
        return;
    }
    m_changes.ids.push_back(id);
}

Result<int64_t> AppointmentRepository::upsert(std::span<const Import> rows)
{
    return m_db.transaction([&]() -> Result<int64_t> {
        auto tomb = m_db.cached("SELECT version FROM appointment_tombstones WHERE id = ?1");
        auto unbury = m_db.cached("DELETE FROM appointment_tombstones WHERE id = ?1");
        auto stmt = m_db.cached(
            "INSERT INTO appointments (id, booking_ref, code_digest, center_id, day, slot_start, slot_end, "
            "status, given_name, family_name, birth_date, postal_code, language, version, dose, "
            "eligibility_group, email_hash, phone_hash, pending_attempt_ms, given_key, family_key) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
            "?20, ?21) "
            "ON CONFLICT(id) DO UPDATE SET booking_ref = excluded.booking_ref, code_digest = "
            "excluded.code_digest, center_id = excluded.center_id, day = excluded.day, slot_start = "
            "excluded.slot_start, slot_end = excluded.slot_end, status = excluded.status, given_name = "
            "excluded.given_name, family_name = excluded.family_name, birth_date = excluded.birth_date, "
            "postal_code = excluded.postal_code, language = excluded.language, version = excluded.version, "
            "dose = excluded.dose, eligibility_group = excluded.eligibility_group, email_hash = "
            "excluded.email_hash, phone_hash = excluded.phone_hash, pending_attempt_ms = "
            "excluded.pending_attempt_ms, given_key = excluded.given_key, family_key = excluded.family_key "
            "WHERE excluded.version >= appointments.version");
        if (!tomb)
            return tl::unexpected(tomb.error());
        if (!unbury)
            return tl::unexpected(unbury.error());
        if (!stmt)
            return tl::unexpected(stmt.error());
        // Tombstones are rare; skip the per-row check when there are none (the bulk import case).
        auto anyTombs = m_db.scalar("SELECT EXISTS (SELECT 1 FROM appointment_tombstones)");
        if (!anyTombs)
            return tl::unexpected(anyTombs.error());
        int64_t written = 0;
        for (const auto &row : rows) {
            const auto &a = row.appointment;
            if (*anyTombs != 0) {
                (*tomb)->reset();
                (*tomb)->bind(1, a.id);
                auto buried = (*tomb)->step();
                if (!buried)
                    return tl::unexpected(buried.error());
                if (*buried) {
                    if ((*tomb)->int64(0) >= a.version)
                        continue; // invariant 2
                    (*unbury)->bind(1, a.id);
                    if (auto ok = (*unbury)->run(); !ok)
                        return tl::unexpected(ok.error());
                }
            }
            Statement &s = **stmt;
            s.bind(1, a.id).bind(2, a.bookingRef);
            if (row.code.empty())
                s.bindNull(3);
            else
                s.bind(3, codeDigest(row.code));
            s.bind(4, a.centerId).bind(5, a.day).bind(6, int64_t{a.slotStart}).bind(7, int64_t{a.slotEnd});
            s.bind(8, static_cast<int64_t>(a.status)).bind(9, a.givenName).bind(10, a.familyName);
            s.bind(11, a.birthDate).bind(12, a.postalCode).bind(13, a.language).bind(14, a.version);
            if (a.dose)
                s.bind(15, int64_t{*a.dose});
            else
                s.bindNull(15);
            s.bind(16, a.eligibilityGroup).bind(17, a.emailHash).bind(18, a.phoneHash);
            if (a.pendingAttemptMs)
                s.bind(19, *a.pendingAttemptMs);
            else
                s.bindNull(19);
            s.bind(20, m_folder.key(a.givenName)).bind(21, m_folder.key(a.familyName));
            if (auto ok = s.run(); !ok)
                return tl::unexpected(ok.error());
            if (m_db.changes() > 0) {
                ++written;
                noteChange(a.id);
            }
        }
        return written;
    });
}

Result<int64_t> AppointmentRepository::remove(std::span<const Deletion> rows)
{
    return m_db.transaction([&]() -> Result<int64_t> {
        auto del = m_db.cached("DELETE FROM appointments WHERE id = ?1 AND version <= ?2");
        auto tomb = m_db.cached("INSERT INTO appointment_tombstones (id, version) VALUES (?1, ?2) "
                                "ON CONFLICT(id) DO UPDATE SET version = max(version, excluded.version)");
        if (!del)
            return tl::unexpected(del.error());
        if (!tomb)
            return tl::unexpected(tomb.error());
        int64_t deleted = 0;
        for (const auto &row : rows) {
            (*del)->bind(1, row.id).bind(2, row.version);
            if (auto ok = (*del)->run(); !ok)
                return tl::unexpected(ok.error());
            deleted += m_db.changes();
            noteChange(row.id);
            (*tomb)->bind(1, row.id).bind(2, row.version);
            if (auto ok = (*tomb)->run(); !ok)
                return tl::unexpected(ok.error());
        }
        return deleted;
    });
}

Result<std::optional<Appointment>> AppointmentRepository::findOne(std::string_view where, auto bindFn)
{
    std::string sql = "SELECT ";
    sql += kAppointmentColumns;
    sql += " FROM appointments WHERE ";
    sql += where;
    auto stmt = m_db.cached(sql);
    if (!stmt)
        return tl::unexpected(stmt.error());
    bindFn(**stmt);
    auto row = (*stmt)->step();
    if (!row)
        return tl::unexpected(row.error());
    std::optional<Appointment> out;
    if (*row)
        out = readAppointment(**stmt);
    (*stmt)->reset();
    return out;
}

Result<std::optional<Appointment>> AppointmentRepository::findByCode(std::string_view code)
{
    const std::string digest = codeDigest(code);
    return findOne("code_digest = ?1", [&](Statement &s) { s.bind(1, digest); });
}

Result<std::optional<Appointment>> AppointmentRepository::findByBookingRef(std::string_view bookingRef)
{
    return findOne("booking_ref = ?1", [&](Statement &s) { s.bind(1, bookingRef); });
}

Result<std::optional<Appointment>> AppointmentRepository::findById(int64_t id)
{
    return findOne("id = ?1", [&](Statement &s) { s.bind(1, id); });
}

Result<int64_t> AppointmentRepository::count()
{
    return m_db.scalar("SELECT count(*) FROM appointments");
}

} // namespace checkin::cache
