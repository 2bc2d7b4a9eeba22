// HubStore: the hub's schema and queries over the cache module's SQLite wrapper.
#include "sync/hub/hubstore.h"

namespace checkin::sync {

using cache::Error;
using cache::ErrorKind;
using cache::Result;
using cache::Statement;

const char *pushResultName(PushResult result)
{
    switch (result) {
    case PushResult::Accepted:
        return "accepted";
    case PushResult::Duplicate:
        return "duplicate";
    case PushResult::Conflict:
        return "conflict";
    }
    return "accepted";
}

namespace {

// The hub's schema is its own and versioned apart from the kiosk's: one step so far.
constexpr std::string_view kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT OR IGNORE INTO meta VALUES ('seq', 0);
CREATE TABLE IF NOT EXISTS appointments (
    id INTEGER PRIMARY KEY, booking_ref TEXT NOT NULL, code TEXT NOT NULL DEFAULT '',
    center_id TEXT NOT NULL, day TEXT NOT NULL, slot_start INTEGER NOT NULL, slot_end INTEGER NOT NULL,
    status INTEGER NOT NULL, given_name TEXT, family_name TEXT, birth_date TEXT, postal_code TEXT,
    language TEXT, version INTEGER NOT NULL, seq INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS appointments_seq ON appointments(center_id, seq);
CREATE TABLE IF NOT EXISTS checkins (
    id TEXT PRIMARY KEY, appointment_id INTEGER, kiosk_id TEXT NOT NULL, operator_id TEXT NOT NULL,
    method INTEGER NOT NULL, outcome INTEGER NOT NULL, reason INTEGER NOT NULL, admitted INTEGER NOT NULL,
    scanned_at_ms INTEGER NOT NULL, received_at_ms INTEGER NOT NULL, result TEXT NOT NULL,
    first_id TEXT, seq INTEGER);
CREATE UNIQUE INDEX IF NOT EXISTS checkins_admission ON checkins(appointment_id)
    WHERE admitted = 1 AND result = 'accepted';
CREATE INDEX IF NOT EXISTS checkins_seq ON checkins(seq) WHERE seq IS NOT NULL;
CREATE TABLE IF NOT EXISTS cases (
    id TEXT PRIMARY KEY, kiosk_id TEXT NOT NULL, appointment_id INTEGER, checkin_id TEXT NOT NULL,
    kind TEXT NOT NULL, note TEXT NOT NULL, created_at_ms INTEGER NOT NULL, person TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'open', resolution TEXT NOT NULL DEFAULT '', day TEXT);
CREATE TABLE IF NOT EXISTS audit (
    id TEXT PRIMARY KEY, kiosk_id TEXT NOT NULL, at_ms INTEGER NOT NULL, action TEXT NOT NULL,
    detail TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS keylist (one INTEGER PRIMARY KEY CHECK (one = 1), document TEXT NOT NULL,
    version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS kiosk_status (kiosk_id TEXT PRIMARY KEY, document TEXT NOT NULL,
    at_ms INTEGER NOT NULL);
)sql";

Result<void> fail(Result<Statement> &s)
{
    return tl::unexpected(s.error());
}

} // namespace

HubStore::HubStore(std::unique_ptr<cache::Database> db)
    : m_db(std::move(db))
{ }
HubStore::~HubStore() = default;

Result<std::unique_ptr<HubStore>> HubStore::open(const std::string &path)
{
    auto db = cache::Database::open(path.empty() ? ":memory:" : path, cache::Database::Durability::Normal);
    if (!db)
        return tl::unexpected(db.error());
    if (auto ok = (*db)->transaction([&] { return (*db)->exec(kSchema); }); !ok)
        return tl::unexpected(ok.error());
    return std::unique_ptr<HubStore>(new HubStore(std::move(*db)));
}

Result<int64_t> HubStore::nextSeq()
{
    if (auto ok = m_db->exec("UPDATE meta SET value = value + 1 WHERE key = 'seq'"); !ok)
        return tl::unexpected(ok.error());
    return latestSeq();
}

Result<int64_t> HubStore::latestSeq()
{
    return m_db->scalar("SELECT value FROM meta WHERE key = 'seq'");
}

Result<void> HubStore::upsertAppointments(const std::vector<HubAppointment> &rows)
{
    return m_db->transaction([&]() -> Result<void> {
        auto stmt = m_db->prepare(
            "INSERT OR REPLACE INTO appointments (id, booking_ref, code, center_id, day, slot_start, "
            "slot_end, "
            "status, given_name, family_name, birth_date, postal_code, language, version, seq) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
        if (!stmt)
            return fail(stmt);
        for (const auto &row : rows) {
            auto seq = nextSeq();
            if (!seq)
                return tl::unexpected(seq.error());
            const auto &a = row.appointment;
            stmt->bind(1, a.id).bind(2, a.bookingRef).bind(3, row.code).bind(4, a.centerId).bind(5, a.day);
            stmt->bind(6, int64_t{a.slotStart})
                .bind(7, int64_t{a.slotEnd})
                .bind(8, static_cast<int64_t>(a.status));
            stmt->bind(9, a.givenName).bind(10, a.familyName).bind(11, a.birthDate).bind(12, a.postalCode);
            stmt->bind(13, a.language).bind(14, a.version).bind(15, *seq);
            if (auto ok = stmt->run(); !ok)
                return ok;
        }
        return {};
    });
}

Result<ChangePage> HubStore::changes(const std::string &centerId, const std::string &fromDay,
    const std::string &toDay, int64_t cursor, int limit)
{
    // One query over both kinds keeps the page in seq order (invariant 1).
    auto stmt = m_db->prepare(
        "SELECT seq, 0, id, booking_ref, code, center_id, day, slot_start, slot_end, status, given_name, "
        "family_name, birth_date, postal_code, language, version, '', '', 0 FROM appointments "
        "WHERE center_id = ?1 AND day BETWEEN ?2 AND ?3 AND seq > ?4 "
        "UNION ALL SELECT c.seq, 1, c.appointment_id, '', '', '', '', 0, 0, 0, '', '', '', '', '', 0, c.id, "
        "c.kiosk_id, c.scanned_at_ms FROM checkins c JOIN appointments a ON a.id = c.appointment_id "
        "WHERE c.seq > ?4 AND a.center_id = ?1 AND a.day BETWEEN ?2 AND ?3 ORDER BY 1 LIMIT ?5");
    if (!stmt)
        return tl::unexpected(stmt.error());
    stmt->bind(1, centerId).bind(2, fromDay).bind(3, toDay).bind(4, cursor).bind(5, int64_t{limit} + 1);
    ChangePage page;
    page.nextCursor = cursor;
    int count = 0;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        if (++count > limit) {
            page.hasMore = true;
            break;
        }
        page.nextCursor = stmt->int64(0);
        if (stmt->int64(1) == 0) {
            HubAppointment h;
            auto &a = h.appointment;
            h.seq = stmt->int64(0);
            a.id = stmt->int64(2);
            a.bookingRef = stmt->text(3);
            h.code = stmt->text(4);
            a.centerId = stmt->text(5);
            a.day = stmt->text(6);
            a.slotStart = static_cast<int>(stmt->int64(7));
            a.slotEnd = static_cast<int>(stmt->int64(8));
            a.status = static_cast<cache::AppointmentStatus>(stmt->int64(9));
            a.givenName = stmt->text(10);
            a.familyName = stmt->text(11);
            a.birthDate = stmt->text(12);
            a.postalCode = stmt->text(13);
            a.language = stmt->text(14);
            a.version = stmt->int64(15);
            page.appointments.push_back(std::move(h));
        } else {
            page.admissions.push_back(HubAdmission{
                stmt->text(16), stmt->int64(2), stmt->text(17), stmt->int64(18), stmt->int64(0)});
        }
    }
    return page;
}

Result<PushAnswer> HubStore::pushCheckIn(const PushedCheckIn &item, int64_t receivedAtMs)
{
    PushAnswer answer;
    answer.id = item.id;
    auto known = m_db->prepare("SELECT 1 FROM checkins WHERE id = ?1");
    if (!known)
        return tl::unexpected(known.error());
    known->bind(1, item.id);
    auto hit = known->step();
    if (!hit)
        return tl::unexpected(hit.error());
    if (*hit) {
        answer.result = PushResult::Duplicate;
        return answer;
    }
    if (item.admitted && item.appointmentId) {
        auto first
            = m_db->prepare("SELECT id, kiosk_id, scanned_at_ms FROM checkins WHERE appointment_id = ?1 "
                            "AND admitted = 1 AND result = 'accepted'");
        if (!first)
            return tl::unexpected(first.error());
        first->bind(1, *item.appointmentId);
        auto found = first->step();
        if (!found)
            return tl::unexpected(found.error());
        if (*found) {
            answer.result = PushResult::Conflict;
            answer.firstCheckInId = first->text(0);
            answer.firstKioskId = first->text(1);
            answer.firstScannedAtMs = first->int64(2);
        }
    }
    std::optional<int64_t> seq;
    if (item.admitted && item.appointmentId && answer.result == PushResult::Accepted) {
        auto next = nextSeq();
        if (!next)
            return tl::unexpected(next.error());
        seq = *next;
    }
    auto insert = m_db->prepare(
        "INSERT INTO checkins (id, appointment_id, kiosk_id, operator_id, method, outcome, reason, admitted, "
        "scanned_at_ms, received_at_ms, result, first_id, seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
        "?10, "
        "?11, ?12, ?13)");
    if (!insert)
        return tl::unexpected(insert.error());
    insert->bind(1, item.id);
    if (item.appointmentId)
        insert->bind(2, *item.appointmentId);
    else
        insert->bindNull(2);
    insert->bind(3, item.kioskId).bind(4, item.operatorId).bind(5, int64_t{item.method});
    insert->bind(6, int64_t{item.outcome})
        .bind(7, int64_t{item.reason})
        .bind(8, int64_t{item.admitted ? 1 : 0});
    insert->bind(9, item.scannedAtMs).bind(10, receivedAtMs).bind(11, pushResultName(answer.result));
    if (answer.firstCheckInId.empty())
        insert->bindNull(12);
    else
        insert->bind(12, answer.firstCheckInId);
    if (seq)
        insert->bind(13, *seq);
    else
        insert->bindNull(13);
    if (auto ok = insert->run(); !ok)
        return tl::unexpected(ok.error());
    return answer;
}

Result<PushAnswer> HubStore::pushCase(const PushedCase &item)
{
    auto insert = m_db->prepare(
        "INSERT OR IGNORE INTO cases (id, kiosk_id, appointment_id, checkin_id, kind, note, created_at_ms, "
        "person) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!insert)
        return tl::unexpected(insert.error());
    insert->bind(1, item.id).bind(2, item.kioskId);
    if (item.appointmentId)
        insert->bind(3, *item.appointmentId);
    else
        insert->bindNull(3);
    insert->bind(4, item.checkInId).bind(5, item.kind).bind(6, item.note).bind(7, item.createdAtMs);
    insert->bind(8, item.person);
    if (auto ok = insert->run(); !ok)
        return tl::unexpected(ok.error());
    auto changed = m_db->scalar("SELECT changes()");
    if (!changed)
        return tl::unexpected(changed.error());
    PushAnswer answer;
    answer.id = item.id;
    answer.result = *changed ? PushResult::Accepted : PushResult::Duplicate;
    return answer;
}

Result<PushAnswer> HubStore::pushAudit(const PushedAudit &item)
{
    auto insert = m_db->prepare(
        "INSERT OR IGNORE INTO audit (id, kiosk_id, at_ms, action, detail) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert)
        return tl::unexpected(insert.error());
    insert->bind(1, item.id)
        .bind(2, item.kioskId)
        .bind(3, item.atMs)
        .bind(4, item.action)
        .bind(5, item.detail);
    if (auto ok = insert->run(); !ok)
        return tl::unexpected(ok.error());
    auto changed = m_db->scalar("SELECT changes()");
    if (!changed)
        return tl::unexpected(changed.error());
    PushAnswer answer;
    answer.id = item.id;
    answer.result = *changed ? PushResult::Accepted : PushResult::Duplicate;
    return answer;
}

Result<void> HubStore::annulCheckIn(const std::string &checkInId)
{
    auto stmt
        = m_db->prepare("UPDATE checkins SET result = 'annulled' WHERE id = ?1 AND result = 'accepted'");
    if (!stmt)
        return fail(stmt);
    stmt->bind(1, checkInId);
    return stmt->run();
}

Result<void> HubStore::confirmAppointment(int64_t appointmentId)
{
    auto seq = nextSeq();
    if (!seq)
        return tl::unexpected(seq.error());
    auto stmt = m_db->prepare(
        "UPDATE appointments SET status = 0, version = version + 1, seq = ?2 WHERE id = ?1 AND status = 2");
    if (!stmt)
        return fail(stmt);
    stmt->bind(1, appointmentId).bind(2, *seq);
    return stmt->run();
}

Result<std::optional<int>> HubStore::appointmentStatus(int64_t appointmentId)
{
    auto stmt = m_db->prepare("SELECT status FROM appointments WHERE id = ?1");
    if (!stmt)
        return tl::unexpected(stmt.error());
    stmt->bind(1, appointmentId);
    auto row = stmt->step();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return std::optional<int>();
    return std::optional<int>(static_cast<int>(stmt->int64(0)));
}

Result<int64_t> HubStore::checkInCount()
{
    return m_db->scalar("SELECT count(*) FROM checkins");
}

Result<std::vector<Conflict>> HubStore::conflicts()
{
    auto stmt = m_db->prepare(
        "SELECT c.id, c.appointment_id, c.kiosk_id, c.scanned_at_ms, f.id, f.kiosk_id, f.scanned_at_ms "
        "FROM checkins c JOIN checkins f ON f.id = c.first_id WHERE c.result = 'conflict' ORDER BY c.id");
    if (!stmt)
        return tl::unexpected(stmt.error());
    std::vector<Conflict> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            return out;
        out.push_back({stmt->text(0), stmt->int64(1), stmt->text(2), stmt->int64(3), stmt->text(4),
            stmt->text(5), stmt->int64(6)});
    }
}

Result<std::vector<ClearingCase>> HubStore::cases(bool openOnly)
{
    auto stmt = m_db->prepare(
        std::string(
            "SELECT id, kiosk_id, appointment_id, checkin_id, kind, note, created_at_ms, state, resolution, "
            "person FROM cases")
        + (openOnly ? " WHERE state = 'open'" : "") + " ORDER BY created_at_ms, id");
    if (!stmt)
        return tl::unexpected(stmt.error());
    std::vector<ClearingCase> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            return out;
        ClearingCase c;
        c.id = stmt->text(0);
        c.kioskId = stmt->text(1);
        if (!stmt->isNull(2))
            c.appointmentId = stmt->int64(2);
        c.checkInId = stmt->text(3);
        c.kind = stmt->text(4);
        c.note = stmt->text(5);
        c.createdAtMs = stmt->int64(6);
        c.state = stmt->text(7);
        c.resolution = stmt->text(8);
        c.person = stmt->text(9);
        out.push_back(std::move(c));
    }
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

Result<void> HubStore::attachCase(const std::string &id, int64_t appointmentId)
{
    auto stmt = m_db->prepare("UPDATE cases SET appointment_id = ?2, resolution = 'attached' WHERE id = ?1");
    if (!stmt)
        return fail(stmt);
    stmt->bind(1, id).bind(2, appointmentId);
    return stmt->run();
}

Result<bool> HubStore::admitWalkIn(const std::string &id, const std::string &day, int capacity)
{
    return m_db->transaction([&]() -> Result<bool> {
        auto count = m_db->prepare("SELECT count(*) FROM cases WHERE resolution = 'walk-in' AND day = ?1");
        if (!count)
            return tl::unexpected(count.error());
        count->bind(1, day);
        if (auto row = count->step(); !row)
            return tl::unexpected(row.error());
        if (count->int64(0) >= capacity)
            return false;
        auto stmt = m_db->prepare("UPDATE cases SET state = 'closed', resolution = 'walk-in', day = ?2 WHERE "
                                  "id = ?1 AND state = 'open'");
        if (!stmt)
            return tl::unexpected(stmt.error());
        stmt->bind(1, id).bind(2, day);
        if (auto ok = stmt->run(); !ok)
            return tl::unexpected(ok.error());
        return true;
    });
}

Result<void> HubStore::closeCase(const std::string &id, const std::string &resolution)
{
    auto stmt = m_db->prepare("UPDATE cases SET state = 'closed', resolution = ?2 WHERE id = ?1");
    if (!stmt)
        return fail(stmt);
    stmt->bind(1, id).bind(2, resolution);
    return stmt->run();
}

Result<void> HubStore::setKeyList(const std::string &document, int64_t version)
{
    auto stmt = m_db->prepare("INSERT OR REPLACE INTO keylist (one, document, version) VALUES (1, ?1, ?2)");
    if (!stmt)
        return fail(stmt);
    stmt->bind(1, document).bind(2, version);
    return stmt->run();
}

Result<std::pair<std::string, int64_t>> HubStore::keyList()
{
    auto stmt = m_db->prepare("SELECT document, version FROM keylist WHERE one = 1");
    if (!stmt)
        return tl::unexpected(stmt.error());
    auto row = stmt->step();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return std::pair<std::string, int64_t>{"", 0};
    return std::pair<std::string, int64_t>{stmt->text(0), stmt->int64(1)};
}

Result<void> HubStore::saveStatus(const std::string &kioskId, const std::string &document, int64_t atMs)
{
    auto stmt = m_db->prepare(
        "INSERT OR REPLACE INTO kiosk_status (kiosk_id, document, at_ms) VALUES (?1, ?2, ?3)");
    if (!stmt)
        return fail(stmt);
    stmt->bind(1, kioskId).bind(2, document).bind(3, atMs);
    return stmt->run();
}

Result<std::vector<std::pair<std::string, std::string>>> HubStore::statuses()
{
    auto stmt = m_db->prepare("SELECT kiosk_id, document FROM kiosk_status ORDER BY kiosk_id");
    if (!stmt)
        return tl::unexpected(stmt.error());
    std::vector<std::pair<std::string, std::string>> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            return out;
        out.emplace_back(stmt->text(0), stmt->text(1));
    }
}

} // namespace checkin::sync
