// OnSiteResolution: lookups, admissions by lookup, overrides, confirmations and clearing cases.
#include "terminal/core/onsiteresolution.h"

#include "offline-cache/birthdate.h"
#include "offline-cache/ids.h"
#include "offline-cache/namefold.h"
#include "offline-cache/nameindex.h"
#include "offline-cache/ticketnumber.h"
#include "terminal/core/admission.h"
#include "terminal/core/audittrail.h"
#include "terminal/core/localtime.h"

#include <sstream>

namespace checkin::core {

namespace {

int currentYear(const LocalTime &now)
{
    return std::stoi(now.day.substr(0, 4));
}

Verdict withReason(Reason reason, std::string detail = {})
{
    Verdict v;
    v.reason = reason;
    v.detail = std::move(detail);
    return v;
}

} // namespace

std::string maskedSummary(const cache::Appointment &a)
{
    std::string out = a.givenName + " " + firstLetter(a.familyName) + ".";
    if (a.birthDate.size() >= 4)
        out += ", born " + a.birthDate.substr(0, 4);
    return out + ", " + formatMinute(a.slotStart);
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

bool OnSiteResolution::overridable(Reason reason)
{
    switch (reason) {
    case Reason::WrongDay:
    case Reason::WrongCenter:
    case Reason::TooEarly:
    case Reason::TooEarlyWait:
    case Reason::TooLate:
        return true;
    default:
        return false;
    }
}

void OnSiteResolution::audit(cache::AuditAction action, cache::AuditOutcome outcome,
    const std::string &operatorId, const std::string &subject)
{
    appendAudit(m_store, m_policy.kioskId, m_clock, action, outcome, operatorId, subject);
}

cache::Result<std::vector<cache::LookupHit>> OnSiteResolution::staffSearch(
    std::string_view text, const std::string &operatorId)
{
    const LocalTime now = toLocal(m_clock.now());
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
        return hits;
    }
    audit(cache::AuditAction::Lookup,
        hits->empty() ? cache::AuditOutcome::NoMatch : cache::AuditOutcome::Done, operatorId,
        hits->empty() ? std::string() : "appointments:" + std::to_string(hits->size()));
    return hits;
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
    if (matches.size() == 1) {
        m_guard.recordHit(nowPoint);
        result.answer = SelfServiceAnswer::Found;
        result.appointmentId = matches.front()->id;
        result.masked = maskedSummary(*matches.front());
        audit(cache::AuditAction::Lookup, cache::AuditOutcome::Done, {},
            "appointment:" + std::to_string(result.appointmentId));
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
            if (auto prev = m_store.admittedCheckIn(v.appointment->id); prev && *prev) {
                v.previous = **prev;
                v.reason = Reason::AlreadyCheckedIn;
                return v;
            }
        }
        v.reason = Reason::StoreFailure;
        v.detail = stored.error().message;
        return v;
    }
    v.recorded = *stored;
    return v;
}

Verdict OnSiteResolution::admit(
    int64_t appointmentId, const std::string &operatorId, const std::string &overrideReason)
{
    auto found = m_store.findById(appointmentId);
    if (!found)
        return withReason(Reason::StoreFailure, found.error().message);
    if (!*found)
        return withReason(Reason::NotFound);
    Verdict v = decideForAppointment(**found, m_store, m_policy, m_clock);
    const std::string subject = "appointment:" + std::to_string(appointmentId);
    if (v.reason == Reason::AdmittedAgain || v.family() == Family::Technical)
        return v;
    if (v.family() == Family::Pass) {
        v = record(std::move(v), operatorId, cache::CheckInMethod::Lookup, true, v.reason);
        if (!operatorId.empty())
            audit(cache::AuditAction::ManualCheckIn,
                v.recorded ? cache::AuditOutcome::Done : cache::AuditOutcome::Refused, operatorId, subject);
        return v;
    }
    const bool hasReason = overrideReason.find_first_not_of(" \t") != std::string::npos;
    if (hasReason && !operatorId.empty() && overridable(v.reason)) {
        const Reason overruled = v.reason;
        v.reason = Reason::Admitted;
        v.detail = std::string("admitted by ") + operatorId + " despite " + reasonKey(overruled) + ": "
            + overrideReason;
        v = record(std::move(v), operatorId, cache::CheckInMethod::Manual, true, overruled);
        audit(cache::AuditAction::Override,
            v.recorded ? cache::AuditOutcome::Done : cache::AuditOutcome::Refused, operatorId,
            // The staff's words go to the audit log with the check-in they justify (bounded; they
            // are about the decision, and staff are told not to write health data there).
            (v.recorded ? "checkin:" + v.recorded->id : subject) + " overruled:" + reasonKey(overruled)
                + " because:" + overrideReason.substr(0, 120));
        return v;
    }
    if (hasReason)
        audit(cache::AuditAction::Override, cache::AuditOutcome::Refused, operatorId, subject);
    return record(std::move(v), operatorId, cache::CheckInMethod::Lookup, false, v.reason);
}

Verdict OnSiteResolution::confirmPendingAndAdmit(int64_t appointmentId, const std::string &operatorId)
{
    if (operatorId.empty())
        return withReason(Reason::NeverConfirmed, "only staff can confirm a booking attempt");
    auto found = m_store.findById(appointmentId);
    if (!found)
        return withReason(Reason::StoreFailure, found.error().message);
    if (!*found)
        return withReason(Reason::NotFound);
    if ((*found)->status != cache::AppointmentStatus::Pending)
        return admit(appointmentId, operatorId);
    auto figures = today();
    if (!figures)
        return withReason(Reason::StoreFailure, figures.error().message);
    const std::string subject = "appointment:" + std::to_string(appointmentId);
    if (figures->remainingCapacity(m_options.extraSlots) <= 0) {
        audit(cache::AuditAction::ManualCheckIn, cache::AuditOutcome::Refused, operatorId, subject);
        Verdict v = withReason(Reason::NeverConfirmed, "no capacity left today: open a clearing case");
        v.appointment = **found;
        return v;
    }
    const int64_t at = unixMs(m_clock.now());
    if (auto ok
        = m_day.confirmPending(appointmentId, cache::newTimeOrderedId(at), at, m_policy.kioskId, operatorId);
        !ok)
        return withReason(
            ok.error().kind == cache::ErrorKind::Invalid ? Reason::NeverConfirmed : Reason::StoreFailure,
            ok.error().message);
    m_store.appointmentLookup().invalidate();
    audit(cache::AuditAction::ManualCheckIn, cache::AuditOutcome::Done, operatorId, subject + ":confirmed");
    // The attempt's slot may be at another time today: staff admit now, as confirmed on site.
    return admit(appointmentId, operatorId, "booking attempt confirmed on site");
}

tl::expected<ClearingTicket, cache::Error> OnSiteResolution::openClearingCase(
    const CaseDetails &details, const std::string &operatorId)
{
    const auto nowPoint = m_clock.now();
    cache::ClearingCase c;
    c.openedAtMs = unixMs(nowPoint);
    c.kioskId = m_policy.kioskId;
    c.operatorId = operatorId;
    c.givenName = details.givenName;
    c.familyName = details.familyName;
    c.birthDate = cache::parseBirthDate(details.birthDate, currentYear(toLocal(nowPoint)))
                      .value_or(details.birthDate);
    c.contact = details.contact;
    c.account = details.account;
    auto opened = m_store.openClearingCase(std::move(c));
    if (!opened) {
        audit(cache::AuditAction::ClearingCase, cache::AuditOutcome::Refused, operatorId, {});
        return tl::unexpected(opened.error());
    }
    audit(cache::AuditAction::ClearingCase, cache::AuditOutcome::Done, operatorId, "case:" + opened->id);
    return ClearingTicket{opened->id, cache::ticketNumber(opened->id)};
}

std::optional<cache::Appointment> OnSiteResolution::appointment(int64_t id)
{
    auto found = m_store.findById(id);
    return found ? *found : std::nullopt;
}

cache::Result<cache::DayFigures> OnSiteResolution::today()
{
    const LocalTime now = toLocal(m_clock.now());
    return m_day.figures(m_policy.centerId, now.day, now.minuteOfDay, m_policy.lateMinutes);
}

} // namespace checkin::core
