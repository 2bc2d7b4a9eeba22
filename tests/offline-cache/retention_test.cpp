// Retention: other days keep no personal data, and what is purged is gone from the raw files.
#include "offline-cache/namefold.h"
#include "offline-cache/store.h"
#include "tests/support/tempdir.h"

#include <fstream>
#include <gtest/gtest.h>
#include <iterator>

using namespace checkin::cache;

namespace {

constexpr int64_t kHour = 3'600'000;
// 2026-11-29 12:00 Europe/Berlin (the tests run with TZ=Europe/Berlin).
constexpr int64_t kNov29Noon = 1'764'414'000'000;

Store::Import person(int64_t id, const std::string &day, const std::string &given, const std::string &family)
{
    Appointment a;
    a.id = id;
    a.bookingRef = "SB1-" + std::to_string(id);
    a.centerId = "SB1";
    a.day = day;
    a.slotStart = 630;
    a.slotEnd = 635;
    a.givenName = given;
    a.familyName = family;
    a.birthDate = "1950-11-29";
    a.postalCode = "66111";
    return {a, "code-" + std::to_string(id)};
}

std::string raw(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Whether `needle` appears in the database file or its WAL, byte for byte.
bool inFiles(const std::string &db, const std::string &needle)
{
    return raw(db).find(needle) != std::string::npos || raw(db + "-wal").find(needle) != std::string::npos;
}

CheckIn arrival(int64_t appointmentId, int64_t atMs)
{
    CheckIn c;
    c.appointmentId = appointmentId;
    c.kioskId = "k1";
    c.scannedAtMs = atMs;
    return c;
}

} // namespace

TEST(Retention, LeavesNoNameOfAClosedDayInTheDatabaseFileOrItsWal)
{
    checkin::testing::TempDir dir;
    const std::string path = dir.file("cache.sqlite");
    auto store = Store::open(path).value();
    ASSERT_TRUE(store->upsertAppointments(std::vector{person(1, "2026-11-29", "Zofia", "Qwertzyńska"),
        person(2, "2026-11-29", "Bohdan", "Жовтоножко"), person(3, "2026-11-30", "Ute", "Tomorrowfeld")}));
    // A day of work: check-ins, a lookup, a clearing case, all acknowledged by the hub.
    auto c = store->recordCheckIn(arrival(1, kNov29Noon), true).value();
    LookupQuery q;
    q.name = "Qwertzynska";
    ASSERT_EQ(store->lookup(q).value().size(), 1U);
    ClearingCase open;
    open.openedAtMs = kNov29Noon;
    open.kioskId = "k1";
    open.givenName = "Ihor";
    open.familyName = "Caseworthy";
    auto opened = store->openClearingCase(open).value();
    ASSERT_TRUE(store->markOutboxDone(std::vector{c.id, opened.id}));
    ASSERT_TRUE(inFiles(path, "Qwertzyńska")) << "the test must see names before the purge";
    ASSERT_TRUE(inFiles(path, "Caseworthy"));

    auto report = store->purgeOtherDays("2026-11-30", kNov29Noon + 13 * kHour, 48 * kHour);
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->appointmentsStripped, 2);
    EXPECT_EQ(report->clearingCasesDeleted, 1);
    EXPECT_EQ(report->checkInsDeleted, 1);

    std::vector<std::string> names{"Qwertzyńska", "Zofia", "Жовтоножко", "Bohdan", "Caseworthy", "Ihor"};
    names.push_back(store->nameFolder().key("Qwertzyńska")); // the folded search keys too
    names.push_back(store->nameFolder().key("Жовтоножко"));
    for (const auto &name : names)
        EXPECT_FALSE(inFiles(path, name)) << name << " is still in the raw files";
    EXPECT_TRUE(inFiles(path, "Tomorrowfeld")) << "the new day's appointments stay";
    auto past = store->findById(1).value().value();
    EXPECT_EQ(past.day, "2026-11-29") << "enough is left to tell someone when the appointment was";
    EXPECT_EQ(past.slotStart, 630);
    EXPECT_TRUE(past.familyName.empty());
    EXPECT_TRUE(store->lookup(q).value().empty());
}

TEST(Retention, NeverDropsUnsyncedWorkAndKeepsItsAppointmentPersonalDuringTheGrace)
{
    checkin::testing::TempDir dir;
    auto store = Store::open(dir.file("cache.sqlite")).value();
    ASSERT_TRUE(store->upsertAppointments(
        std::vector{person(1, "2026-11-29", "Anna", "Unsynced"), person(2, "2026-11-29", "Hans", "Synced")}));
    ASSERT_TRUE(store->recordCheckIn(arrival(1, kNov29Noon), true));
    ClearingCase open;
    open.openedAtMs = kNov29Noon;
    open.familyName = "Stillopen";
    ASSERT_TRUE(store->openClearingCase(open));

    auto withinGrace = store->purgeOtherDays("2026-11-30", kNov29Noon + 13 * kHour, 48 * kHour).value();
    EXPECT_EQ(withinGrace.appointmentsKept, 1);
    EXPECT_EQ(withinGrace.appointmentsStripped, 1);
    EXPECT_EQ(store->findById(1).value()->familyName, "Unsynced");

    auto afterGrace = store->purgeOtherDays("2026-12-01", kNov29Noon + 60 * kHour, 48 * kHour).value();
    EXPECT_EQ(afterGrace.appointmentsStripped, 1);
    EXPECT_TRUE(store->findById(1).value()->familyName.empty());
    EXPECT_EQ(store->checkIns().value().size(), 1U) << "an unsynced check-in is never dropped";
    EXPECT_EQ(store->outboxDepth().value(), 2);
    EXPECT_EQ(store->listClearingCases().value().size(), 1U) << "an open case waits for the hub";
}

TEST(Retention, StripsPersonalDataOfFutureDaysToo)
{
    checkin::testing::TempDir dir;
    auto store = Store::open(dir.file("cache.sqlite")).value();
    ASSERT_TRUE(store->upsertAppointments(std::vector{person(1, "2027-01-12", "Leyla", "Later")}));
    ASSERT_TRUE(store->purgeOtherDays("2026-11-29", kNov29Noon, 48 * kHour));
    auto a = store->findById(1).value().value();
    EXPECT_TRUE(a.givenName.empty());
    EXPECT_EQ(a.day, "2027-01-12");
    EXPECT_EQ(a.slotStart, 630);
}
