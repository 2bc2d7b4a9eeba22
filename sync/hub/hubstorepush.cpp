// HubStore: a kiosk's push (check-ins, cases, audit entries, annulments, confirmations) and its conflicts.
#include "offline-cache/ticketnumber.h"
#include "sync/hub/hubstore.h"
#include "sync/hub/sqlengine.h"

#include <algorithm>

namespace checkin::sync {

using cache::Error;
using cache::ErrorKind;
using cache::Result;

const char *pushResultName(PushResult result)
{
    switch (result) {
    case PushResult::Accepted:
        return "accepted";
    case PushResult::Duplicate:
        return "duplicate";
    case PushResult::Conflict:
        return "conflict";
    case PushResult::Invalid:
        return "invalid";
    case PushResult::Forbidden:
        return "forbidden";
    }
    return "invalid";
}

Result<std::vector<PushAnswer>> HubStore::push(
    const KioskIdentity &who, const std::vector<PushItem> &items, int64_t receivedAtMs)
{
    auto all = pushAll({PushBatch{who, items, receivedAtMs}});
    if (!all)
        return tl::unexpected(all.error());
    return std::move(all->front());
}

Result<std::vector<PushAnswer>> HubStore::pushItems(const PushBatch &batch)
{
    std::vector<PushAnswer> answers;
    answers.reserve(batch.items.size());
    for (const auto &item : batch.items) {
        auto answer = std::visit(
            [&](const auto &x) -> Result<PushAnswer> {
                using T = std::decay_t<decltype(x)>;
                if constexpr (std::is_same_v<T, PushedCheckIn>)
                    return pushCheckIn(batch.who, x, batch.receivedAtMs);
                else if constexpr (std::is_same_v<T, PushedCase>)
                    return pushCase(batch.who, x);
                else
                    return pushAudit(batch.who, x);
            },
            item);
        if (!answer)
            return tl::unexpected(answer.error());
        answers.push_back(std::move(*answer));
    }
    return answers;
}

Result<std::vector<std::vector<PushAnswer>>> HubStore::pushAll(const std::vector<PushBatch> &batches)
{
    // Invariant 5: a batch that reaches into another center or kiosk stores nothing. Such a batch
    // is rare (a broken or hostile kiosk), so the write runs without savepoints (two round trips
    // a batch on PostgreSQL); when one turns out forbidden, the write is rolled back and run
    // again without it, and it keeps the answers of the first run.
    std::vector<std::vector<PushAnswer>> all(batches.size());
    std::vector<bool> refused(batches.size(), false);
    for (;;) {
        bool refusedNow = false;
        auto done = write([&]() -> Result<void> {
            for (size_t i = 0; i < batches.size(); ++i) {
                if (refused[i])
                    continue;
                auto answers = pushItems(batches[i]);
                if (!answers)
                    return tl::unexpected(answers.error());
                all[i] = std::move(*answers);
                if (std::any_of(all[i].begin(), all[i].end(),
                        [](const PushAnswer &a) { return a.result == PushResult::Forbidden; })) {
                    refused[i] = true;
                    refusedNow = true;
                    return tl::unexpected(Error{ErrorKind::Invalid, "forbidden"});
                }
            }
            return {};
        });
        if (done)
            return all;
        if (!refusedNow)
            return tl::unexpected(done.error());
    }
}

Result<PushAnswer> HubStore::pushCheckIn(
    const KioskIdentity &who, const PushedCheckIn &item, int64_t receivedAtMs)
{
    PushAnswer answer;
    answer.id = item.id;
    // What the answer depends on, in one round trip (a push is a handful of them on PostgreSQL):
    // the appointment's center, whether the id is known, the accepted admission of the
    // appointment, and whether a case is attached to it.
    auto facts = m_engine->query(
        "SELECT (SELECT center_id FROM appointments WHERE id = ?2), CASE WHEN EXISTS (SELECT 1 FROM "
        "checkins WHERE id = ?1) THEN 1 ELSE 0 END, f.id, f.kiosk_id, f.scanned_at_ms, CASE WHEN EXISTS "
        "(SELECT 1 FROM cases WHERE appointment_id = ?2) THEN 1 ELSE 0 END FROM (SELECT 1 AS one) o LEFT "
        "JOIN checkins f ON f.appointment_id = ?2 AND f.admitted = 1 AND f.result = 'accepted'",
        {item.id, item.appointmentId ? SqlValue(*item.appointmentId) : SqlValue()});
    if (!facts)
        return tl::unexpected(facts.error());
    if (facts->empty())
        return tl::unexpected(Error{ErrorKind::Corrupt, "the check-in lookup returned no row"});
    const SqlRow &f = facts->front();
    if (item.appointmentId) {
        if (f.isNull(0)) {
            answer.result = PushResult::Invalid;
            answer.message = "unknown appointment_id";
            return answer;
        }
        if (f.text(0) != who.centerId) {
            answer.result = PushResult::Forbidden;
            answer.message = "the appointment belongs to another center";
            return answer;
        }
    }
    if (f.int64(1) != 0) {
        answer.result = PushResult::Duplicate;
        return answer;
    }
    if (item.admitted && item.appointmentId && !f.isNull(2)) {
        answer.result = PushResult::Conflict;
        answer.firstCheckInId = f.text(2);
        answer.firstKioskId = f.text(3);
        answer.firstScannedAtMs = f.int64(4);
    }
    const bool caseAttached = f.int64(5) != 0;
    SqlValue seq;
    if (item.admitted && item.appointmentId && answer.result == PushResult::Accepted) {
        auto next = nextSeq(who.centerId);
        if (!next)
            return tl::unexpected(next.error());
        seq = *next;
    }
    auto ok = m_engine->exec(
        "INSERT INTO checkins (id, appointment_id, kiosk_id, operator_id, method, outcome, reason, admitted, "
        "scanned_at_ms, received_at_ms, result, first_id, seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
        "?10, "
        "?11, ?12, ?13)",
        {item.id, item.appointmentId ? SqlValue(*item.appointmentId) : SqlValue(), who.kioskId,
            item.operatorId, int64_t{item.method}, int64_t{item.outcome}, int64_t{item.reason},
            int64_t{item.admitted ? 1 : 0}, item.scannedAtMs, receivedAtMs,
            std::string(pushResultName(answer.result)),
            answer.firstCheckInId.empty() ? SqlValue() : SqlValue(answer.firstCheckInId), seq});
    if (!ok)
        return tl::unexpected(ok.error());
    if (item.admitted && item.appointmentId && answer.result == PushResult::Accepted && caseAttached) {
        // Invariant 8: the admission comes back to every case resolved to this appointment.
        const char *method = item.method == 1 ? "lookup" : item.method == 2 ? "manual" : "code";
        if (auto noted = m_engine->exec("INSERT INTO case_events (case_id, n, at_ms, actor, kiosk_id, "
                                        "action, detail) SELECT id, (SELECT "
                                        "count(*) FROM case_events e WHERE e.case_id = cases.id), ?2, ?3, "
                                        "?4, 'checked-in', ?5 FROM cases "
                                        "WHERE appointment_id = ?1 AND center_id = ?6",
                {*item.appointmentId, item.scannedAtMs, item.operatorId, who.kioskId, std::string(method),
                    who.centerId});
            !noted)
            return tl::unexpected(noted.error());
    }
    return answer;
}

Result<PushAnswer> HubStore::pushCase(const KioskIdentity &who, const PushedCase &item)
{
    PushAnswer answer;
    answer.id = item.id;
    if (item.appointmentId) {
        auto center = centerOf(*item.appointmentId);
        if (!center)
            return tl::unexpected(center.error());
        if (const std::optional<std::string> &owner = *center; owner && *owner != who.centerId) {
            answer.result = PushResult::Forbidden;
            answer.message = "the appointment belongs to another center";
            return answer;
        }
    }
    // Tickets are unique at the hub. A ticket another case already holds (45 random bits: about one
    // in 10^8 for a hub with 100,000 cases) is not given twice; that case is found by name instead,
    // and nothing of it is lost.
    const std::string ticket = cache::ticketNumber(item.id);
    auto taken = m_engine->query("SELECT id FROM cases WHERE ticket = ?1 AND id <> ?2", {ticket, item.id});
    if (!taken)
        return tl::unexpected(taken.error());
    auto changed = m_engine->exec(
        "INSERT INTO cases (id, kiosk_id, appointment_id, checkin_id, kind, note, created_at_ms, person, "
        "ticket, given_name, family_name, birth_date, center_id, contact) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) ON CONFLICT (id) DO NOTHING",
        {item.id, who.kioskId, item.appointmentId ? SqlValue(*item.appointmentId) : SqlValue(),
            item.checkInId, item.kind, item.note, item.createdAtMs, item.person,
            taken->empty() ? SqlValue(ticket) : SqlValue(), item.givenName, item.familyName, item.birthDate,
            who.centerId, item.contact});
    if (!changed)
        return tl::unexpected(changed.error());
    answer.result = *changed ? PushResult::Accepted : PushResult::Duplicate;
    if (answer.result == PushResult::Accepted)
        if (auto noted = addEvent(item.id, item.createdAtMs, item.operatorId, who.kioskId, "opened", {});
            !noted)
            return tl::unexpected(noted.error());
    return answer;
}

Result<PushAnswer> HubStore::pushAudit(const KioskIdentity &who, const PushedAudit &item)
{
    PushAnswer answer;
    answer.id = item.id;
    using Action = PushedAudit::Action;
    if (item.action == Action::Annulment) {
        // Invariant 9: the check-in's center is its appointment's; one without an appointment
        // admitted nobody and only its own kiosk may annul it.
        auto owner = m_engine->query("SELECT c.kiosk_id, a.center_id, c.appointment_id FROM checkins c "
                                     "LEFT JOIN appointments a ON a.id = c.appointment_id WHERE c.id = ?1",
            {item.checkInId});
        if (!owner)
            return tl::unexpected(owner.error());
        if (!owner->empty()) {
            const auto &o = owner->front();
            const bool ours
                = o.isNull(2) ? o.text(0) == who.kioskId : !o.isNull(1) && o.text(1) == who.centerId;
            if (!ours) {
                answer.result = PushResult::Forbidden;
                answer.message = "the check-in belongs to another center";
                return answer;
            }
        }
    }
    if (item.action == Action::Confirmation) {
        auto center = centerOf(item.appointmentId.value_or(0));
        if (!center)
            return tl::unexpected(center.error());
        const std::optional<std::string> &owner = *center;
        if (!owner) {
            answer.result = PushResult::Invalid;
            answer.message = "unknown appointment_id";
            return answer;
        }
        if (*owner != who.centerId) {
            answer.result = PushResult::Forbidden;
            answer.message = "the appointment belongs to another center";
            return answer;
        }
    }
    const char *action = item.action == Action::Annulment ? "annulment"
        : item.action == Action::Confirmation             ? "confirmation"
                                                          : "audit";
    auto changed = m_engine->exec("INSERT INTO audit (id, kiosk_id, at_ms, action, detail) VALUES (?1, ?2, "
                                  "?3, ?4, ?5) ON CONFLICT DO NOTHING",
        {item.id, who.kioskId, item.atMs, std::string(action), item.detail});
    if (!changed)
        return tl::unexpected(changed.error());
    answer.result = *changed ? PushResult::Accepted : PushResult::Duplicate;
    if (answer.result != PushResult::Accepted)
        return answer;
    if (item.action == Action::Annulment) {
        // An annulled admission no longer blocks the appointment (and is no longer "accepted"); an
        // admission takes the center's next seq, so its kiosks learn it (invariant 9). A check-in
        // that admitted nobody changes no kiosk's reading and keeps its place.
        auto target = m_engine->query(
            "SELECT admitted, seq FROM checkins WHERE id = ?1 AND result = 'accepted'", {item.checkInId});
        if (!target)
            return tl::unexpected(target.error());
        if (!target->empty()) {
            SqlValue seq;
            if (!target->front().isNull(1)) {
                auto next = nextSeq(who.centerId);
                if (!next)
                    return tl::unexpected(next.error());
                seq = *next;
            }
            if (auto ok = m_engine->exec("UPDATE checkins SET result = 'annulled', annulled_at_ms = ?2, "
                                         "annulled_by = ?3, seq = COALESCE(?4, seq) WHERE id = ?1",
                    {item.checkInId, item.atMs, who.kioskId, seq});
                !ok)
                return tl::unexpected(ok.error());
        }
    }
    if (item.action == Action::Confirmation) {
        // A pending booking confirmed on site becomes real: a new version every kiosk's delta carries.
        auto seq = nextSeq(who.centerId);
        if (!seq)
            return tl::unexpected(seq.error());
        if (auto ok = m_engine->exec("UPDATE appointments SET status = 0, version = version + 1, seq = ?2 "
                                     "WHERE id = ?1 AND status = 2",
                {item.appointmentId.value_or(0), *seq});
            !ok)
            return tl::unexpected(ok.error());
    }
    return answer;
}

Result<int64_t> HubStore::checkInCount()
{
    auto rows = m_engine->query("SELECT count(*) FROM checkins");
    if (!rows)
        return tl::unexpected(rows.error());
    return rows->front().int64(0);
}

Result<std::vector<Conflict>> HubStore::conflicts()
{
    auto rows = m_engine->query(
        "SELECT c.id, c.appointment_id, c.kiosk_id, c.scanned_at_ms, f.id, f.kiosk_id, f.scanned_at_ms "
        "FROM checkins c JOIN checkins f ON f.id = c.first_id WHERE c.result = 'conflict' ORDER BY c.id");
    if (!rows)
        return tl::unexpected(rows.error());
    std::vector<Conflict> out;
    for (const auto &r : *rows)
        out.push_back({r.text(0), r.int64(1), r.text(2), r.int64(3), r.text(4), r.text(5), r.int64(6)});
    return out;
}

} // namespace checkin::sync
