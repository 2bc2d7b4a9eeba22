// Store: appointments and check-ins on top of the schema; every write is one transaction.
#include "offline-cache/store.h"

#include "offline-cache/database.h"
#include "offline-cache/ids.h"
#include "offline-cache/schema.h"

namespace checkin::cache {

namespace {

constexpr std::string_view kAppointmentColumns
    = "id, booking_ref, center_id, day, slot_start, slot_end, status, given_name, family_name, birth_date, "
      "postal_code, language, version";

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
    return a;
}

constexpr std::string_view kCheckInColumns
    = "id, appointment_id, kiosk_id, operator_id, method, outcome, reason, scanned_at_ms, sync_state";

CheckIn readCheckIn(const Statement &s)
{
    CheckIn c;
    c.id = s.text(0);
    if (!s.isNull(1))
        c.appointmentId = s.int64(1);
    c.kioskId = s.text(2);
    c.operatorId = s.text(3);
    c.method = static_cast<CheckInMethod>(s.int64(4));
    c.outcome = static_cast<int>(s.int64(5));
    c.reason = static_cast<int>(s.int64(6));
    c.scannedAtMs = s.int64(7);
    c.syncState = static_cast<SyncState>(s.int64(8));
    return c;
}

} // namespace

Store::Store(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{ }
Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const std::string &path, Options options)
{
    auto db = Database::open(path, options.durability);
    if (!db)
        return tl::unexpected(db.error());
    if (auto ok = migrate(**db); !ok)
        return tl::unexpected(ok.error());
    return std::unique_ptr<Store>(new Store(std::move(*db)));
}

Database &Store::database()
{
    return *m_db;
}

Result<void> Store::upsertAppointments(std::span<const Import> rows)
{
    return m_db->transaction([&]() -> Result<void> {
        auto stmt = m_db->prepare(
            "INSERT OR REPLACE INTO appointments (id, booking_ref, code_digest, center_id, day, slot_start, "
            "slot_end, status, given_name, family_name, birth_date, postal_code, language, version) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
        if (!stmt)
            return tl::unexpected(stmt.error());
        for (const auto &row : rows) {
            const auto &a = row.appointment;
            stmt->bind(1, a.id).bind(2, a.bookingRef);
            if (row.code.empty())
                stmt->bindNull(3);
            else
                stmt->bind(3, codeDigest(row.code));
            stmt->bind(4, a.centerId)
                .bind(5, a.day)
                .bind(6, int64_t{a.slotStart})
                .bind(7, int64_t{a.slotEnd});
            stmt->bind(8, static_cast<int64_t>(a.status)).bind(9, a.givenName).bind(10, a.familyName);
            stmt->bind(11, a.birthDate).bind(12, a.postalCode).bind(13, a.language).bind(14, a.version);
            if (auto ok = stmt->run(); !ok)
                return ok;
        }
        return {};
    });
}

namespace {
Result<std::optional<Appointment>> findOne(Database &db, std::string_view where, auto bindFn)
{
    std::string sql = "SELECT ";
    sql += kAppointmentColumns;
    sql += " FROM appointments WHERE ";
    sql += where;
    auto stmt = db.prepare(sql);
    if (!stmt)
        return tl::unexpected(stmt.error());
    bindFn(*stmt);
    auto row = stmt->step();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return std::optional<Appointment>();
    return std::optional<Appointment>(readAppointment(*stmt));
}
} // namespace

Result<std::optional<Appointment>> Store::findByCode(std::string_view code)
{
    const std::string digest = codeDigest(code);
    return findOne(*m_db, "code_digest = ?1", [&](Statement &s) { s.bind(1, digest); });
}

Result<std::optional<Appointment>> Store::findByBookingRef(std::string_view bookingRef)
{
    return findOne(*m_db, "booking_ref = ?1", [&](Statement &s) { s.bind(1, bookingRef); });
}

Result<std::optional<Appointment>> Store::findById(int64_t id)
{
    return findOne(*m_db, "id = ?1", [&](Statement &s) { s.bind(1, id); });
}

Result<int64_t> Store::appointmentCount()
{
    return m_db->scalar("SELECT count(*) FROM appointments");
}

Result<std::optional<CheckIn>> Store::admittedCheckIn(int64_t appointmentId)
{
    std::string sql = "SELECT ";
    sql += kCheckInColumns;
    sql += " FROM checkins WHERE appointment_id = ?1 AND admitted = 1 ORDER BY id DESC LIMIT 1";
    auto stmt = m_db->prepare(sql);
    if (!stmt)
        return tl::unexpected(stmt.error());
    stmt->bind(1, appointmentId);
    auto row = stmt->step();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return std::optional<CheckIn>();
    return std::optional<CheckIn>(readCheckIn(*stmt));
}

Result<CheckIn> Store::recordCheckIn(CheckIn checkIn, bool admitted)
{
    if (checkIn.id.empty())
        checkIn.id = newTimeOrderedId(checkIn.scannedAtMs);
    auto done = m_db->transaction([&]() -> Result<void> {
        auto stmt = m_db->prepare(
            "INSERT INTO checkins (id, appointment_id, kiosk_id, operator_id, method, outcome, reason, "
            "scanned_at_ms, sync_state, admitted) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        if (!stmt)
            return tl::unexpected(stmt.error());
        stmt->bind(1, checkIn.id);
        if (checkIn.appointmentId)
            stmt->bind(2, *checkIn.appointmentId);
        else
            stmt->bindNull(2);
        stmt->bind(3, checkIn.kioskId)
            .bind(4, checkIn.operatorId)
            .bind(5, static_cast<int64_t>(checkIn.method));
        stmt->bind(6, int64_t{checkIn.outcome}).bind(7, int64_t{checkIn.reason}).bind(8, checkIn.scannedAtMs);
        stmt->bind(9, static_cast<int64_t>(checkIn.syncState)).bind(10, int64_t{admitted ? 1 : 0});
        return stmt->run();
    });
    if (!done)
        return tl::unexpected(done.error());
    return checkIn;
}

Result<std::vector<CheckIn>> Store::checkIns()
{
    std::string sql = "SELECT ";
    sql += kCheckInColumns;
    sql += " FROM checkins ORDER BY id";
    auto stmt = m_db->prepare(sql);
    if (!stmt)
        return tl::unexpected(stmt.error());
    std::vector<CheckIn> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        out.push_back(readCheckIn(*stmt));
    }
    return out;
}

} // namespace checkin::cache
