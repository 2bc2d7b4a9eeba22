// The sync client against the real hub: full and delta pulls, resume, push, keys, two kiosks.
#include "sync/client/backoff.h"
#include "terminal/codes/keylist.h"
#include "tests/sync/syncfixture.h"

#include <future>
#include <nlohmann/json.hpp>

using namespace checkin::sync;
using checkin::testing::appointmentsCsv;
using checkin::testing::HubFixture;
using checkin::testing::kAdminToken;
using checkin::testing::Kiosk;
using checkin::testing::kTokenA;
using checkin::testing::kTokenB;

TEST(Backoff, GrowsExponentiallyWithJitterUpToTheMaximum)
{
    Backoff backoff(
        {std::chrono::milliseconds(100), std::chrono::milliseconds(1600), std::chrono::minutes(5)}, 42);
    const SyncFailure transient{FailureClass::Transient, "", {}};
    int64_t ceiling = 100;
    for (int i = 0; i < 8; ++i) {
        const auto d = backoff.next(transient).count();
        EXPECT_GE(d, ceiling / 2) << "attempt " << i;
        EXPECT_LE(d, ceiling) << "attempt " << i;
        ceiling = std::min<int64_t>(ceiling * 2, 1600);
    }
    backoff.reset();
    EXPECT_LE(backoff.next(transient).count(), 100);
}

TEST(Backoff, GivesTheSameDelaysForTheSameSeedAndDifferentOnesForAnother)
{
    Backoff a({}, 7);
    Backoff b({}, 7);
    Backoff c({}, 8);
    const SyncFailure f{FailureClass::Timeout, "", {}};
    std::vector<int64_t> da, db, dc;
    for (int i = 0; i < 6; ++i) {
        da.push_back(a.next(f).count());
        db.push_back(b.next(f).count());
        dc.push_back(c.next(f).count());
    }
    EXPECT_EQ(da, db);
    EXPECT_NE(da, dc);
}

TEST(Backoff, HonoursALongerRetryAfterAndWaitsLongAfterUnauthorized)
{
    Backoff backoff({}, 1);
    EXPECT_EQ(backoff.next({FailureClass::Transient, "", std::chrono::seconds(7)}), std::chrono::seconds(7));
    EXPECT_EQ(backoff.next({FailureClass::Unauthorized, "", {}}), std::chrono::minutes(5));
}

TEST(FailureClass, DependsOnTheStatusAndTransportErrorAlone)
{
    auto status = [](long s) {
        HttpResponse r;
        r.status = s;
        return classify(r).kind;
    };
    EXPECT_EQ(status(500), FailureClass::Transient);
    EXPECT_EQ(status(503), FailureClass::Transient);
    EXPECT_EQ(status(429), FailureClass::Transient);
    EXPECT_EQ(status(408), FailureClass::Timeout);
    EXPECT_EQ(status(400), FailureClass::Rejected);
    EXPECT_EQ(status(404), FailureClass::Rejected);
    EXPECT_EQ(status(413), FailureClass::Rejected);
    EXPECT_EQ(status(401), FailureClass::Unauthorized);
    EXPECT_EQ(status(403), FailureClass::Unauthorized);
    EXPECT_EQ(classify(TransportError{TransportErrorKind::Refused, ""}).kind, FailureClass::Transient);
    EXPECT_EQ(classify(TransportError{TransportErrorKind::Timeout, ""}).kind, FailureClass::Timeout);
    EXPECT_EQ(classify(TransportError{TransportErrorKind::Tls, ""}).kind, FailureClass::Unauthorized);
    EXPECT_EQ(classify(TransportError{TransportErrorKind::Protocol, ""}).kind, FailureClass::Transient);
    EXPECT_TRUE(selfHealing(FailureClass::Timeout));
    EXPECT_FALSE(selfHealing(FailureClass::Rejected));
    EXPECT_FALSE(selfHealing(FailureClass::Unauthorized));
}

TEST(FailureClass, ReadsRetryAfterInSeconds)
{
    HttpResponse r;
    r.status = 503;
    r.headers["retry-after"] = "12";
    EXPECT_EQ(classify(r).retryAfter, std::chrono::seconds(12));
    r.headers["retry-after"] = "Wed, 21 Oct 2015 07:28:00 GMT";
    EXPECT_FALSE(classify(r).retryAfter);
}

class SyncClientTest : public HubFixture
{
protected:
    std::unique_ptr<Kiosk> kiosk(const std::string &name, const std::string &token, int pageSize = 1000)
    {
        return std::make_unique<Kiosk>(m_dir.file(name + ".sqlite"), url(""), tokenFor(token), pageSize);
    }
};

TEST_F(SyncClientTest, DownloadsEverythingFirstAndThenOnlyTheChanges)
{
    startHub();
    m_hub->importText(appointmentsCsv(25), ImportFormat::Csv);
    auto k = kiosk("a", kTokenA, 10);
    auto first = k->sync.runOnce();
    ASSERT_TRUE(first.ok()) << first.failure->message;
    EXPECT_TRUE(first.fullDownload);
    EXPECT_TRUE(first.completed);
    EXPECT_EQ(first.appointments, 25);
    EXPECT_TRUE(first.serverTimeMs);
    auto found = k->store.store().findByCode("CODE-7");
    ASSERT_TRUE(found && *found);
    EXPECT_EQ((*found)->familyName, "Muster7");

    m_hub->importText(appointmentsCsv(3, 20, 2), ImportFormat::Csv);
    auto delta = k->sync.runOnce();
    ASSERT_TRUE(delta.ok());
    EXPECT_FALSE(delta.fullDownload);
    EXPECT_EQ(delta.appointments, 3);
    EXPECT_EQ((*k->store.store().findById(21))->version, 2);
    EXPECT_EQ(k->sync.runOnce().appointments, 0);
}

TEST_F(SyncClientTest, ResumesAnInterruptedFirstDownloadWhereItStopped)
{
    startHub();
    m_hub->importText(appointmentsCsv(25), ImportFormat::Csv);
    auto k = kiosk("a", kTokenA, 10);
    k->store.failApplyAfter(1); // the second page does not reach the disk
    auto broken = k->sync.runOnce();
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.appointments, 10);
    EXPECT_FALSE(*k->store.cursor(k->sync.cursorName())) << "no cursor before a complete run";
    k->store.failApplyAfter(-1);
    auto resumed = k->sync.runOnce();
    ASSERT_TRUE(resumed.ok());
    EXPECT_EQ(resumed.appointments, 15) << "the first page is not fetched again";
    EXPECT_TRUE(resumed.completed);
    EXPECT_EQ(*k->store.store().appointmentCount(), 25);
    EXPECT_TRUE(*k->store.cursor(k->sync.cursorName()));
}

TEST_F(SyncClientTest, PushesTheOutboxInOrderExactlyOnceBeforeDownloading)
{
    startHub();
    m_hub->importText(appointmentsCsv(5), ImportFormat::Csv);
    auto k = kiosk("a", kTokenA);
    ASSERT_TRUE(k->sync.runOnce().ok());
    for (int i = 1; i <= 4; ++i)
        k->store.checkIn(i, i != 3, 1000 + i);
    k->store.checkIn(std::nullopt, false, 2000); // an unknown code: rejected, still counted centrally
    auto run = k->sync.runOnce();
    ASSERT_TRUE(run.ok());
    EXPECT_EQ(run.pushed, 5);
    EXPECT_EQ(run.accepted, 5);
    EXPECT_EQ(*k->store.outboxDepth(), 0);
    EXPECT_EQ(m_hub->checkInCount(), 5);
    EXPECT_EQ(run.admissions, 3) << "our own admissions come back in the feed and are not doubled";
    EXPECT_EQ(k->sync.runOnce().pushed, 0);
    EXPECT_EQ(m_hub->checkInCount(), 5);
}

TEST_F(SyncClientTest, KeepsTheOutboxWhenTheTokenIsRefused)
{
    startHub();
    auto k = kiosk("a", "stolen");
    k->store.checkIn(1, true, 1000);
    auto run = k->sync.runOnce();
    ASSERT_FALSE(run.ok());
    EXPECT_EQ(run.failure->kind, FailureClass::Unauthorized);
    EXPECT_EQ(*k->store.outboxDepth(), 1);
}

namespace {

/// A key list of `version` signed by `root` (the test kiosks pin testRoot()).
std::string signedList(int64_t version, const checkin::core::SigningKey &root = checkin::testing::testRoot())
{
    return checkin::core::KeyList(version, 4'000'000'000, {}, {}).sign(root);
}

} // namespace

/// A hub that stores and serves any key list document under its own growing version: what a
/// wrong or broken hub could serve, so that the kiosk's own checks are what these tests meet
/// (the real hub verifies uploads itself: hub_tests).
void startWrongHub(std::unique_ptr<HubServer> &hub, int &port, HubServer::Options options)
{
    // Its versions start far from the documents' own, so that no ETag matches one by chance.
    options.keyListVerifier
        = [served = std::make_shared<int64_t>(1000)](
              const std::string &) -> tl::expected<int64_t, std::string> { return ++*served; };
    hub = std::make_unique<HubServer>(options);
    port = hub->start();
}

TEST_F(SyncClientTest, StoresOnlyAVerifiedKeyListUnderTheVersionItStatesItself)
{
    startWrongHub(m_hub, m_port, hubOptions());
    ASSERT_GT(m_port, 0);
    ASSERT_TRUE(m_hub->installKeyList(signedList(5))); // the hub's version (1) differs from the document's
    auto k = kiosk("a", kTokenA);
    auto first = k->sync.pullKeys();
    ASSERT_TRUE(first.ok()) << first.failure->message;
    EXPECT_TRUE(first.keysUpdated);
    EXPECT_EQ(**k->store.cursor("keys/version"), "5") << "the version of the verified document";
    EXPECT_EQ((*k->store.store().keyList())->version, 5);
    EXPECT_FALSE(k->sync.pullKeys().keysUpdated);

    const auto forger = checkin::core::SigningKey::fromPassphrase("not the root");
    ASSERT_TRUE(m_hub->installKeyList(signedList(6, forger)));
    auto forged = k->sync.pullKeys();
    ASSERT_TRUE(forged.ok()) << "a refused list is no failure of the sync";
    ASSERT_TRUE(forged.keyListProblem);
    EXPECT_EQ(forged.keyListProblem->kind, KeyListRefusal::Unverified);
    EXPECT_EQ(forged.keyListProblem->message, "not signed by the pinned root key");
    EXPECT_EQ((*k->store.store().keyList())->signedBlob, signedList(5)) << "the old list stays";

    ASSERT_TRUE(m_hub->installKeyList("checkin-keylist 1\nversion 99\n"));
    EXPECT_EQ(k->sync.pullKeys().keyListProblem->kind, KeyListRefusal::Unverified) << "unparsable";

    ASSERT_TRUE(m_hub->installKeyList(signedList(3)));
    auto rollback = k->sync.pullKeys();
    ASSERT_TRUE(rollback.keyListProblem);
    EXPECT_EQ(rollback.keyListProblem->kind, KeyListRefusal::Rollback);

    ASSERT_TRUE(m_hub->installKeyList(signedList(1'000'000'000'000)));
    auto absurd = k->sync.pullKeys();
    ASSERT_TRUE(absurd.keyListProblem) << "failure: " << (absurd.failure ? absurd.failure->message : "none")
                                       << " updated: " << absurd.keysUpdated;
    EXPECT_EQ(absurd.keyListProblem->kind, KeyListRefusal::AbsurdVersion)
        << "even a genuine signature cannot make every later list a rollback";
    EXPECT_EQ((*k->store.store().keyList())->version, 5);
}

TEST_F(SyncClientTest, KeepsSyncingAppointmentsWhileAForgedKeyListIsServedAndTakesTheGenuineOneAfter)
{
    startWrongHub(m_hub, m_port, hubOptions());
    ASSERT_GT(m_port, 0);
    m_hub->importText(appointmentsCsv(5), ImportFormat::Csv);
    ASSERT_TRUE(m_hub->installKeyList(signedList(2)));
    auto k = kiosk("a", kTokenA);
    ASSERT_TRUE(k->sync.runOnce().ok());
    EXPECT_EQ((*k->store.store().keyList())->version, 2);

    // A forged list with an enormous version (signature and claim alike), then a cancellation.
    const auto forger = checkin::core::SigningKey::fromPassphrase("attacker");
    ASSERT_TRUE(m_hub->installKeyList(signedList(1'000'000'000'000, forger)));
    auto cancelled = appointmentsCsv(1, 3, 2);
    cancelled.replace(cancelled.find(",confirmed,"), 11, ",cancelled,");
    m_hub->importText(cancelled, ImportFormat::Csv);
    k->store.checkIn(1, true, 1000);
    auto during = k->sync.runOnce();
    ASSERT_TRUE(during.ok()) << during.failure->message;
    ASSERT_TRUE(during.keyListProblem);
    EXPECT_EQ(during.keyListProblem->kind, KeyListRefusal::Unverified);
    EXPECT_EQ(during.pushed, 1) << "check-ins still go out";
    EXPECT_TRUE(during.completed) << "appointments still come in";
    EXPECT_EQ((*k->store.store().findById(3))->status, checkin::cache::AppointmentStatus::Cancelled);

    ASSERT_TRUE(m_hub->installKeyList(signedList(3)));
    m_hub->importText(appointmentsCsv(1, 6), ImportFormat::Csv);
    auto after = k->sync.runOnce();
    ASSERT_TRUE(after.ok()) << after.failure->message;
    EXPECT_TRUE(after.keysUpdated);
    EXPECT_FALSE(after.keyListProblem);
    EXPECT_EQ((*k->store.store().keyList())->version, 3) << "the genuine list is stored after all";
    EXPECT_TRUE(*k->store.store().findById(6));
}

TEST_F(SyncClientTest, DeliversACheckInAtKioskAToKioskBThroughTheLongPoll)
{
    startHub();
    m_hub->importText(appointmentsCsv(5), ImportFormat::Csv);
    auto a = kiosk("a", kTokenA);
    auto b = kiosk("b", kTokenB);
    ASSERT_TRUE(a->sync.runOnce().ok());
    ASSERT_TRUE(b->sync.runOnce().ok());
    // B waits at the hub; whether its request arrives before or after A's push, it gets the change.
    auto waiting
        = std::async(std::launch::async, [&] { return b->sync.runOnce(SyncClient::Wait::LongPoll); });
    a->store.checkIn(3, true, 5000, "kiosk-a");
    ASSERT_TRUE(a->sync.runOnce().ok());
    auto delivered = waiting.get();
    ASSERT_TRUE(delivered.ok()) << delivered.failure->message;
    EXPECT_EQ(delivered.admissions, 1);
    auto seen = b->store.store().admittedCheckIn(3);
    ASSERT_TRUE(seen && *seen) << "kiosk B now rejects the code as already checked in";
    EXPECT_EQ((*seen)->kioskId, "kiosk-a");
    EXPECT_EQ((*seen)->scannedAtMs, 5000);
}

TEST_F(SyncClientTest, CutsALongPollShortWhenAskedTo)
{
    startHub();
    auto k = kiosk("a", kTokenA);
    ASSERT_TRUE(k->sync.runOnce().ok());
    std::atomic<bool> interrupt{true};
    HttpOptions options = tokenFor(kTokenA);
    options.interrupt = &interrupt;
    HttpClient http(options);
    SyncClient client(Kiosk::config(url(""), 1000), http, k->store, checkin::testing::fixedNow,
        [](int) { return std::string(checkin::testing::kDay); });
    auto run = client.pullAppointments(SyncClient::Wait::LongPoll);
    ASSERT_FALSE(run.ok());
    EXPECT_TRUE(run.interrupted);
}
