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

namespace {

/// A version 3 file whose outbox holds one JSON row of each kind, as that program wrote them, and
/// one row whose text is not JSON at all.
void writeVersionThreeOutbox(Database &db)
{
    ASSERT_TRUE(migrateTo(db, 3));
    ASSERT_TRUE(db.exec(R"sql(
INSERT INTO outbox (id, kind, payload, attempts, next_attempt_ms, created_ms) VALUES
 ('c1', 0, '{"id":"c1","kiosk_id":"k1","operator_id":"op","method":1,"outcome":2,"reason":3,"scanned_at_ms":1000,"admitted":true,"appointment_id":7}', 2, 0, 1000),
 ('case1', 1, '{"id":"case1","opened_at_ms":1001,"kiosk_id":"k1","operator_id":"op","given_name":"Anna","family_name":"Müller","birth_date":"1950-11-29","contact":"x","account":"never got a code"}', 0, 0, 1001),
 ('a1', 2, '{"id":"a1","at_ms":1002,"kiosk_id":"k1","operator_id":"op","action":4,"outcome":1,"subject":"appointment:7"}', 0, 0, 1002),
 ('f1', 3, '{"id":"f1","appointment_id":8,"confirmed_at_ms":1003,"kiosk_id":"k1","operator_id":"op"}', 0, 0, 1003),
 ('n1', 4, '{"checkin_id":"c1","operator_id":"op","reason":"wrong person","annulled_at_ms":1004}', 0, 0, 1004),
 ('broken', 0, 'not json', 0, 0, 1005);
)sql"));
}

void expectTypedItems(const std::vector<OutboxItem> &items)
{
    ASSERT_EQ(items.size(), 6U);
    const auto &c = std::get<CheckIn>(items[0].payload);
    EXPECT_EQ(c.appointmentId, 7);
    EXPECT_TRUE(c.admitted);
    EXPECT_EQ(c.method, CheckInMethod::Lookup);
    EXPECT_EQ(c.reason, 3);
    EXPECT_EQ(c.scannedAtMs, 1000);
    EXPECT_EQ(items[0].attempts, 2);
    const auto &k = std::get<ClearingCase>(items[1].payload);
    EXPECT_EQ(k.familyName, "Müller");
    EXPECT_EQ(k.account, "never got a code");
    EXPECT_EQ(k.openedAtMs, 1001);
    const auto &a = std::get<AuditEntry>(items[2].payload);
    EXPECT_EQ(a.action, AuditAction::ManualCheckIn);
    EXPECT_EQ(a.subject, "appointment:7");
    EXPECT_EQ(std::get<Confirmation>(items[3].payload).appointmentId, 8);
    const auto &n = std::get<Annulment>(items[4].payload);
    EXPECT_EQ(n.checkInId, "c1");
    EXPECT_EQ(n.reason, "wrong person");
    EXPECT_EQ(n.atMs, 1004);
    EXPECT_EQ(items[5].id, "broken") << "an unreadable row is kept, with its time";
    EXPECT_EQ(std::get<CheckIn>(items[5].payload).scannedAtMs, 1005);
}

} // namespace

TEST(Schema, TurnsTheJsonOutboxOfVersionThreeIntoTypedRowsInOrder)
{
    checkin::testing::TempDir dir;
    {
        auto db = Database::open(dir.file("cache.sqlite"), Database::Durability::Full).value();
        writeVersionThreeOutbox(*db);
    }
    auto store = Store::open(dir.file("cache.sqlite"));
    ASSERT_TRUE(store) << store.error().message;
    expectTypedItems((*store)->outboxBatch(100).value());
    CheckIn fresh;
    fresh.appointmentId = 9;
    fresh.kioskId = "k1";
    ASSERT_TRUE((*store)->recordCheckIn(fresh, true));
    auto all = (*store)->outboxBatch(100).value();
    ASSERT_EQ(all.size(), 7U);
    EXPECT_EQ(all.back().kind(), OutboxKind::CheckIn) << "a new item queues after the converted ones";
}

TEST(Schema, RecoveryReadsTheJsonOutboxOfAVersionThreeFileTheSameWay)
{
    checkin::testing::TempDir dir;
    auto db = Database::open(dir.file("old.sqlite"), Database::Durability::Full).value();
    writeVersionThreeOutbox(*db);
    expectTypedItems(Outbox::readable(*db));
}

TEST(Schema, MigratingTwiceChangesNothing)
{
    checkin::testing::TempDir dir;
    auto db = Database::open(dir.file("cache.sqlite"), Database::Durability::Full).value();
    ASSERT_TRUE(migrate(*db));
    const auto tables = db->scalar("SELECT count(*) FROM sqlite_schema").value();
    ASSERT_TRUE(migrate(*db));
    EXPECT_EQ(db->scalar("SELECT count(*) FROM sqlite_schema").value(), tables);
}
