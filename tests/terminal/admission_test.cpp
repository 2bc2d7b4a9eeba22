// Admission rules: a table of situations and the verdict each must get, against a real cache.
#include "terminal/core/checkinservice.h"
#include "terminal/core/localtime.h"
#include "tests/support/tempdir.h"

#include <gtest/gtest.h>

using namespace checkin;
using namespace checkin::core;

namespace {

class AdmissionRules : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = cache::Store::open(dir.file("cache.sqlite")).value();
        std::vector<cache::Store::Import> rows;
        auto add = [&](int64_t id, const std::string &code, const std::string &center, const std::string &day,
                       int slot, cache::AppointmentStatus status) {
            cache::Appointment a;
            a.id = id;
            a.bookingRef = code;
            a.centerId = center;
            a.day = day;
            a.slotStart = slot;
            a.slotEnd = slot + 5;
            a.status = status;
            a.givenName = "anna";
            a.familyName = "Müller";
            rows.push_back({a, code});
        };
        add(1, "SB1-NOW0-0001", "SB1", "2026-11-29", 10 * 60 + 30, cache::AppointmentStatus::Confirmed);
        add(2, "SB1-TMRW-0002", "SB1", "2026-11-30", 10 * 60 + 30, cache::AppointmentStatus::Confirmed);
        add(3, "SLS-ELSE-0003", "SLS", "2026-11-29", 10 * 60 + 30, cache::AppointmentStatus::Confirmed);
        add(4, "SB1-CNCL-0004", "SB1", "2026-11-29", 10 * 60 + 30, cache::AppointmentStatus::Cancelled);
        add(5, "SB1-PEND-0005", "SB1", "2026-11-29", 10 * 60 + 30, cache::AppointmentStatus::Pending);
        add(6, "SB1-LATE-0006", "SB1", "2026-11-29", 9 * 60 + 50, cache::AppointmentStatus::Confirmed);
        add(7, "SB1-GONE-0007", "SB1", "2026-11-29", 8 * 60, cache::AppointmentStatus::Confirmed);
        add(8, "SB1-AFTN-0008", "SB1", "2026-11-29", 15 * 60, cache::AppointmentStatus::Confirmed);
        ASSERT_TRUE(store->upsertAppointments(rows));
    }

    checkin::testing::TempDir dir;
    std::unique_ptr<cache::Store> store;
    Policy policy; // center SB1, 30 minutes early, 60 minutes late
    ManualClock clock{*fromLocal("2026-11-29", 10 * 60 + 25)};
};

struct Case
{
    const char *code;
    Reason expected;
};

} // namespace

TEST_F(AdmissionRules, GivesEachSituationItsOwnVerdict)
{
    const Case cases[] = {
        {"SB1-NOW0-0001", Reason::Admitted},
        {"SB1-TMRW-0002", Reason::WrongDay},
        {"SLS-ELSE-0003", Reason::WrongCenter},
        {"SB1-CNCL-0004", Reason::Cancelled},
        {"SB1-PEND-0005", Reason::NeverConfirmed},
        {"SB1-LATE-0006", Reason::AdmittedLate},
        {"SB1-GONE-0007", Reason::TooLate},
        {"SB1-AFTN-0008", Reason::TooEarly},
        {"SB1-UNKN-9999", Reason::NotFound},
        {"https://example.org/", Reason::NotABookingCode},
        {"", Reason::NotABookingCode},
        {"SB1-NOW0-0001'; DROP TABLE appointments;--", Reason::NotABookingCode},
    };
    for (const auto &c : cases) {
        const Verdict v = decide(c.code, *store, policy, clock);
        EXPECT_EQ(v.reason, c.expected) << c.code << " got " << reasonKey(v.reason);
    }
}

TEST_F(AdmissionRules, RejectsAppointmentOnAnotherDayWithItsDate)
{
    const Verdict v = decide("SB1-TMRW-0002", *store, policy, clock);
    ASSERT_EQ(v.reason, Reason::WrongDay);
    ASSERT_TRUE(v.appointment);
    EXPECT_EQ(v.appointment->day, "2026-11-30");
    EXPECT_EQ(formatMinute(v.appointment->slotStart), "10:30");
}

TEST_F(AdmissionRules, TellsAnEarlyPersonWhenToComeBack)
{
    const Verdict v = decide("SB1-AFTN-0008", *store, policy, clock);
    EXPECT_EQ(formatMinute(v.comeBackAtMinute), "14:30");
}

TEST_F(AdmissionRules, ShowsOnlyInitialsToTheCitizen)
{
    const Verdict v = decide("SB1-NOW0-0001", *store, policy, clock);
    EXPECT_EQ(v.initials(), "A. M.");
}

TEST_F(AdmissionRules, StoresTheCheckInBeforePassAndRejectsTheSecondScan)
{
    CheckInService service(*store, policy, clock);
    const Verdict first = service.handleScan("SB1-NOW0-0001");
    ASSERT_EQ(first.family(), Family::Pass);
    ASSERT_TRUE(first.recorded);
    EXPECT_EQ(store->admittedCheckIn(1).value()->id, first.recorded->id);

    clock.advance(std::chrono::minutes(5));
    const Verdict second = service.handleScan("SB1-NOW0-0001");
    EXPECT_EQ(second.reason, Reason::AlreadyCheckedIn);
    ASSERT_TRUE(second.previous);
    EXPECT_EQ(second.previous->id, first.recorded->id);
    EXPECT_EQ(store->checkIns().value().size(), 2U) << "the rejected second scan is logged too";
}

TEST_F(AdmissionRules, NeverPassesWhenTheCheckInCannotBeStored)
{
    CheckInService service(*store, policy, clock);
    // A read-only connection makes every write fail, as a read-only file system would.
    ASSERT_TRUE(store->database().exec("PRAGMA query_only=1"));
    const Verdict v = service.handleScan("SB1-NOW0-0001");
    EXPECT_EQ(v.reason, Reason::StoreFailure);
    EXPECT_EQ(v.family(), Family::Technical);
    EXPECT_FALSE(v.recorded);
}
