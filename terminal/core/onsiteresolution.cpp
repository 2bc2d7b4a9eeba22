// OnSiteResolution: lookups, admissions by lookup, overrides, confirmations and clearing cases.
#include "terminal/core/onsiteresolution.h"

#include "offline-cache/birthdate.h"
#include "offline-cache/ids.h"
#include "offline-cache/namefold.h"
#include "offline-cache/nameindex.h"
#include "offline-cache/ticketnumber.h"
#include "terminal/core/admission.h"
#include "terminal/core/audittrail.h"
#include "terminal/core/checkinservice.h"
#include "terminal/core/localtime.h"

#include <sstream>

namespace checkin::core {

namespace {

int currentYear(const LocalTime &now)
{
    return std::stoi(now.day.substr(0, 4));
}

Verdict withReason(Reason reason, DetailKind kind = DetailKind::None, std::string message = {})
{
    Verdict v;
    v.reason = reason;
    v.detail.kind = kind;
    v.detail.message = std::move(message);
    return v;
}

Verdict storeFailure(const std::string &message)
{
    return withReason(Reason::StoreFailure, DetailKind::StoreFailed, message);
}

} // namespace

const char *overrideReasonKey(OverrideReason reason)
{
    switch (reason) {
    case OverrideReason::LateAccepted:
        return "late-accepted";
    case OverrideReason::EarlyAccepted:
        return "early-accepted";
    case OverrideReason::OtherDayAccepted:
        return "other-day-accepted";
    case OverrideReason::OtherCenterAccepted:
        return "other-center-accepted";
    case OverrideReason::ConfirmedOnSite:
        return "confirmed-on-site";
    }
    return "unknown";
}

std::vector<OverrideReason> overrideReasonsFor(Reason reason)
{
    switch (reason) {
    case Reason::WrongDay:
        return {OverrideReason::OtherDayAccepted};
    case Reason::WrongCenter:
        return {OverrideReason::OtherCenterAccepted};
    case Reason::TooEarly:
    case Reason::TooEarlyWait:
        return {OverrideReason::EarlyAccepted};
    case Reason::TooLate:
        return {OverrideReason::LateAccepted};
    default:
        return {};
    }
}

std::string foldFactor(std::string_view text)
{
    std::string out;
    for (const char c : text) {
        if (c >= 'a' && c <= 'z')
            out += static_cast<char>(c - 'a' + 'A');
        else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            out += c;
    }
    return out;
}

OnSiteResolution::OnSiteResolution(
    cache::Store &store, const Policy &policy, const Clock &clock, Options options)
    : m_store(store)
    , m_policy(policy)
    , m_clock(clock)
    , m_options(options)
    , m_day(store.database(), store.outbox())
    , m_guard(options.guard)
{ }

void OnSiteResolution::audit(cache::AuditAction action, cache::AuditOutcome outcome,
    const std::string &operatorId, const std::string &subject)
{
    appendAudit(m_store, m_policy.kioskId, m_clock, action, outcome, operatorId, subject);
}

cache::Result<std::vector<StaffHit>> OnSiteResolution::staffSearch(
    std::string_view text, const std::string &operatorId)
{
    const LocalTime now = toLocal(m_clock.now());
    // A clearing ticket the desk resolved finds the appointment it names.
    if (const auto ticket = cache::asTicketNumber(text)) {
        auto found = m_store.findByTicket(*ticket);
        if (!found) {
            audit(cache::AuditAction::Lookup, cache::AuditOutcome::Refused, operatorId, {});
            return tl::unexpected(found.error());
        }
        std::vector<cache::LookupHit> byTicket;
        if (*found)
            byTicket.push_back({std::move(**found), 0});
        return describe(std::move(byTicket), operatorId);
    }
    // A ticket of letters only, typed without "K-", reads like a name (asTicketNumber leaves it to
    // the name search). When it spells a ticket, check digit included, that the desk resolved, it
    // is that ticket; otherwise the name search below runs as for any word.
    if (const auto spelled = cache::parseTicketNumber(text)) {
        auto found = m_store.findByTicket(*spelled);
        if (!found) {
            audit(cache::AuditAction::Lookup, cache::AuditOutcome::Refused, operatorId, {});
            return tl::unexpected(found.error());
        }
        if (*found) {
            std::vector<cache::LookupHit> byTicket;
            byTicket.push_back({std::move(**found), 0});
            return describe(std::move(byTicket), operatorId);
        }
    }
    cache::LookupQuery query;
    std::istringstream words{std::string(text)};
    std::string word;
    while (words >> word) {
        if (query.birthDate.empty()) {
            if (auto date = cache::parseBirthDate(word, currentYear(now))) {
                query.birthDate = *date;
                continue;
            }
        }
        query.name += (query.name.empty() ? "" : " ") + word;
    }
    query.day = now.day;
    query.limit = 20;
    auto hits = m_store.lookup(query);
    if (hits && hits->empty()) {
        query.day.clear(); // not today: the person may have come on the wrong day
        hits = m_store.lookup(query);
    }
    if (!hits) {
        audit(cache::AuditAction::Lookup, cache::AuditOutcome::Refused, operatorId, {});
        return tl::unexpected(hits.error());
    }
    return describe(std::move(*hits), operatorId);
}

cache::Result<std::vector<StaffHit>> OnSiteResolution::describe(
    std::vector<cache::LookupHit> hits, const std::string &operatorId)
{
    std::vector<StaffHit> out;
    out.reserve(hits.size());
    for (auto &hit : hits) {
        StaffHit row;
        row.appointment = std::move(hit.appointment);
        const auto &a = row.appointment;
        auto admitted = m_store.admittedCheckIn(a.id);
        if (!admitted) {
            audit(cache::AuditAction::Lookup, cache::AuditOutcome::Refused, operatorId, {});
            return tl::unexpected(admitted.error());
        }
        if (const std::optional<cache::CheckIn> &checkIn = *admitted) {
            row.status = SearchStatus::CheckedIn;
            row.checkIn = *checkIn;
            row.annullable = !CheckInService::checkAnnulment(*checkIn, operatorId, m_policy, m_clock.now());
        } else if (a.status == cache::AppointmentStatus::Cancelled) {
            row.status = SearchStatus::Cancelled;
        } else if (a.centerId != m_policy.centerId) {
            row.status = SearchStatus::OtherCenter;
        } else if (a.status == cache::AppointmentStatus::Pending) {
            row.status = SearchStatus::NeverConfirmed;
        }
        out.push_back(std::move(row));
    }
    audit(cache::AuditAction::Lookup, out.empty() ? cache::AuditOutcome::NoMatch : cache::AuditOutcome::Done,
        operatorId, out.empty() ? std::string() : "appointments:" + std::to_string(out.size()));
    return out;
}

SelfServiceResult OnSiteResolution::selfServiceLookup(std::string_view familyName, std::string_view birthDate)
{
    SelfServiceResult result;
    const auto nowPoint = m_clock.now();
    const LocalTime now = toLocal(nowPoint);
    // A mistyped date says nothing about anyone: it is answered at once and costs no attempt.
    const auto date = cache::parseBirthDate(birthDate, currentYear(now));
    if (!date) {
        result.answer = SelfServiceAnswer::InvalidDate;
        return result;
    }
    if (const auto wait = m_guard.waitBefore(nowPoint); wait.count() > 0) {
        result.answer = SelfServiceAnswer::Wait;
        result.wait = wait;
        result.suggestStaff = true;
        audit(cache::AuditAction::Lookup, cache::AuditOutcome::Refused, {}, "self-service:cooling-down");
        return result;
    }
    cache::LookupQuery query;
    query.name = std::string(familyName);
    query.birthDate = *date;
    query.day = now.day;
    query.limit = 5;
    auto hits = m_store.lookup(query);
    std::vector<const cache::Appointment *> matches;
    if (hits) {
        // Stricter than staff search: the family name up to case, accents and one typo, the exact
        // date of birth, a confirmed booking here today.
        cache::NameFolder &folder = m_store.nameFolder();
        const std::string typed = folder.key(familyName);
        for (const auto &hit : *hits) {
            const auto &a = hit.appointment;
            if (a.birthDate == *date && a.centerId == m_policy.centerId && a.day == now.day
                && a.status == cache::AppointmentStatus::Confirmed
                && cache::editDistance(typed, folder.key(a.familyName)) <= 1)
                matches.push_back(&a);
        }
    }
    m_pendingHit.reset();
    if (matches.size() == 1) {
        // A hit is not recorded by the guard: it must not buy more probes (LookupGuard invariant 3).
        result.answer = SelfServiceAnswer::Found;
        result.hit = masked(*matches.front());
        result.confirm = m_policy.selfServiceConfirm;
        m_pendingHit = PendingHit{matches.front()->id, nowPoint};
        audit(cache::AuditAction::Lookup, cache::AuditOutcome::Done, {},
            "appointment:" + std::to_string(matches.front()->id));
        return result;
    }
    // Two people with the same name and birthday, nobody, or a store failure: the same answer.
    m_guard.recordMiss(nowPoint);
    result.answer = SelfServiceAnswer::SeeStaff;
    result.suggestStaff = m_guard.suggestStaff();
    audit(cache::AuditAction::Lookup, hits ? cache::AuditOutcome::NoMatch : cache::AuditOutcome::Refused, {},
        "self-service");
    return result;
}

Verdict OnSiteResolution::record(
    Verdict v, const std::string &operatorId, cache::CheckInMethod method, bool admits, Reason storedReason)
{
    if (!v.appointment)
        return v; // nothing to record: a verdict without an appointment admits nobody
    cache::CheckIn row;
    row.appointmentId = v.appointment->id;
    row.kioskId = m_policy.kioskId;
    row.operatorId = operatorId;
    row.method = method;
    row.outcome = static_cast<int>(admits ? Family::Pass : familyOf(storedReason));
    row.reason = static_cast<int>(storedReason);
    row.scannedAtMs = unixMs(m_clock.now());
    auto stored = m_store.recordCheckIn(row, admits);
    if (!stored) {
        if (!admits)
            return v;
        if (stored.error().kind == cache::ErrorKind::Invalid) {
            auto prev = m_store.admittedCheckIn(v.appointment->id);
            if (const std::optional<cache::CheckIn> earlier = prev ? *prev : std::nullopt) {
                v.previous = *earlier;
                v.reason = Reason::AlreadyCheckedIn;
                return v;
            }
        }
        v.reason = Reason::StoreFailure;
        v.detail.kind = DetailKind::StoreFailed;
        v.detail.message = stored.error().message;
        return v;
    }
    v.recorded = *stored;
    return v;
}

std::optional<Verdict> OnSiteResolution::confirmSelfService(
    int64_t appointmentId, std::string_view secondFactor)
{
    const auto nowPoint = m_clock.now();
    const std::string subject = "self-service:appointment:" + std::to_string(appointmentId);
    const auto pending = m_pendingHit;
    m_pendingHit.reset(); // one confirmation per hit, right or wrong
    if (!pending || pending->appointmentId != appointmentId
        || nowPoint - pending->at > kSelfServiceConfirmWindow || nowPoint < pending->at) {
        audit(cache::AuditAction::ManualCheckIn, cache::AuditOutcome::Refused, {}, subject + ":no-hit");
        return std::nullopt;
    }
    if (m_policy.selfServiceConfirm == SelfServiceConfirm::Desk) {
        audit(cache::AuditAction::ManualCheckIn, cache::AuditOutcome::NoMatch, {}, subject + ":to-desk");
        return std::nullopt;
    }
    auto found = m_store.findById(appointmentId);
    if (!found)
        return storeFailure(found.error().message);
    const std::optional<cache::Appointment> &appointment = *found;
    if (!appointment)
        return std::nullopt;
    const std::string expected
        = foldFactor(m_policy.selfServiceConfirm == SelfServiceConfirm::PostalCode ? appointment->postalCode
                                                                                   : appointment->bookingRef);
    if (expected.empty() || foldFactor(secondFactor) != expected) {
        // A wrong factor is a probe like a wrong name: it costs from the same budget.
        m_guard.recordMiss(nowPoint);
        audit(cache::AuditAction::ManualCheckIn, cache::AuditOutcome::Refused, {}, subject + ":factor");
        return std::nullopt;
    }
    Verdict v = decideForAppointment(*appointment, m_store, m_policy, m_clock);
    if (v.reason == Reason::AdmittedAgain || v.family() == Family::Technical)
        return v;
    const bool admits = v.family() == Family::Pass;
    const Reason reason = v.reason;
    return record(std::move(v), {}, cache::CheckInMethod::Lookup, admits, reason);
}

Verdict OnSiteResolution::admit(int64_t appointmentId, const std::string &operatorId)
{
    if (operatorId.empty()) {
        audit(cache::AuditAction::ManualCheckIn, cache::AuditOutcome::Refused, {},
            "appointment:" + std::to_string(appointmentId));
        return withReason(Reason::NotFound);
    }
    return admitChecked(appointmentId, operatorId);
}

Verdict OnSiteResolution::admitChecked(int64_t appointmentId, const std::string &operatorId)
{
    auto found = m_store.findById(appointmentId);
    if (!found)
        return storeFailure(found.error().message);
    const std::optional<cache::Appointment> &appointment = *found;
    if (!appointment)
        return withReason(Reason::NotFound);
    Verdict v = decideForAppointment(*appointment, m_store, m_policy, m_clock);
    const std::string subject = "appointment:" + std::to_string(appointmentId);
    if (v.reason == Reason::AdmittedAgain || v.family() == Family::Technical)
        return v;
    const bool admits = v.family() == Family::Pass;
    const Reason reason = v.reason;
    v = record(std::move(v), operatorId, cache::CheckInMethod::Lookup, admits, reason);
    if (admits)
        audit(cache::AuditAction::ManualCheckIn,
            v.recorded ? cache::AuditOutcome::Done : cache::AuditOutcome::Refused, operatorId, subject);
    return v;
}

Verdict OnSiteResolution::admitByOverride(
    int64_t appointmentId, const std::string &operatorId, OverrideReason reason, std::string_view note)
{
    auto found = m_store.findById(appointmentId);
    if (!found)
        return storeFailure(found.error().message);
    const std::optional<cache::Appointment> &appointment = *found;
    if (!appointment)
        return withReason(Reason::NotFound);
    return overrule(decideForAppointment(*appointment, m_store, m_policy, m_clock), operatorId, reason, note);
}

Verdict OnSiteResolution::overrule(
    Verdict v, const std::string &operatorId, OverrideReason reason, std::string_view note)
{
    const std::string subject = "appointment:" + std::to_string(v.appointment ? v.appointment->id : 0);
    const auto fits = overrideReasonsFor(v.reason);
    const bool allowed = reason == OverrideReason::ConfirmedOnSite
        ? overridable(v.reason)
        : std::find(fits.begin(), fits.end(), reason) != fits.end();
    if (operatorId.empty() || !v.appointment || !allowed) {
        audit(cache::AuditAction::Override, cache::AuditOutcome::Refused, operatorId,
            subject + " reason:" + overrideReasonKey(reason) + " overrules:" + reasonKey(v.reason));
        return v;
    }
    const Reason overruled = v.reason;
    v.reason = Reason::AdmittedByStaff;
    v.detail = {};
    v.comeBackAtMinute = -1;
    v = record(std::move(v), operatorId, cache::CheckInMethod::Manual, true, Reason::AdmittedByStaff);
    // The staff's note goes to the audit log with the check-in it justifies (bounded; staff are told
    // not to write health data there).
    std::string entry = (v.recorded ? "checkin:" + v.recorded->id : subject)
        + " reason:" + overrideReasonKey(reason) + " overrules:" + reasonKey(overruled);
    const std::string bounded(note.substr(0, std::min(note.size(), kMaxOverrideNote)));
    if (bounded.find_first_not_of(" \t") != std::string::npos)
        entry += " note:" + bounded;
    audit(cache::AuditAction::Override, v.recorded ? cache::AuditOutcome::Done : cache::AuditOutcome::Refused,
        operatorId, entry);
    return v;
}

Verdict OnSiteResolution::confirmPendingAndAdmit(int64_t appointmentId, const std::string &operatorId)
{
    if (operatorId.empty())
        return withReason(Reason::NeverConfirmed);
    auto found = m_store.findById(appointmentId);
    if (!found)
        return storeFailure(found.error().message);
    const std::optional<cache::Appointment> &appointment = *found;
    if (!appointment)
        return withReason(Reason::NotFound);
    if (appointment->status != cache::AppointmentStatus::Pending)
        return admit(appointmentId, operatorId);
    auto figures = today();
    if (!figures)
        return storeFailure(figures.error().message);
    const std::string subject = "appointment:" + std::to_string(appointmentId);
    if (figures->remainingCapacity(m_options.extraSlots) <= 0) {
        audit(cache::AuditAction::ManualCheckIn, cache::AuditOutcome::Refused, operatorId, subject);
        Verdict v = withReason(Reason::NeverConfirmed, DetailKind::NoCapacity);
        v.appointment = *appointment;
        return v;
    }
    const int64_t at = unixMs(m_clock.now());
    if (auto ok
        = m_day.confirmPending(appointmentId, cache::newTimeOrderedId(at), at, m_policy.kioskId, operatorId);
        !ok)
        return ok.error().kind == cache::ErrorKind::Invalid ? withReason(Reason::NeverConfirmed)
                                                            : storeFailure(ok.error().message);
    m_store.appointmentLookup().invalidate();
    audit(cache::AuditAction::ManualCheckIn, cache::AuditOutcome::Done, operatorId, subject + ":confirmed");
    auto confirmed = m_store.findById(appointmentId);
    const std::optional<cache::Appointment> nowConfirmed = confirmed ? *confirmed : std::nullopt;
    if (!nowConfirmed)
        return admitChecked(appointmentId, operatorId);
    // The attempt's slot may be at another time today: staff admit now, as confirmed on site.
    Verdict v = decideForAppointment(*nowConfirmed, m_store, m_policy, m_clock);
    if (overridable(v.reason))
        return overrule(std::move(v), operatorId, OverrideReason::ConfirmedOnSite, {});
    return admitChecked(appointmentId, operatorId);
}

tl::expected<ClearingTicket, CaseRefusal> OnSiteResolution::openClearingCase(
    const CaseDetails &details, const std::string &operatorId)
{
    const auto nowPoint = m_clock.now();
    cache::ClearingCase c;
    if (auto problem = cache::checkCaseDetails(details.givenName, details.familyName, details.birthDate,
            details.contact, details.account, toLocal(nowPoint).day, c.birthDate)) {
        audit(cache::AuditAction::ClearingCase, cache::AuditOutcome::Refused, operatorId, {});
        return tl::unexpected(CaseRefusal{problem, {}});
    }
    c.openedAtMs = unixMs(nowPoint);
    c.kioskId = m_policy.kioskId;
    c.operatorId = operatorId;
    c.givenName = details.givenName;
    c.familyName = details.familyName;
    c.contact = details.contact;
    c.account = details.account;
    auto opened = m_store.openClearingCase(std::move(c));
    if (!opened) {
        audit(cache::AuditAction::ClearingCase, cache::AuditOutcome::Refused, operatorId, {});
        return tl::unexpected(CaseRefusal{std::nullopt, opened.error()});
    }
    audit(cache::AuditAction::ClearingCase, cache::AuditOutcome::Done, operatorId, "case:" + opened->id);
    return ClearingTicket{opened->id, cache::ticketNumber(opened->id)};
}

cache::Result<cache::DayFigures> OnSiteResolution::today()
{
    const LocalTime now = toLocal(m_clock.now());
    cache::EntranceDay::LocalDay day;
    day.day = now.day;
    const auto start = fromLocal(now.day, 0);
    if (start) {
        // The next local midnight, also on a day with a clock change (23 or 25 hours long).
        const auto next = fromLocal(toLocal(*start + std::chrono::hours(26)).day, 0);
        day.startMs = unixMs(*start);
        if (next)
            day.endMs = unixMs(*next);
        else
            day.endMs = day.startMs + int64_t{24} * 3600 * 1000;
    }
    day.hourOf = [](int64_t ms) {
        return toLocal(std::chrono::system_clock::time_point(std::chrono::milliseconds(ms))).minuteOfDay / 60;
    };
    return m_day.figures(m_policy.centerId, day, now.minuteOfDay, m_policy.lateMinutes);
}

} // namespace checkin::core
