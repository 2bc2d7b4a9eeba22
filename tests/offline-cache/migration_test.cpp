// Schema migrations: every older version upgrades to the newest and keeps its data.
#include "offline-cache/database.h"
#include "offline-cache/schema.h"
#include "offline-cache/store.h"
#include "tests/offline-cache/storetesting.h"
#include "tests/support/tempdir.h"

#include <gtest/gtest.h>

using namespace checkin::cache;

namespace {

/// Writes rows the way version `version` of the program did, with that version's columns.
void fillAtVersion(Database &db, int version)
{
    if (version >= 1) {
        ASSERT_TRUE(
            db.exec("INSERT INTO appointments (id, booking_ref, code_digest, center_id, day, slot_start, "
                    "slot_end, status, given_name, family_name, birth_date, postal_code, language, "
                    "version) VALUES (1, 'SB1-AAAA-BBBB', NULL, 'SB1', '2026-11-29', 600, 605, 0, "
                    "'Anna', 'Müller', '1950-11-29', '66111', 'de', 3)"));
        ASSERT_TRUE(db.exec("INSERT INTO checkins (id, appointment_id, kiosk_id, method, outcome, reason, "
                            "scanned_at_ms, admitted) VALUES ('0190-old', 1, 'k1', 0, 0, 0, 1000, 1)"));
    }
}

class MigrationFromEveryVersion : public ::testing::TestWithParam<int>
{
};

} // namespace

TEST_P(MigrationFromEveryVersion, UpgradesToTheNewestSchemaAndKeepsItsRows)
{
    const int from = GetParam();
    checkin::testing::TempDir dir;
    {
        auto db = Database::open(dir.file("cache.sqlite"), Database::Durability::Full).value();
        ASSERT_TRUE(migrateTo(*db, from));
        ASSERT_EQ(db->scalar("PRAGMA user_version").value(), from);
        fillAtVersion(*db, from);
    }
    auto store = Store::open(dir.file("cache.sqlite"));
    ASSERT_TRUE(store) << store.error().message;
    auto &s = **store;
    EXPECT_EQ(s.database().scalar("PRAGMA user_version").value(), latestSchemaVersion());
    EXPECT_EQ(checkin::testing::integrityCheck(s.database()), "ok");
    if (from >= 1) {
        auto a = s.findById(1).value();
        ASSERT_TRUE(a);
        EXPECT_EQ(a->familyName, "Müller");
        EXPECT_EQ(a->version, 3);
        EXPECT_FALSE(a->dose.has_value());
        auto admitted = s.admittedCheckIn(1).value();
        ASSERT_TRUE(admitted);
        EXPECT_EQ(admitted->id, "0190-old");
    }
    // The newest tables work on the upgraded file.
    CheckIn c;
    c.appointmentId = 2;
    c.kioskId = "k1";
    ASSERT_TRUE(s.recordCheckIn(c, true));
    EXPECT_EQ(s.outboxDepth().value(), 1);
    ASSERT_TRUE(s.saveKeyList(1, "keys"));
    ASSERT_TRUE(s.setCursor("appointments", "c1"));
}

INSTANTIATE_TEST_SUITE_P(Schema, MigrationFromEveryVersion, ::testing::Range(0, latestSchemaVersion()),
    [](const ::testing::TestParamInfo<int> &p) { return "FromVersion" + std::to_string(p.param); });

TEST(Schema, MigratingTwiceChangesNothing)
{
    checkin::testing::TempDir dir;
    auto db = Database::open(dir.file("cache.sqlite"), Database::Durability::Full).value();
    ASSERT_TRUE(migrate(*db));
    const auto tables = db->scalar("SELECT count(*) FROM sqlite_schema").value();
    ASSERT_TRUE(migrate(*db));
    EXPECT_EQ(db->scalar("SELECT count(*) FROM sqlite_schema").value(), tables);
}
