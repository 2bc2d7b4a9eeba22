// The day close (core::closeDay) and `checkinctl store close-day`, on real SQLite files.
#include "offline-cache/store.h"
#include "terminal/core/dayclose.h"
#include "terminal/core/localtime.h"
#include "tests/support/tempdir.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>

using namespace checkin;
using namespace std::chrono_literals;

namespace {

// 2026-11-29 12:00 Europe/Berlin (the tests run with TZ=Europe/Berlin).
constexpr auto kNov29Noon
    = std::chrono::system_clock::time_point(std::chrono::milliseconds(1'795'950'000'000));

cache::Store::Import person(int64_t id, const std::string &day, const std::string &family)
{
    cache::Appointment a;
    a.id = id;
    a.bookingRef = "SB1-" + std::to_string(id);
    a.centerId = "SB1";
    a.day = day;
    a.slotStart = 630;
    a.slotEnd = 635;
    a.givenName = "Given" + std::to_string(id);
    a.familyName = family;
    a.birthDate = "1950-11-29";
    return {a, "code-" + std::to_string(id)};
}

cache::CheckIn arrival(int64_t appointmentId, std::chrono::system_clock::time_point at)
{
    cache::CheckIn c;
    c.appointmentId = appointmentId;
    c.kioskId = "k1";
    c.scannedAtMs = core::unixMs(at);
    return c;
}

std::string raw(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool inFiles(const std::string &db, const std::string &needle)
{
    return raw(db).find(needle) != std::string::npos || raw(db + "-wal").find(needle) != std::string::npos;
}

void touch(const std::string &path, std::chrono::system_clock::time_point written)
{
    std::ofstream(path) << "damaged";
    std::filesystem::last_write_time(path, std::chrono::file_clock::from_sys(written));
}

} // namespace

TEST(DayClose, KeepsOnlyTodaysNamesAndDeletesMovedAsideCopiesOlderThanADay)
{
    checkin::testing::TempDir dir;
    const std::string path = dir.file("cache.sqlite");
    auto store = cache::Store::open(path).value();
    ASSERT_TRUE(store->upsertAppointments(
        std::vector{person(1, "2026-11-29", "Yesterdayova"), person(2, "2026-11-30", "Todayson")}));
    auto c = store->recordCheckIn(arrival(1, kNov29Noon), true).value();
    ASSERT_TRUE(store->markOutboxDone(std::vector{c.id}));
    const auto now = kNov29Noon + 13h; // 2026-11-30 01:00 in Berlin
    touch(path + ".corrupt-1", now - 30h);
    touch(path + ".corrupt-2", now - 1h);

    auto report = core::closeDay(*store, path, now);

    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->today, "2026-11-30");
    EXPECT_EQ(report->retention.appointmentsStripped, 1);
    EXPECT_EQ(report->retention.checkInsDeleted, 1);
    EXPECT_EQ(report->copiesDeleted, 1);
    EXPECT_FALSE(std::filesystem::exists(path + ".corrupt-1"));
    EXPECT_TRUE(std::filesystem::exists(path + ".corrupt-2")) << "a copy from the last 24 hours stays";
    EXPECT_FALSE(inFiles(path, "Yesterdayova"));
    EXPECT_TRUE(inFiles(path, "Todayson"));
    EXPECT_EQ(core::describe(*report),
        "day=2026-11-30 stripped=1 kept=0 cases-deleted=0 checkins-deleted=1 copies-deleted=1");
}

TEST(DayClose, KeepsAnUnsyncedCheckInOfYesterdayPersonalForTwoDays)
{
    checkin::testing::TempDir dir;
    const std::string path = dir.file("cache.sqlite");
    auto store = cache::Store::open(path).value();
    ASSERT_TRUE(store->upsertAppointments(std::vector{person(1, "2026-11-29", "Offlinehaus")}));
    ASSERT_TRUE(store->recordCheckIn(arrival(1, kNov29Noon), true));

    auto nextNight = core::closeDay(*store, path, kNov29Noon + 13h).value();
    EXPECT_EQ(nextNight.retention.appointmentsKept, 1);
    EXPECT_EQ(store->findById(1).value()->familyName, "Offlinehaus");

    auto afterGrace = core::closeDay(*store, path, kNov29Noon + 13h + core::kUnsyncedGrace).value();
    EXPECT_EQ(afterGrace.retention.appointmentsStripped, 1);
    EXPECT_TRUE(store->findById(1).value()->familyName.empty());
    EXPECT_EQ(store->checkIns().value().size(), 1U) << "the check-in itself still waits for the hub";
}

TEST(DayClose, CheckinctlClosesTheDayOfACacheFileTheTerminalHasOpen)
{
    checkin::testing::TempDir dir;
    const std::string path = dir.file("cache.sqlite");
    const std::string today = core::toLocal(std::chrono::system_clock::now()).day;
    auto terminal = cache::Store::open(path).value(); // stays open, as the running terminal's does
    ASSERT_TRUE(terminal->upsertAppointments(
        std::vector{person(1, "2020-01-02", "Pastmann"), person(2, today, "Nowak")}));
    ASSERT_TRUE(inFiles(path, "Pastmann"));

    const std::string out = dir.file("out.txt");
    const std::string cmd
        = std::string(CHECKIN_CTL) + " store close-day --db " + path + " > " + out + " 2>&1";
    ASSERT_EQ(std::system(cmd.c_str()), 0) << raw(out);

    EXPECT_TRUE(raw(out).starts_with("day-close day=" + today + " stripped=1 kept=0")) << raw(out);
    EXPECT_FALSE(inFiles(path, "Pastmann"));
    EXPECT_TRUE(inFiles(path, "Nowak"));
    EXPECT_TRUE(terminal->findById(1).value()->familyName.empty()) << "the open store reads the purged file";
}

TEST(DayClose, CheckinctlCreatesNoCacheFileWhereThereIsNone)
{
    checkin::testing::TempDir dir;
    const std::string path = dir.file("cache.sqlite");
    const std::string cmd = std::string(CHECKIN_CTL) + " store close-day --db " + path + " > /dev/null";
    ASSERT_EQ(std::system(cmd.c_str()), 0);
    EXPECT_FALSE(std::filesystem::exists(path));
}
