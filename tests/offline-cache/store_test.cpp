// Store: real SQLite files, real migrations.
#include "offline-cache/database.h"
#include "offline-cache/schema.h"
#include "offline-cache/store.h"
#include "tests/support/tempdir.h"

#include <gtest/gtest.h>

using namespace checkin::cache;

namespace {

Store::Import sample(int64_t id, const std::string &ref, const std::string &code)
{
    Appointment a;
    a.id = id;
    a.bookingRef = ref;
    a.centerId = "SB1";
    a.day = "2026-11-29";
    a.slotStart = 630;
    a.slotEnd = 635;
    a.givenName = "Anna";
    a.familyName = "Müller";
    a.birthDate = "1950-11-29";
    a.postalCode = "66111";
    return {a, code};
}

} // namespace

TEST(Store, CreatesAFileInWalModeAtTheLatestSchema)
{
    checkin::testing::TempDir dir;
    auto store = Store::open(dir.file("cache.sqlite"));
    ASSERT_TRUE(store) << store.error().message;
    auto mode = (*store)->database().prepare("PRAGMA journal_mode");
    ASSERT_TRUE(mode);
    ASSERT_TRUE(mode->step().value());
    EXPECT_EQ(mode->text(0), "wal");
    EXPECT_EQ((*store)->database().scalar("PRAGMA user_version").value(), latestSchemaVersion());
}

TEST(Store, FindsAnAppointmentByCodeWithoutStoringTheCode)
{
    checkin::testing::TempDir dir;
    auto store = Store::open(dir.file("cache.sqlite")).value();
    const std::vector rows{sample(1, "SB1-AAAA-BBBB", "SB1-AAAA-BBBB"), sample(2, "SB1-CCCC-DDDD", "")};
    ASSERT_TRUE(store->upsertAppointments(rows));
    auto found = store->findByCode("SB1-AAAA-BBBB");
    ASSERT_TRUE(found);
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->id, 1);
    EXPECT_EQ((*found)->familyName, "Müller");
    EXPECT_FALSE(store->findByCode("SB1-CCCC-DDDD").value().has_value());
    EXPECT_EQ(store->findByBookingRef("SB1-CCCC-DDDD").value()->id, 2);
    EXPECT_EQ(
        store->database().scalar("SELECT count(*) FROM appointments WHERE code_digest LIKE '%AAAA%'").value(),
        0);
}

TEST(Store, KeepsACommittedCheckInAcrossReopening)
{
    checkin::testing::TempDir dir;
    std::string id;
    {
        auto store = Store::open(dir.file("cache.sqlite")).value();
        const std::vector rows{sample(1, "SB1-AAAA-BBBB", "X")};
        ASSERT_TRUE(store->upsertAppointments(rows));
        CheckIn c;
        c.appointmentId = 1;
        c.kioskId = "k1";
        c.scannedAtMs = 1'764'400'000'000;
        auto stored = store->recordCheckIn(c, true);
        ASSERT_TRUE(stored) << stored.error().message;
        id = stored->id;
        EXPECT_EQ(id.size(), 36U);
    }
    auto store = Store::open(dir.file("cache.sqlite")).value();
    auto all = store->checkIns().value();
    ASSERT_EQ(all.size(), 1U);
    EXPECT_EQ(all[0].id, id);
    EXPECT_EQ(store->admittedCheckIn(1).value()->kioskId, "k1");
}

TEST(Store, RefusesASecondAdmissionForTheSameAppointment)
{
    checkin::testing::TempDir dir;
    auto store = Store::open(dir.file("cache.sqlite")).value();
    CheckIn c;
    c.appointmentId = 7;
    c.kioskId = "k1";
    ASSERT_TRUE(store->recordCheckIn(c, true));
    auto second = store->recordCheckIn(c, true);
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().kind, ErrorKind::Invalid);
    EXPECT_TRUE(store->recordCheckIn(c, false)) << "rejected scans are always logged";
}

TEST(Store, RefusesAFileFromANewerProgram)
{
    checkin::testing::TempDir dir;
    {
        auto db = Database::open(dir.file("cache.sqlite"), Database::Durability::Full).value();
        ASSERT_TRUE(db->exec("PRAGMA user_version=999"));
    }
    auto store = Store::open(dir.file("cache.sqlite"));
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().kind, ErrorKind::Schema);
}

TEST(Store, MovesAFileThatIsNotADatabaseAsideAndStartsAFreshOne)
{
    checkin::testing::TempDir dir;
    const std::string junk(8192, 'x');
    {
        std::FILE *f = std::fopen(dir.file("cache.sqlite").c_str(), "wb");
        std::fwrite(junk.data(), 1, junk.size(), f);
        std::fclose(f);
    }
    auto store = Store::open(dir.file("cache.sqlite"));
    ASSERT_TRUE(store) << store.error().message;
    const auto &report = (*store)->openReport();
    ASSERT_TRUE(report.damaged());
    EXPECT_EQ(report.movedAsideTo, dir.file("cache.sqlite.corrupt-1"));
    EXPECT_EQ(report.recoveredCheckIns, 0);
    EXPECT_EQ((*store)->appointmentCount().value(), 0);
    std::FILE *f = std::fopen(report.movedAsideTo.c_str(), "rb");
    ASSERT_NE(f, nullptr) << "the damaged file is kept";
    std::string kept(8192, '\0');
    EXPECT_EQ(std::fread(kept.data(), 1, kept.size(), f), kept.size());
    std::fclose(f);
    EXPECT_EQ(kept, junk);
}
