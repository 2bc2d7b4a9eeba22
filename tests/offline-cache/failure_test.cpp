// Bad conditions: a damaged file, a full disk, a read-only file system, a locked database.
#include "offline-cache/database.h"
#include "offline-cache/store.h"
#include "tests/offline-cache/storetesting.h"
#include "tests/support/tempdir.h"

#include <cstdio>
#include <filesystem>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <stdexcept>
#include <sys/mount.h>

using namespace checkin::cache;

namespace {

CheckIn arrival(int64_t appointmentId)
{
    CheckIn c;
    c.appointmentId = appointmentId;
    c.kioskId = "k1";
    c.scannedAtMs = 1'764'400'000'000 + appointmentId;
    return c;
}

std::vector<Store::Import> appointments(int count)
{
    std::vector<Store::Import> rows;
    for (int i = 1; i <= count; ++i) {
        Appointment a;
        a.id = i;
        a.bookingRef = "SB1-" + std::to_string(i);
        a.centerId = "SB1";
        a.day = "2026-11-29";
        a.slotStart = 600 + i;
        a.givenName = "Małgorzata";
        a.familyName = "Wiśniewska";
        a.birthDate = "1950-11-29";
        rows.push_back({a, "code-" + std::to_string(i)});
    }
    return rows;
}

/// A small tmpfs of its own (the tests run as root in CI); skipped where mounting is not allowed.
class Tmpfs
{
public:
    Tmpfs(const std::filesystem::path &at, const std::string &size)
        : m_path(at)
    {
        std::filesystem::create_directories(at);
        m_mounted = ::mount("tmpfs", at.c_str(), "tmpfs", 0, ("size=" + size).c_str()) == 0;
    }
    ~Tmpfs()
    {
        if (m_mounted)
            ::umount2(m_path.c_str(), MNT_DETACH);
    }
    bool mounted() const { return m_mounted; }
    bool remountReadOnly()
    {
        return ::mount("tmpfs", m_path.c_str(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    }
    std::string file(const std::string &name) const { return (m_path / name).string(); }

private:
    std::filesystem::path m_path;
    bool m_mounted = false;
};

/// Overwrites one page of a closed database file with garbage.
void damagePage(const std::string &path, int64_t page, int64_t pageSize)
{
    std::FILE *f = std::fopen(path.c_str(), "r+b");
    ASSERT_NE(f, nullptr);
    std::fseek(f, static_cast<long>((page - 1) * pageSize), SEEK_SET);
    const std::string garbage(static_cast<size_t>(pageSize), '\xab');
    std::fwrite(garbage.data(), 1, garbage.size(), f);
    std::fclose(f);
}

} // namespace

TEST(StoreRecovery, TakesTheUnsyncedCheckInsOutOfAFileWithADamagedIndex)
{
    checkin::testing::TempDir dir;
    const std::string path = dir.file("cache.sqlite");
    std::vector<std::string> unsynced;
    int64_t root = 0;
    int64_t pageSize = 0;
    {
        auto store = Store::open(path).value();
        ASSERT_TRUE(store->upsertAppointments(appointments(400)));
        for (int i = 1; i <= 30; ++i) {
            auto c = store->recordCheckIn(arrival(i), true).value();
            if (i <= 10)
                ASSERT_TRUE(store->markOutboxDone(std::vector{c.id}));
            else
                unsynced.push_back(c.id);
        }
        ClearingCase open;
        open.familyName = "Nowak";
        open.kioskId = "k1";
        ASSERT_TRUE(store->openClearingCase(open));
        root = store->database()
                   .scalar("SELECT rootpage FROM sqlite_schema WHERE name = 'appointments_day'")
                   .value();
        pageSize = store->database().scalar("PRAGMA page_size").value();
        ASSERT_TRUE(store->database().exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    damagePage(path, root, pageSize);

    auto store = Store::open(path);
    ASSERT_TRUE(store) << store.error().message;
    const auto &report = (*store)->openReport();
    ASSERT_TRUE(report.damaged()) << "quick_check must notice the damaged index";
    EXPECT_EQ(report.recoveredCheckIns, 20);
    EXPECT_EQ(report.recoveredClearingCases, 1);
    EXPECT_TRUE(std::filesystem::exists(report.movedAsideTo));
    std::vector<std::string> present;
    const auto checkIns = (*store)->checkIns().value();
    for (const auto &c : checkIns)
        present.push_back(c.id);
    EXPECT_EQ(present, unsynced) << "exactly the unsynced check-ins come back";
    EXPECT_EQ((*store)->outboxDepth().value(), 21) << "20 check-ins and the clearing case wait for the hub";
    EXPECT_EQ(checkin::testing::integrityCheck((*store)->database()), "ok");
    EXPECT_EQ((*store)->admittedCheckIn(15).value()->id, unsynced[4]) << "their admissions still count";
}

TEST(StoreFailures, AFullDatabaseRefusesTheCheckInWithDiskFullAndKeepsEveryEarlierOne)
{
    // SQLite's max_page_count makes the file "full" at its current size: the same SQLITE_FULL path
    // a full file system takes, without needing one.
    checkin::testing::TempDir dir;
    auto store = Store::open(dir.file("cache.sqlite")).value();
    ASSERT_TRUE(store->upsertAppointments(appointments(50)));
    const auto pages = store->database().scalar("PRAGMA page_count").value();
    ASSERT_TRUE(store->database().exec("PRAGMA max_page_count = " + std::to_string(pages + 2)));
    std::vector<std::string> stored;
    Error failure;
    for (int i = 1; i < 100'000; ++i) {
        auto c = store->recordCheckIn(arrival(i), true);
        if (!c) {
            failure = c.error();
            break;
        }
        stored.push_back(c->id);
    }
    EXPECT_EQ(failure.kind, ErrorKind::DiskFull) << failure.message;
    store.reset();
    auto reopened = Store::open(dir.file("cache.sqlite")).value();
    EXPECT_EQ(reopened->checkIns().value().size(), stored.size()) << "nothing half-written, nothing lost";
    EXPECT_EQ(reopened->outboxDepth().value(), static_cast<int64_t>(stored.size()));
}

TEST(StoreFailures, AFullFileSystemGivesDiskFullAndLosesNoAcknowledgedCheckIn)
{
    checkin::testing::TempDir dir;
    Tmpfs fs(dir.path() / "small", "1m");
    if (!fs.mounted())
        GTEST_SKIP() << "cannot mount a tmpfs here (needs root); the max_page_count test covers SQLITE_FULL";
    std::vector<std::string> stored;
    Error failure;
    {
        auto store = Store::open(fs.file("cache.sqlite"));
        ASSERT_TRUE(store) << store.error().message;
        for (int i = 1; i < 100'000; ++i) {
            auto c = (*store)->recordCheckIn(arrival(i), true);
            if (!c) {
                failure = c.error();
                break;
            }
            stored.push_back(c->id);
        }
    }
    EXPECT_EQ(failure.kind, ErrorKind::DiskFull) << failure.message;
    EXPECT_GT(stored.size(), 10U);
    auto db
        = Database::open(fs.file("cache.sqlite"), Database::Durability::Full, 0, Database::Access::ReadOnly);
    ASSERT_TRUE(db) << db.error().message;
    EXPECT_EQ((*db)->scalar("SELECT count(*) FROM checkins").value(), static_cast<int64_t>(stored.size()));
    EXPECT_EQ(checkin::testing::integrityCheck(**db), "ok");
}

TEST(StoreFailures, AReadOnlyFileSystemIsRefusedAtOpenWithReadOnly)
{
    checkin::testing::TempDir dir;
    Tmpfs fs(dir.path() / "ro", "4m");
    if (!fs.mounted())
        GTEST_SKIP() << "cannot mount a tmpfs here (needs root)";
    {
        auto store = Store::open(fs.file("cache.sqlite")).value();
        ASSERT_TRUE(store->recordCheckIn(arrival(1), true));
    }
    ASSERT_TRUE(fs.remountReadOnly());
    auto store = Store::open(fs.file("cache.sqlite"));
    ASSERT_FALSE(store) << "a store that cannot record check-ins must not pretend to work";
    EXPECT_EQ(store.error().kind, ErrorKind::ReadOnly) << store.error().message;
}

TEST(StoreFailures, ALockedDatabaseGivesLockedAndStoresNothing)
{
    checkin::testing::TempDir dir;
    Store::Options options;
    options.busyTimeoutMs = 0;
    auto store = Store::open(dir.file("cache.sqlite"), options).value();
    sqlite3 *other = nullptr;
    ASSERT_EQ(sqlite3_open(dir.file("cache.sqlite").c_str(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    auto blocked = store->recordCheckIn(arrival(1), true);
    ASSERT_FALSE(blocked);
    EXPECT_EQ(blocked.error().kind, ErrorKind::Locked) << blocked.error().message;
    ASSERT_EQ(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(other);
    EXPECT_TRUE(store->checkIns().value().empty());
    EXPECT_TRUE(store->recordCheckIn(arrival(1), true)) << "works again once the lock is gone";
}

TEST(StoreFailures, ADatabaseLockedAtOpenIsReportedNotMovedAside)
{
    checkin::testing::TempDir dir;
    {
        auto store = Store::open(dir.file("cache.sqlite")).value();
    }
    sqlite3 *other = nullptr;
    ASSERT_EQ(sqlite3_open(dir.file("cache.sqlite").c_str(), &other), SQLITE_OK);
    ASSERT_EQ(
        sqlite3_exec(other, "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE", nullptr, nullptr, nullptr),
        SQLITE_OK);
    Store::Options options;
    options.busyTimeoutMs = 0;
    auto store = Store::open(dir.file("cache.sqlite"), options);
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().kind, ErrorKind::Locked) << store.error().message;
    EXPECT_FALSE(std::filesystem::exists(dir.file("cache.sqlite.corrupt-1")));
    sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(other);
}

TEST(Database, RollsBackAndClosesTheTransactionWhenTheWorkThrows)
{
    checkin::testing::TempDir dir;
    auto db = std::move(*Database::open(dir.file("t.sqlite"), Database::Durability::Full));
    ASSERT_TRUE(db->exec("CREATE TABLE t (x INTEGER)"));
    EXPECT_THROW((void)db->transaction([&]() -> Result<void> {
        (void)db->exec("INSERT INTO t VALUES (1)");
        throw std::runtime_error("a bug in the middle of a write");
    }),
        std::runtime_error);
    // The next write is a transaction of its own that commits, not one nested in a dead BEGIN.
    ASSERT_TRUE(db->transaction([&] { return db->exec("INSERT INTO t VALUES (2)"); }));
    auto reopened = std::move(*Database::open(dir.file("t.sqlite"), Database::Durability::Full));
    EXPECT_EQ(reopened->scalar("SELECT count(*) FROM t").value_or(-1), 1);
    EXPECT_EQ(reopened->scalar("SELECT sum(x) FROM t").value_or(-1), 2);
}
