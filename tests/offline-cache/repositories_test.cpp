// The store's repositories: outbox, key list, cursors, audit log, clearing cases, annulments, versions.
#include "offline-cache/ids.h"
#include "offline-cache/store.h"
#include "tests/support/tempdir.h"

#include <gtest/gtest.h>

using namespace checkin::cache;

namespace {

struct Fixture
{
    checkin::testing::TempDir dir;
    std::unique_ptr<Store> store = Store::open(dir.file("cache.sqlite")).value();
};

Store::Import appointment(int64_t id, int64_t version, const std::string &family = "Yılmaz")
{
    Appointment a;
    a.id = id;
    a.bookingRef = "SB1-" + std::to_string(id);
    a.centerId = "SB1";
    a.day = "2026-11-29";
    a.slotStart = 600;
    a.slotEnd = 605;
    a.givenName = "Ayşe";
    a.familyName = family;
    a.birthDate = "1961-02-03";
    a.version = version;
    return {a, ""};
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

TEST(Outbox, QueuesEveryRecordedCheckInInTheSameTransaction)
{
    Fixture f;
    auto first = f.store->recordCheckIn(arrival(1, 1000), true).value();
    auto second = f.store->recordCheckIn(arrival(2, 2000), false).value();
    auto batch = f.store->outboxBatch(10).value();
    ASSERT_EQ(batch.size(), 2U);
    EXPECT_EQ(batch[0].id, first.id);
    EXPECT_EQ(batch[0].kind(), OutboxKind::CheckIn);
    const auto &queued = std::get<CheckIn>(batch[0].payload);
    EXPECT_TRUE(queued.admitted);
    EXPECT_EQ(queued.appointmentId, 1);
    EXPECT_EQ(queued.scannedAtMs, 1000);
    EXPECT_FALSE(std::get<CheckIn>(batch[1].payload).admitted);
    EXPECT_EQ(batch[1].id, second.id);
}

TEST(Outbox, KeepsACheckInWhoseAdmissionWasRefusedOutOfTheQueueToo)
{
    Fixture f;
    ASSERT_TRUE(f.store->recordCheckIn(arrival(1, 1000), true));
    ASSERT_FALSE(f.store->recordCheckIn(arrival(1, 2000), true));
    EXPECT_EQ(f.store->outboxDepth().value(), 1) << "the rolled-back check-in left no outbox item";
}

TEST(Outbox, RemovesItemsOnlyWhenMarkedDoneAndMarksTheCheckInSynced)
{
    Fixture f;
    auto c = f.store->recordCheckIn(arrival(1, 1000), true).value();
    ASSERT_TRUE(f.store->outbox().defer(std::vector{c.id}, 5000));
    EXPECT_EQ(f.store->outboxDepth().value(), 1);
    EXPECT_TRUE(f.store->outbox().batch(10, 4999).value().empty()) << "not due before its back-off";
    auto due = f.store->outbox().batch(10, 5000).value();
    ASSERT_EQ(due.size(), 1U);
    EXPECT_EQ(due[0].attempts, 1);
    const std::vector ids{c.id, std::string("unknown-id")};
    ASSERT_TRUE(f.store->markOutboxDone(ids));
    EXPECT_EQ(f.store->outboxDepth().value(), 0);
    EXPECT_EQ(f.store->checkIns().value().at(0).syncState, SyncState::Synced);
    ASSERT_TRUE(f.store->markOutboxDone(ids)) << "a repeated acknowledgement is harmless";
}

TEST(Outbox, HandsOutItemsInOrderAndStopsAtTheFirstThatIsNotDue)
{
    Fixture f;
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(f.store->enqueue({"item-" + std::to_string(i), Confirmation{i, i, "k1", ""}, 0, 0, i}));
    ASSERT_TRUE(f.store->outbox().defer(std::vector{std::string("item-1")}, 100));
    auto batch = f.store->outbox().batch(10, 50).value();
    ASSERT_EQ(batch.size(), 1U);
    EXPECT_EQ(batch[0].id, "item-0");
    EXPECT_EQ(f.store->outboxBatch(2).value().size(), 2U);
}

TEST(Outbox, RefusesAnItemWithoutIdOrWithAnIdItAlreadyHolds)
{
    Fixture f;
    EXPECT_EQ(f.store->enqueue({"", AuditEntry{}, 0, 0, 0}).error().kind, ErrorKind::Invalid);
    ASSERT_TRUE(f.store->enqueue({"x", AuditEntry{}, 0, 0, 0}));
    EXPECT_EQ(f.store->enqueue({"x", AuditEntry{}, 0, 0, 0}).error().kind, ErrorKind::Invalid);
}

TEST(KeyListStore, ReplacesTheListWithANewerVersionOnly)
{
    Fixture f;
    EXPECT_FALSE(f.store->keyList().value().has_value());
    ASSERT_TRUE(f.store->saveKeyList(5, std::string("signed\0blob", 11)));
    auto older = f.store->saveKeyList(4, "old");
    ASSERT_FALSE(older);
    EXPECT_EQ(older.error().kind, ErrorKind::Invalid);
    EXPECT_EQ(f.store->saveKeyList(5, "same").error().kind, ErrorKind::Invalid);
    EXPECT_EQ(f.store->keyList().value()->signedBlob, std::string("signed\0blob", 11));
    ASSERT_TRUE(f.store->saveKeyList(6, "new"));
    EXPECT_EQ(f.store->keyList().value()->version, 6);
    EXPECT_EQ(f.store->keyList().value()->signedBlob, "new");
}

TEST(SyncCursors, RemembersTheLastValuePerName)
{
    Fixture f;
    EXPECT_FALSE(f.store->cursor("appointments").value());
    ASSERT_TRUE(f.store->setCursor("appointments", "a1"));
    ASSERT_TRUE(f.store->setCursor("appointments", "a2"));
    ASSERT_TRUE(f.store->setCursor("keys", "k1"));
    EXPECT_EQ(*f.store->cursor("appointments").value(), "a2");
    EXPECT_EQ(*f.store->cursor("keys").value(), "k1");
}

TEST(AuditLog, AppendsEntriesQueuesThemAndRefusesToRewriteThem)
{
    Fixture f;
    AuditEntry e;
    e.atMs = 1000;
    e.kioskId = "k1";
    e.operatorId = "op7";
    e.action = AuditAction::Lookup;
    e.outcome = AuditOutcome::NoMatch;
    auto stored = f.store->appendAudit(e).value();
    e.atMs = 2000;
    e.action = AuditAction::Override;
    e.outcome = AuditOutcome::Done;
    e.subject = "appointment:12";
    ASSERT_TRUE(f.store->appendAudit(e));
    auto entries = f.store->auditEntries().value();
    ASSERT_EQ(entries.size(), 2U);
    EXPECT_EQ(entries[0].id, stored.id);
    EXPECT_EQ(entries[1].subject, "appointment:12");
    EXPECT_EQ(f.store->auditEntries(1500).value().size(), 1U);
    EXPECT_EQ(f.store->outboxDepth().value(), 2);
    EXPECT_FALSE(f.store->database().exec("UPDATE audit_log SET outcome = 0"));
}

TEST(ClearingCases, OpensACaseThatTurnsSyncedWhenTheHubHasIt)
{
    Fixture f;
    ClearingCase c;
    c.openedAtMs = 1000;
    c.kioskId = "k1";
    c.operatorId = "op7";
    c.givenName = "Oleksandr";
    c.familyName = "Шевченко";
    c.birthDate = "1950-11-29";
    c.contact = "+49 681 1234";
    c.account = "booked by phone, never got a code";
    auto opened = f.store->openClearingCase(c).value();
    EXPECT_FALSE(opened.id.empty());
    EXPECT_EQ(f.store->listClearingCases(ClearingStatus::Open).value().size(), 1U);
    auto batch = f.store->outboxBatch(10).value();
    ASSERT_EQ(batch.size(), 1U);
    EXPECT_EQ(batch[0].kind(), OutboxKind::ClearingCase);
    const auto &queued = std::get<ClearingCase>(batch[0].payload);
    EXPECT_EQ(queued.familyName, "Шевченко");
    EXPECT_EQ(queued.account, c.account);
    EXPECT_EQ(queued.openedAtMs, 1000);
    ASSERT_TRUE(f.store->markOutboxDone(std::vector{batch[0].id}));
    EXPECT_TRUE(f.store->listClearingCases(ClearingStatus::Open).value().empty());
    EXPECT_TRUE(f.store->listClearingCases().value().at(0).familyName.empty())
        << "once the hub has the case, the kiosk keeps its number, not the person";
}

TEST(ClearingCases, RefusesACaseWithoutAName)
{
    Fixture f;
    EXPECT_EQ(f.store->openClearingCase({}).error().kind, ErrorKind::Invalid);
}

TEST(CheckInLog, AnAnnulledAdmissionNoLongerCountsAndGoesToTheHub)
{
    Fixture f;
    auto first = f.store->recordCheckIn(arrival(1, 1000), true).value();
    ASSERT_TRUE(f.store->annulCheckIn(first.id, "op7", "wrong person", 2000));
    EXPECT_FALSE(f.store->admittedCheckIn(1).value().has_value());
    auto again = f.store->recordCheckIn(arrival(1, 3000), true);
    ASSERT_TRUE(again) << "the person can be admitted again";
    EXPECT_EQ(f.store->admittedCheckIn(1).value()->id, again->id);
    auto annulled = f.store->checkInLog().find(first.id).value();
    EXPECT_EQ(annulled->annulledAtMs, 2000);
    EXPECT_EQ(annulled->annulledBy, "op7");
    auto batch = f.store->outboxBatch(10).value();
    ASSERT_EQ(batch.size(), 3U);
    EXPECT_EQ(batch[1].kind(), OutboxKind::Annulment) << "after the check-in it annuls";
    const auto &annulment = std::get<Annulment>(batch[1].payload);
    EXPECT_EQ(annulment.checkInId, first.id);
    EXPECT_EQ(annulment.reason, "wrong person");
    EXPECT_EQ(annulment.atMs, 2000);
    EXPECT_EQ(f.store->annulCheckIn(first.id, "op7", "twice", 4000).error().kind, ErrorKind::Invalid);
    EXPECT_EQ(f.store->annulCheckIn("nope", "op7", "x", 4000).error().kind, ErrorKind::Invalid);
}

TEST(AppointmentRepository, NeverReplacesARowWithAnOlderVersion)
{
    Fixture f;
    ASSERT_TRUE(f.store->upsertAppointments(std::vector{appointment(1, 5, "Kowalski")}));
    ASSERT_TRUE(f.store->upsertAppointments(std::vector{appointment(1, 4, "Older")}));
    EXPECT_EQ(f.store->findById(1).value()->familyName, "Kowalski");
    ASSERT_TRUE(f.store->upsertAppointments(std::vector{appointment(1, 6, "Kowalska")}));
    EXPECT_EQ(f.store->findById(1).value()->familyName, "Kowalska");
}

TEST(AppointmentRepository, ADeletionKeepsItsVersionSoAnOlderUpsertCannotResurrectTheRow)
{
    Fixture f;
    ASSERT_TRUE(f.store->upsertAppointments(std::vector{appointment(1, 5)}));
    EXPECT_EQ(f.store->deleteAppointments(std::vector<Store::Deletion>{{1, 7}}).value(), 1);
    EXPECT_FALSE(f.store->findById(1).value());
    ASSERT_TRUE(f.store->upsertAppointments(std::vector{appointment(1, 6)}));
    EXPECT_FALSE(f.store->findById(1).value()) << "a late page from before the deletion";
    ASSERT_TRUE(f.store->upsertAppointments(std::vector{appointment(1, 8)}));
    EXPECT_TRUE(f.store->findById(1).value()) << "re-created after the deletion";
}

TEST(AppointmentRepository, KeepsDoseGroupAndContactDigestsButNotTheContacts)
{
    Fixture f;
    auto row = appointment(1, 1);
    row.appointment.dose = 2;
    row.appointment.eligibilityGroup = "60+";
    row.appointment.emailHash = contactDigest(ContactKind::Email, "salt", "Ayse.Yilmaz@example.org");
    row.appointment.phoneHash = contactDigest(ContactKind::Phone, "salt", "+49 681 1234");
    row.appointment.status = AppointmentStatus::Pending;
    row.appointment.pendingAttemptMs = 1234;
    ASSERT_TRUE(f.store->upsertAppointments(std::vector{row}));
    auto a = f.store->findById(1).value().value();
    EXPECT_EQ(a.dose, 2);
    EXPECT_EQ(a.eligibilityGroup, "60+");
    EXPECT_EQ(a.pendingAttemptMs, 1234);
    EXPECT_EQ(a.emailHash, contactDigest(ContactKind::Email, "salt", " ayse.yilmaz@EXAMPLE.org"));
    EXPECT_EQ(a.phoneHash, contactDigest(ContactKind::Phone, "salt", "49-681-1234"));
    EXPECT_NE(a.phoneHash, contactDigest(ContactKind::Phone, "other salt", "+49 681 1234"));
}
