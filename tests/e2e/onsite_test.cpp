// On-site resolution, scenario by scenario, on a real cache file with the real rules.
#include "offline-cache/ticketnumber.h"
#include "terminal/core/localtime.h"
#include "terminal/core/onsiteresolution.h"
#include "tests/support/tempdir.h"

#include <algorithm>
#include <cstdio>
#include <gtest/gtest.h>

using namespace checkin;
using namespace checkin::core;

namespace {

constexpr const char *kToday = "2026-11-29";

class OnSite : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = cache::Store::open(dir.file("cache.sqlite")).value();
        std::vector<cache::Store::Import> rows;
        auto add = [&](int64_t id, std::string given, std::string family, std::string birth, std::string day,
                       int slot, cache::AppointmentStatus status = cache::AppointmentStatus::Confirmed) {
            cache::Appointment a;
            a.id = id;
            a.bookingRef = "SB1-" + std::to_string(4000 + id);
            a.centerId = "SB1";
            a.day = std::move(day);
            a.slotStart = slot;
            a.slotEnd = slot + 5;
            a.status = status;
            a.givenName = std::move(given);
            a.familyName = std::move(family);
            a.birthDate = std::move(birth);
            rows.push_back({a, a.bookingRef});
        };
        add(1, "Anna", "Müller", "1950-11-29", kToday, 10 * 60 + 30);
        add(2, "Anna", "Müller", "1961-03-14", kToday, 14 * 60);
        add(3, "Hans", "Schäfer", "1944-07-01", kToday, 10 * 60 + 30);
        add(4, "Ayşe", "Yılmaz", "1958-02-20", kToday, 10 * 60 + 35, cache::AppointmentStatus::Pending);
        add(5, "Olena", "Shevchenko", "1972-05-09", "2026-11-30", 9 * 60);
        for (int i = 0; i < 40; ++i)
            add(100 + i, "Person", "Beispiel" + std::to_string(i), "1980-01-01", kToday, 8 * 60 + i * 5);
        ASSERT_TRUE(store->upsertAppointments(rows));
    }

    std::vector<cache::AuditEntry> audits() { return store->auditEntries().value(); }
    int64_t outboxOf(cache::OutboxKind kind)
    {
        const auto items = store->outboxBatch(10000).value();
        return std::count_if(
            items.begin(), items.end(), [&](const auto &item) { return item.kind() == kind; });
    }

    checkin::testing::TempDir dir;
    std::unique_ptr<cache::Store> store;
    Policy policy; // kiosk demo-01 at SB1, 30 minutes early, 60 late
    ManualClock clock{*fromLocal(kToday, 10 * 60 + 25)};
};

} // namespace

// Scenario 1: booked and confirmed, but the code is lost or the phone is dead.
TEST_F(OnSite, StaffFindAnnaMuellerByNameOrBirthDateAndCheckHerInByLookup)
{
    OnSiteResolution resolution(*store, policy, clock);
    auto byName = resolution.staffSearch("mueller anna", "staff-7").value();
    ASSERT_FALSE(byName.empty());
    EXPECT_EQ(byName.front().appointment.familyName, "Müller");
    auto byBirth = resolution.staffSearch("29.11.1950", "staff-7").value();
    ASSERT_EQ(byBirth.size(), 1U);
    EXPECT_EQ(byBirth.front().appointment.id, 1);
    EXPECT_EQ(resolution.staffSearch("Müller 29.11.50", "staff-7").value().front().appointment.id, 1);

    const Verdict v = resolution.admit(1, "staff-7");
    ASSERT_EQ(v.reason, Reason::Admitted);
    ASSERT_TRUE(v.recorded);
    EXPECT_EQ(v.recorded->method, cache::CheckInMethod::Lookup);
    EXPECT_EQ(v.recorded->operatorId, "staff-7");
    EXPECT_EQ(outboxOf(cache::OutboxKind::CheckIn), 1);
    const auto log = audits();
    ASSERT_GE(log.size(), 4U);
    EXPECT_EQ(log.back().action, cache::AuditAction::ManualCheckIn);
    EXPECT_EQ(log.back().operatorId, "staff-7");
    for (const auto &entry : log)
        EXPECT_EQ(entry.subject.find("ller"), std::string::npos) << "no search terms in the audit log";
}

// Scenario 2: the booking attempt never completed.
TEST_F(OnSite, StaffConfirmABookingAttemptThatNeverCompletedWhenCapacityAllows)
{
    OnSiteResolution resolution(*store, policy, clock);
    auto hits = resolution.staffSearch("yilmaz ayse", "staff-7").value();
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(hits.front().appointment.status, cache::AppointmentStatus::Pending);
    EXPECT_EQ(resolution.admit(4, "staff-7").reason, Reason::NeverConfirmed)
        << "a lookup alone does not admit";

    // Two of the morning's people did not come: their slots are free again.
    clock.set(*fromLocal(kToday, 11 * 60 + 45));
    const auto before = resolution.today().value();
    EXPECT_GT(before.noShows, 0);
    EXPECT_GT(before.remainingCapacity(), 0);

    const Verdict v = resolution.confirmPendingAndAdmit(4, "staff-7");
    ASSERT_EQ(v.family(), Family::Pass) << reasonKey(v.reason) << " " << detailKey(v.detail.kind);
    EXPECT_EQ(store->findById(4).value()->status, cache::AppointmentStatus::Confirmed);
    EXPECT_EQ(outboxOf(cache::OutboxKind::Confirmation), 1);
    EXPECT_EQ(outboxOf(cache::OutboxKind::CheckIn), 2) << "the refused lookup admission and the admission";
    const auto after = resolution.today().value();
    EXPECT_EQ(after.arrived, before.arrived + 1);
    EXPECT_EQ(after.onSiteConfirmations, before.onSiteConfirmations + 1);
    EXPECT_EQ(after.pending, before.pending - 1);
}

TEST_F(OnSite, StaffCannotConfirmABookingAttemptWhenTheDayIsFull)
{
    OnSiteResolution resolution(*store, policy, clock);
    // At 07:00 every booked person is still expected: no slot is free.
    clock.set(*fromLocal(kToday, 7 * 60));
    ASSERT_EQ(resolution.today().value().remainingCapacity(), 0);
    const Verdict v = resolution.confirmPendingAndAdmit(4, "staff-7");
    EXPECT_EQ(v.reason, Reason::NeverConfirmed);
    EXPECT_EQ(v.detail.kind, DetailKind::NoCapacity);
    EXPECT_EQ(store->findById(4).value()->status, cache::AppointmentStatus::Pending);
    EXPECT_EQ(outboxOf(cache::OutboxKind::Confirmation), 0);
    EXPECT_EQ(audits().back().outcome, cache::AuditOutcome::Refused);
}

// Scenario 3: nothing found, and details the desk could not use.
TEST_F(OnSite, RefusesACaseWithoutAFamilyNameOrARealBirthDateAndQueuesNothing)
{
    OnSiteResolution resolution(*store, policy, clock);
    const auto problemOf = [&](const CaseDetails &details) {
        auto ticket = resolution.openClearingCase(details, "staff-7");
        return ticket ? std::nullopt : ticket.error().problem;
    };
    EXPECT_EQ(problemOf({"Bożena", "K", "03.04.1949", "", ""}), cache::CaseDetailsProblem::FamilyNameMissing);
    EXPECT_EQ(problemOf({"Bożena", "Kowalczyk", "31.02.1949", "", ""}),
        cache::CaseDetailsProblem::BirthDateInvalid);
    EXPECT_EQ(
        problemOf({"Bożena", "Kowalczyk", "soon", "", ""}), cache::CaseDetailsProblem::BirthDateInvalid);
    EXPECT_EQ(problemOf({"Bożena", "Kowalczyk", "01.01.2099", "", ""}),
        cache::CaseDetailsProblem::BirthDateInvalid);
    EXPECT_EQ(problemOf({"Bożena", "Kowalczyk", "03.04.1949", "", std::string(600, 'x')}),
        cache::CaseDetailsProblem::TooLong);
    EXPECT_TRUE(store->listClearingCases().value().empty());
    EXPECT_EQ(outboxOf(cache::OutboxKind::ClearingCase), 0);
    EXPECT_EQ(audits().back().action, cache::AuditAction::ClearingCase);
    EXPECT_EQ(audits().back().outcome, cache::AuditOutcome::Refused);
    EXPECT_TRUE(audits().back().subject.empty()) << "nothing typed reaches the audit log";
}

// Scenario 3: nothing found.
TEST_F(OnSite, OpensAClearingCaseWithATicketNumberWhenNothingIsFound)
{
    OnSiteResolution resolution(*store, policy, clock);
    EXPECT_TRUE(resolution.staffSearch("Kowalczyk Bożena 03.04.1949", "staff-7").value().empty());
    auto ticket = resolution.openClearingCase(
        {"Bożena", "Kowalczyk", "03.04.1949", "0681 123456", "booked by phone on 24.12., never got a code"},
        "staff-7");
    ASSERT_TRUE(ticket) << ticket.error().error.message;
    // The kiosk shows the one ticket the hub lists for this case.
    EXPECT_EQ(ticket->number, cache::ticketNumber(ticket->caseId));
    EXPECT_EQ(ticket->number.size(), 13U);
    const auto cases = store->listClearingCases().value();
    ASSERT_EQ(cases.size(), 1U);
    EXPECT_EQ(cases[0].id, ticket->caseId);
    EXPECT_EQ(cases[0].birthDate, "1949-04-03");
    EXPECT_EQ(cases[0].contact, "0681 123456");
    EXPECT_EQ(outboxOf(cache::OutboxKind::ClearingCase), 1);
    EXPECT_EQ(audits().back().action, cache::AuditAction::ClearingCase);
    EXPECT_EQ(audits().back().subject, "case:" + ticket->caseId);

    // Once the hub has acknowledged the case, the kiosk keeps its number but not the person.
    const std::vector<std::string> done{ticket->caseId};
    ASSERT_TRUE(store->markOutboxDone(done));
    const auto synced = store->listClearingCases().value();
    ASSERT_EQ(synced.size(), 1U);
    EXPECT_EQ(synced[0].status, cache::ClearingStatus::Synced);
    EXPECT_TRUE(synced[0].familyName.empty());
    EXPECT_TRUE(synced[0].contact.empty());
    EXPECT_EQ(
        store->database().scalar("SELECT count(*) FROM clearing_cases WHERE family_name IS NOT NULL").value(),
        0);
}

// Scenario 4: the self-service kiosk.
TEST_F(OnSite, SelfServiceFindsOneMaskedBookingUpToCaseAccentsAndOneTypo)
{
    OnSiteResolution resolution(*store, policy, clock);
    for (const char *typed : {"Müller", "MUELLER", "muller", "Müler", "Mülller"}) {
        const auto r = resolution.selfServiceLookup(typed, "29.11.1950");
        ASSERT_EQ(r.answer, SelfServiceAnswer::Found) << typed;
        ASSERT_TRUE(r.hit);
        EXPECT_EQ(r.hit->id, 1);
        EXPECT_EQ(r.hit->givenName, "Anna");
        EXPECT_EQ(r.hit->familyName, "M");
        EXPECT_EQ(r.hit->birthDate, "1950");
        EXPECT_TRUE(r.hit->postalCode.empty() && r.hit->bookingRef.empty());
    }
}

// Invariant 5: a masked hit alone admits nobody.
TEST_F(OnSite, SelfServiceSendsAHitToTheDeskByDefault)
{
    OnSiteResolution resolution(*store, policy, clock);
    ASSERT_EQ(policy.selfServiceConfirm, SelfServiceConfirm::Desk) << "the safe default";
    const auto r = resolution.selfServiceLookup("Müller", "29.11.1950");
    ASSERT_EQ(r.answer, SelfServiceAnswer::Found);
    EXPECT_EQ(r.confirm, SelfServiceConfirm::Desk);
    EXPECT_FALSE(resolution.confirmSelfService(1, {}));
    EXPECT_FALSE(store->admittedCheckIn(1).value());
    EXPECT_FALSE(resolution.admit(1, {}).recorded) << "the staff path needs an operator";
    EXPECT_FALSE(store->admittedCheckIn(1).value());
}

TEST_F(OnSite, SelfServiceAdmitsAHitOnlyWithTheRightSecondFactor)
{
    policy.selfServiceConfirm = SelfServiceConfirm::BookingReference;
    OnSiteResolution resolution(*store, policy, clock);
    EXPECT_FALSE(resolution.confirmSelfService(1, "SB1-4001")) << "no lookup, no admission";
    ASSERT_EQ(resolution.selfServiceLookup("Müller", "29.11.1950").answer, SelfServiceAnswer::Found);
    EXPECT_FALSE(resolution.confirmSelfService(1, "SB1-4002")) << "a wrong reference";
    EXPECT_FALSE(resolution.confirmSelfService(1, "SB1-4001")) << "the hit ended with the wrong try";
    ASSERT_EQ(resolution.selfServiceLookup("Müller", "29.11.1950").answer, SelfServiceAnswer::Found);
    EXPECT_FALSE(resolution.confirmSelfService(2, "SB1-4002")) << "only the booking the lookup found";
    ASSERT_EQ(resolution.selfServiceLookup("Müller", "29.11.1950").answer, SelfServiceAnswer::Found);
    clock.advance(std::chrono::minutes(4));
    EXPECT_FALSE(resolution.confirmSelfService(1, "SB1-4001")) << "too long after the hit";
    ASSERT_EQ(resolution.selfServiceLookup("Müller", "29.11.1950").answer, SelfServiceAnswer::Found);
    const auto v = resolution.confirmSelfService(1, " sb1 4001 ");
    ASSERT_TRUE(v);
    EXPECT_EQ(v->family(), Family::Pass);
    ASSERT_TRUE(v->recorded);
    EXPECT_EQ(v->recorded->method, cache::CheckInMethod::Lookup);
    EXPECT_TRUE(v->recorded->operatorId.empty());
}

TEST_F(OnSite, SelfServiceHitsDoNotRefillTheProbeBudget)
{
    auto probe = [&](bool mixInOwnBooking) {
        OnSiteResolution resolution(*store, policy, clock);
        clock.set(*fromLocal(kToday, 10 * 60 + 25));
        int answered = 0;
        for (int i = 0; i < 60; ++i) {
            // Someone mixes their own booking in between probes of other names.
            if (mixInOwnBooking)
                resolution.selfServiceLookup("Müller", "29.11.1950");
            if (resolution.selfServiceLookup("Beispiel" + std::to_string(i), "02.01.1980").answer
                != SelfServiceAnswer::Wait)
                ++answered;
            clock.advance(std::chrono::seconds(2));
        }
        return answered;
    };
    const int plain = probe(false);
    EXPECT_EQ(probe(true), plain) << "hits in between buy no further probes";
    EXPECT_LE(plain, 9);
}

TEST_F(OnSite, SelfServiceAnswersAMissTheSameWayWhetherOrNotTheNameExists)
{
    OnSiteResolution resolution(*store, policy, clock);
    const auto existingWrongDate = resolution.selfServiceLookup("Müller", "01.01.1950");
    const auto unknown = resolution.selfServiceLookup("Nobody", "01.01.1950");
    const auto twoTypos = resolution.selfServiceLookup("Mlulr", "29.11.1950");
    for (const auto &r : {existingWrongDate, unknown, twoTypos}) {
        EXPECT_EQ(r.answer, SelfServiceAnswer::SeeStaff);
        EXPECT_FALSE(r.hit);
    }
    EXPECT_EQ(resolution.selfServiceLookup("Müller", "31.02.1950").answer, SelfServiceAnswer::InvalidDate);
}

TEST_F(OnSite, SelfServiceEnumerationIsSlowedDownAndLogged)
{
    OnSiteResolution resolution(*store, policy, clock);
    int answered = 0, refused = 0;
    for (int i = 0; i < 60; ++i) {
        const auto r = resolution.selfServiceLookup("Beispiel" + std::to_string(i), "02.01.1980");
        (r.answer == SelfServiceAnswer::Wait ? refused : answered)++;
        clock.advance(std::chrono::seconds(2));
    }
    // Three misses, then 30 s, 60 s, ... of waiting: 2 minutes of trying gets a handful of answers.
    EXPECT_LE(answered, 9);
    EXPECT_GE(refused, 50);
    const auto r = resolution.selfServiceLookup("Müller", "29.11.1950");
    EXPECT_EQ(r.answer, SelfServiceAnswer::Wait) << "even a real booking waits out the cooldown";
    EXPECT_TRUE(r.suggestStaff);
    size_t logged = 0;
    for (const auto &entry : audits())
        logged += entry.action == cache::AuditAction::Lookup ? 1 : 0;
    EXPECT_EQ(logged, 61U) << "every attempt is in the audit log, refused ones too";
}

// Scenario 5: wrong day (or center) with a valid booking.
TEST_F(OnSite, TellsAWrongDayAndLetsStaffAdmitOnlyWithAReason)
{
    OnSiteResolution resolution(*store, policy, clock);
    const Verdict told = resolution.admit(5, "staff-7");
    ASSERT_EQ(told.reason, Reason::WrongDay);
    EXPECT_EQ(told.appointment->day, "2026-11-30");
    EXPECT_EQ(formatMinute(told.appointment->slotStart), "09:00");

    EXPECT_EQ(resolution.admitByOverride(5, "staff-7", OverrideReason::LateAccepted).reason, Reason::WrongDay)
        << "a reason that does not fit the verdict";
    EXPECT_EQ(audits().back().outcome, cache::AuditOutcome::Refused);
    EXPECT_EQ(resolution.admitByOverride(5, "", OverrideReason::OtherDayAccepted).reason, Reason::WrongDay)
        << "needs an operator";
    const std::string longNote(300, 'x');
    const Verdict admitted
        = resolution.admitByOverride(5, "staff-7", OverrideReason::OtherDayAccepted, longNote);
    ASSERT_EQ(admitted.reason, Reason::AdmittedByStaff);
    ASSERT_EQ(admitted.family(), Family::Pass);
    ASSERT_TRUE(admitted.recorded);
    EXPECT_EQ(store->admittedCheckIn(5).value()->id, admitted.recorded->id) << "stored before the PASS";
    EXPECT_EQ(admitted.recorded->method, cache::CheckInMethod::Manual);
    EXPECT_EQ(admitted.recorded->operatorId, "staff-7");
    EXPECT_EQ(admitted.recorded->reason, static_cast<int>(Reason::AdmittedByStaff));
    EXPECT_EQ(audits().back().action, cache::AuditAction::Override);
    EXPECT_EQ(audits().back().outcome, cache::AuditOutcome::Done);
    EXPECT_EQ(audits().back().subject,
        "checkin:" + admitted.recorded->id
            + " reason:other-day-accepted overrules:wrong-day note:" + std::string(kMaxOverrideNote, 'x'))
        << "the note is bounded";
    EXPECT_EQ(resolution.admitByOverride(5, "staff-7", OverrideReason::OtherDayAccepted).reason,
        Reason::AlreadyCheckedIn);
    EXPECT_FALSE(OnSiteResolution::overridable(Reason::Cancelled));
    EXPECT_FALSE(OnSiteResolution::overridable(Reason::InvalidSignature));
    EXPECT_EQ(overrideReasonsFor(Reason::TooLate), std::vector<OverrideReason>{OverrideReason::LateAccepted});
}

// The day's figures come from the store: the same after a restart, one arrival per person.
TEST_F(OnSite, CountsTheDayFromTheStoreWithNoShowsByHourAndWalkIns)
{
    {
        OnSiteResolution resolution(*store, policy, clock);
        ASSERT_EQ(resolution.admit(1, "staff-7").family(), Family::Pass);
        ASSERT_EQ(resolution.admit(1, "staff-7").reason, Reason::AdmittedAgain) << "a repeat is no arrival";
        clock.advance(std::chrono::minutes(5));
        ASSERT_EQ(resolution.admit(1, "staff-7").reason, Reason::AlreadyCheckedIn) << "nor later";
        clock.advance(-std::chrono::minutes(5));
        ASSERT_EQ(resolution.admitByOverride(5, "staff-7", OverrideReason::OtherDayAccepted).family(),
            Family::Pass);
        ASSERT_TRUE(resolution.openClearingCase({"Max", "Muster", "01.01.1960", "", "no code"}, "staff-7"));
    }
    clock.set(*fromLocal(kToday, 11 * 60 + 45));
    OnSiteResolution restarted(*store, policy, clock);
    const auto f = restarted.today().value();
    EXPECT_EQ(f.arrived, 1) << "Olena's booking is for tomorrow: a walk-in, not a booked arrival";
    EXPECT_EQ(f.walkIns, 1);
    EXPECT_EQ(f.clearingCases, 1);
    EXPECT_EQ(f.onSiteConfirmations, 0);
    EXPECT_EQ(f.arrivalsByHour[10], 2) << "both admissions at 10:25";
    // 40 people from 08:00 every 5 minutes, slot end + 60 min grace before 11:45: those up to 10:35.
    EXPECT_EQ(f.noShowsByHour[8], 12);
    EXPECT_EQ(f.noShowsByHour[9], 12);
    EXPECT_EQ(f.noShows, f.noShowsByHour[8] + f.noShowsByHour[9] + f.noShowsByHour[10]);
    EXPECT_EQ(f.noShowsByHour[14], 0);
}

// Scenario 6 (offline part): with no hub at all, everything above waits in the outbox, in order.
TEST_F(OnSite, KeepsEveryResolutionInTheOutboxWhileOffline)
{
    OnSiteResolution resolution(*store, policy, clock);
    ASSERT_TRUE(resolution.staffSearch("schaefer", "staff-7"));
    ASSERT_EQ(resolution.admit(3, "staff-7").family(), Family::Pass);
    ASSERT_TRUE(resolution.openClearingCase({"Max", "Muster", "01.01.1960", "", "no code"}, "staff-7"));
    ASSERT_EQ(
        resolution.admitByOverride(5, "staff-7", OverrideReason::OtherDayAccepted).family(), Family::Pass);
    EXPECT_EQ(outboxOf(cache::OutboxKind::CheckIn), 2);
    EXPECT_EQ(outboxOf(cache::OutboxKind::ClearingCase), 1);
    EXPECT_EQ(outboxOf(cache::OutboxKind::Audit), static_cast<int64_t>(audits().size()));
}

// A resolved ticket with no digit, typed at the staff search in lower case without "K-": the
// search takes it for the ticket it spells, and a word that is no resolved ticket is still a name.
TEST_F(OnSite, StaffFindAResolvedLettersOnlyTicketTypedWithoutItsPrefix)
{
    std::string caseId;
    std::string ticket;
    for (uint64_t i = 1; ticket.empty() && i < 100000; ++i) {
        // Spread over all 48 random bits, so that every character of the ticket varies.
        const auto randomPart = static_cast<unsigned long long>((i * 0x9E3779B97F4BULL) & 0xFFFFFFFFFFFFULL);
        char id[40];
        std::snprintf(id, sizeof id, "019caddd-7de0-7000-8000-%012llx", randomPart);
        const auto number = cache::ticketNumber(id);
        if (std::none_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            caseId = id;
            ticket = number;
        }
    }
    ASSERT_FALSE(ticket.empty());
    ASSERT_FALSE(cache::asTicketNumber(ticket.substr(2))) << "letters only read as a name at first";
    std::string typed = ticket.substr(2);
    std::transform(
        typed.begin(), typed.end(), typed.begin(), [](unsigned char c) { return std::tolower(c); });

    OnSiteResolution resolution(*store, policy, clock);
    EXPECT_TRUE(resolution.staffSearch(typed, "staff-7").value().empty()) << "not resolved yet";
    ASSERT_TRUE(store->saveResolution({caseId, ticket, 1, cache::ResolutionKind::Attached, 1}));
    const auto hits = resolution.staffSearch(typed, "staff-7").value();
    ASSERT_EQ(hits.size(), 1U);
    EXPECT_EQ(hits.front().appointment.id, 1);
    // A name of ten letters is searched as a name.
    const auto byName = resolution.staffSearch("mueller anna", "staff-7").value();
    ASSERT_FALSE(byName.empty());
    EXPECT_EQ(byName.front().appointment.id, 1);
}
