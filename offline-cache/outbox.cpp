// Outbox: an ordered queue table with typed columns; see the invariants in outbox.h.
#include "offline-cache/outbox.h"

#include "offline-cache/database.h"
#include "offline-cache/schema.h"

namespace checkin::cache {

namespace {

template <class... F> struct Overloaded : F...
{
    using F::operator()...;
};
template <class... F> Overloaded(F...) -> Overloaded<F...>;

// The typed columns in the order every SELECT below (and the schema's legacy conversion) yields them.
constexpr std::string_view kColumns
    = "id, kind, attempts, next_attempt_ms, created_ms, at_ms, kiosk_id, operator_id, appointment_id, "
      "checkin_id, method, outcome, reason, admitted, action, subject, given_name, family_name, birth_date, "
      "contact, note";

enum Column {
    Id,
    Kind,
    Attempts,
    NextAttempt,
    Created,
    At,
    Kiosk,
    Operator,
    AppointmentId,
    CheckInId,
    Method,
    Outcome,
    Reason,
    Admitted,
    Action,
    Subject,
    GivenName,
    FamilyName,
    BirthDate,
    Contact,
    Note,
    ColumnCount
};

/// Binds the item's fields to parameters 1.. in kColumns order; the columns a kind lacks stay NULL
/// or take their default.
void bindItem(Statement &s, const OutboxItem &item)
{
    auto p = [](Column c) { return static_cast<int>(c) + 1; };
    for (int c = 0; c < ColumnCount; ++c)
        s.bindNull(c + 1);
    s.bind(p(Id), item.id).bind(p(Kind), static_cast<int64_t>(item.kind()));
    s.bind(p(Attempts), int64_t{item.attempts}).bind(p(NextAttempt), item.nextAttemptMs);
    s.bind(p(Created), item.createdMs);
    for (Column c : {Kiosk, Operator, CheckInId, Subject, Note})
        s.bind(p(c), std::string_view(""));
    for (Column c : {Method, Outcome, Reason, Admitted, Action})
        s.bind(p(c), int64_t{0});
    std::visit(Overloaded{
                   [&](const CheckIn &c) {
                       s.bind(p(At), c.scannedAtMs).bind(p(Kiosk), c.kioskId).bind(p(Operator), c.operatorId);
                       if (c.appointmentId)
                           s.bind(p(AppointmentId), *c.appointmentId);
                       s.bind(p(Method), static_cast<int64_t>(c.method)).bind(p(Outcome), int64_t{c.outcome});
                       s.bind(p(Reason), int64_t{c.reason}).bind(p(Admitted), int64_t{c.admitted ? 1 : 0});
                   },
                   [&](const ClearingCase &c) {
                       s.bind(p(At), c.openedAtMs).bind(p(Kiosk), c.kioskId).bind(p(Operator), c.operatorId);
                       s.bind(p(GivenName), c.givenName).bind(p(FamilyName), c.familyName);
                       s.bind(p(BirthDate), c.birthDate).bind(p(Contact), c.contact).bind(p(Note), c.account);
                   },
                   [&](const AuditEntry &a) {
                       s.bind(p(At), a.atMs).bind(p(Kiosk), a.kioskId).bind(p(Operator), a.operatorId);
                       s.bind(p(Action), static_cast<int64_t>(a.action));
                       s.bind(p(Outcome), static_cast<int64_t>(a.outcome)).bind(p(Subject), a.subject);
                   },
                   [&](const Confirmation &c) {
                       s.bind(p(At), c.atMs).bind(p(Kiosk), c.kioskId).bind(p(Operator), c.operatorId);
                       s.bind(p(AppointmentId), c.appointmentId);
                   },
                   [&](const Annulment &a) {
                       s.bind(p(At), a.atMs).bind(p(Operator), a.operatorId).bind(p(CheckInId), a.checkInId);
                       s.bind(p(Note), a.reason);
                   },
               },
        item.payload);
}

/// The item of the current row of a SELECT of kColumns (starting at column `first`).
OutboxItem readItem(const Statement &s, int first)
{
    auto col = [first](Column c) { return first + static_cast<int>(c); };
    OutboxItem item;
    item.id = s.text(col(Id));
    item.attempts = static_cast<int>(s.int64(col(Attempts)));
    item.nextAttemptMs = s.int64(col(NextAttempt));
    item.createdMs = s.int64(col(Created));
    const int64_t at = s.int64(col(At));
    const std::optional<int64_t> appointment
        = s.isNull(col(AppointmentId)) ? std::nullopt : std::optional<int64_t>(s.int64(col(AppointmentId)));
    switch (static_cast<OutboxKind>(s.int64(col(Kind)))) {
    case OutboxKind::CheckIn: {
        CheckIn c;
        c.id = item.id;
        c.appointmentId = appointment;
        c.kioskId = s.text(col(Kiosk));
        c.operatorId = s.text(col(Operator));
        c.method = static_cast<CheckInMethod>(s.int64(col(Method)));
        c.outcome = static_cast<int>(s.int64(col(Outcome)));
        c.reason = static_cast<int>(s.int64(col(Reason)));
        c.admitted = s.int64(col(Admitted)) != 0;
        c.scannedAtMs = at;
        item.payload = std::move(c);
        break;
    }
    case OutboxKind::ClearingCase: {
        ClearingCase c;
        c.id = item.id;
        c.openedAtMs = at;
        c.kioskId = s.text(col(Kiosk));
        c.operatorId = s.text(col(Operator));
        c.givenName = s.text(col(GivenName));
        c.familyName = s.text(col(FamilyName));
        c.birthDate = s.text(col(BirthDate));
        c.contact = s.text(col(Contact));
        c.account = s.text(col(Note));
        item.payload = std::move(c);
        break;
    }
    case OutboxKind::Audit: {
        AuditEntry a;
        a.id = item.id;
        a.atMs = at;
        a.kioskId = s.text(col(Kiosk));
        a.operatorId = s.text(col(Operator));
        a.action = static_cast<AuditAction>(s.int64(col(Action)));
        a.outcome = static_cast<AuditOutcome>(s.int64(col(Outcome)));
        a.subject = s.text(col(Subject));
        item.payload = std::move(a);
        break;
    }
    case OutboxKind::Confirmation:
        item.payload = Confirmation{appointment.value_or(0), at, s.text(col(Kiosk)), s.text(col(Operator))};
        break;
    case OutboxKind::Annulment:
        item.payload = Annulment{s.text(col(CheckInId)), s.text(col(Operator)), s.text(col(Note)), at};
        break;
    }
    return item;
}

std::string insertSql(std::string_view verb)
{
    std::string sql(verb);
    sql += " INTO outbox (";
    sql += kColumns;
    sql += ") VALUES (";
    for (int c = 1; c <= ColumnCount; ++c)
        sql += (c > 1 ? ", ?" : "?") + std::to_string(c);
    return sql + ")";
}

} // namespace

Outbox::Outbox(Database &db)
    : m_db(db)
{ }

Result<void> Outbox::enqueue(const OutboxItem &item)
{
    if (item.id.empty())
        return tl::unexpected(Error{ErrorKind::Invalid, "an outbox item needs an id (its idempotency key)"});
    return m_db.transaction([&]() -> Result<void> {
        auto stmt = m_db.cached(insertSql("INSERT"));
        if (!stmt)
            return tl::unexpected(stmt.error());
        bindItem(**stmt, item);
        return (*stmt)->run();
    });
}

Result<std::vector<OutboxItem>> Outbox::batch(size_t limit, int64_t nowMs)
{
    auto stmt = m_db.cached("SELECT " + std::string(kColumns) + " FROM outbox ORDER BY seq LIMIT ?1");
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
        OutboxItem item = readItem(**stmt, 0);
        if (item.nextAttemptMs > nowMs)
            break; // invariant 2
        out.push_back(std::move(item));
    }
    (*stmt)->reset();
    return out;
}

std::vector<OutboxItem> Outbox::readable(Database &from)
{
    std::vector<OutboxItem> out;
    auto version = from.scalar("PRAGMA user_version");
    if (!version)
        return out;
    // A file from before typed rows is read through the same conversion its migration would do.
    auto stmt = *version < outboxTypedSchemaVersion()
        ? from.prepare(legacyOutboxSelect("outbox"))
        : from.prepare("SELECT seq, " + std::string(kColumns) + " FROM outbox ORDER BY seq");
    if (!stmt)
        return out;
    for (;;) {
        auto row = stmt->step();
        if (!row || !*row)
            break;
        out.push_back(readItem(*stmt, 1));
    }
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
