// The sync client against the real hub: full and delta pulls, resume, push, keys, two kiosks.
#include "sync/client/backoff.h"
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
    EXPECT_EQ(status(400), FailureClass::Permanent);
    EXPECT_EQ(status(413), FailureClass::Permanent);
    EXPECT_EQ(status(401), FailureClass::Unauthorized);
    EXPECT_EQ(status(403), FailureClass::Unauthorized);
    EXPECT_EQ(classify(TransportError{TransportErrorKind::Refused, ""}).kind, FailureClass::Transient);
    EXPECT_EQ(classify(TransportError{TransportErrorKind::Timeout, ""}).kind, FailureClass::Timeout);
    EXPECT_EQ(classify(TransportError{TransportErrorKind::Tls, ""}).kind, FailureClass::Unauthorized);
    EXPECT_EQ(classify(TransportError{TransportErrorKind::Protocol, ""}).kind, FailureClass::Transient);
    EXPECT_TRUE(retryable(FailureClass::Timeout));
    EXPECT_FALSE(retryable(FailureClass::Permanent));
    EXPECT_FALSE(retryable(FailureClass::Unauthorized));
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

TEST_F(SyncClientTest, DropsOnlyTheItemTheHubRefusesForGood)
{
    startHub();
    auto k = kiosk("a", kTokenA);
    k->store.checkIn(1, true, 1000);
    k->store.enqueue(checkin::cache::OutboxKind::CheckIn, "broken", "{\"admitted\": true}"); // no scan time
    k->store.checkIn(2, true, 1001);
    auto run = k->sync.push();
    ASSERT_TRUE(run.ok());
    EXPECT_EQ(run.accepted, 2);
    EXPECT_EQ(run.dropped, 1);
    EXPECT_EQ(*k->store.outboxDepth(), 0);
}

TEST_F(SyncClientTest, ReplacesTheKeyListOnlyWhenItChangedAndVerifies)
{
    // The hub's own check is the real one in hub_tests; here it reads "vN" so that the kiosk's
    // checks meet documents a wrong hub could serve.
    auto options = hubOptions();
    options.keyListVerifier = [](const std::string &doc) -> tl::expected<int64_t, std::string> {
        return std::stoll(doc.substr(doc.find('v') + 1));
    };
    m_hub = std::make_unique<HubServer>(options);
    m_port = m_hub->start();
    ASSERT_GT(m_port, 0);
    ASSERT_TRUE(m_hub->installKeyList("list v5 good"));
    auto k = kiosk("a", kTokenA);
    auto first = k->sync.pullKeys();
    ASSERT_TRUE(first.ok());
    EXPECT_TRUE(first.keysUpdated);
    EXPECT_FALSE(k->sync.pullKeys().keysUpdated) << "304 for the same version";

    ASSERT_TRUE(m_hub->installKeyList("list v6 forged"));
    SyncConfig strict = Kiosk::config(url(""), 1000);
    strict.verifyKeyList = [](const std::string &doc) { return doc.find("good") != std::string::npos; };
    SyncClient verifying(
        strict, k->client, k->store, checkin::testing::fixedNow, [](int) { return std::string("x"); });
    auto refused = verifying.pullKeys();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.failure->kind, FailureClass::Permanent);
    EXPECT_EQ(**k->store.cursor("keys/version"), "5") << "the old list stays";
    EXPECT_EQ((*k->store.store().keyList())->signedBlob, "list v5 good");

    // This hub refuses to go back to v3; a hub on another database (a wrong one) serves it.
    EXPECT_FALSE(m_hub->installKeyList("list v3 replayed"));
    m_hub->stop();
    options.databasePath = m_dir.file("other-hub.sqlite");
    options.port = m_port;
    m_hub = std::make_unique<HubServer>(options);
    ASSERT_EQ(m_hub->start(), m_port);
    ASSERT_TRUE(m_hub->installKeyList("list v3 replayed"));
    auto rollback = k->sync.pullKeys();
    ASSERT_FALSE(rollback.ok());
    EXPECT_EQ(rollback.failure->kind, FailureClass::Permanent) << "the store refuses an older list";
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
