// Faults on loopback between the real client and the real hub: the kiosk keeps working from its
// cache, and once the fault ends every check-in reaches the hub exactly once (counted at the hub).
#include "tests/sync/faultproxy.h"
#include "tests/sync/syncfixture.h"

#include <csignal>
#include <spawn.h>
#include <sys/wait.h>

using namespace checkin::sync;
using checkin::testing::appointmentsCsv;
using checkin::testing::FaultProxy;
using checkin::testing::HubFixture;
using checkin::testing::kAdminToken;
using checkin::testing::Kiosk;
using checkin::testing::kTokenA;
using checkin::testing::kTokenB;

namespace {

/// Short timeouts so that each timeout fault costs about a second, not the production minutes.
HttpOptions shortTimeouts(const std::string &token)
{
    HttpOptions o;
    o.bearerToken = token;
    o.connectTimeout = std::chrono::milliseconds(500);
    o.totalTimeout = std::chrono::milliseconds(1500);
    o.lowSpeedBytesPerSecond = 1000;
    o.lowSpeedTime = std::chrono::seconds(1);
    o.maxBodyBytes = 8 * 1024 * 1024;
    return o;
}

struct FaultCase
{
    const char *name;
    FaultProxy::Mode mode;
    FailureClass expected;
    bool hubSawThePush; ///< the fault hit after the hub stored the batch
};

} // namespace

class KioskUnderFault : public HubFixture
{
protected:
    void SetUp() override
    {
        startHub();
        m_hub->importText(appointmentsCsv(20), ImportFormat::Csv);
        m_proxy = std::make_unique<FaultProxy>(m_port);
        m_kiosk = std::make_unique<Kiosk>(m_dir.file("kiosk.sqlite"),
            "http://127.0.0.1:" + std::to_string(m_proxy->port()), shortTimeouts(kTokenA));
        ASSERT_TRUE(m_kiosk->sync.runOnce().ok());
    }
    /// The kiosk's own work during a fault: decide from the cache and record the check-in.
    void scanOffline(int64_t appointmentId, bool admitted)
    {
        auto found = m_kiosk->store.store().findById(appointmentId);
        ASSERT_TRUE(found && *found) << "the cache still answers";
        ASSERT_FALSE(m_kiosk->store.checkIn(appointmentId, admitted, 10000 + appointmentId).empty());
    }
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<Kiosk> m_kiosk;
};

class SyncFault : public KioskUnderFault, public ::testing::WithParamInterface<FaultCase>
{
};

TEST_P(SyncFault, KeepsWorkingAndDeliversEachCheckInOnceAfterwards)
{
    const auto &fault = GetParam();
    m_proxy->setMode(fault.mode);
    scanOffline(1, true);
    scanOffline(2, false);
    auto pushed = m_kiosk->sync.runOnce();
    ASSERT_FALSE(pushed.ok());
    EXPECT_EQ(pushed.failure->kind, fault.expected) << pushed.failure->message;
    EXPECT_EQ(*m_kiosk->store.outboxDepth(), 2) << "nothing leaves the outbox unacknowledged";
    auto pulled = m_kiosk->sync.pullAppointments(SyncClient::Wait::No);
    ASSERT_FALSE(pulled.ok()) << "downloads fail the same way";
    EXPECT_EQ(pulled.failure->kind, fault.expected);
    EXPECT_EQ(*m_kiosk->store.store().appointmentCount(), 20) << "a failed download leaves the cache whole";
    scanOffline(3, true);
    EXPECT_GE(m_proxy->requests(), 2) << "the fault was really hit";
    EXPECT_EQ(m_hub->checkInCount(), fault.hubSawThePush ? 2 : 0);

    m_proxy->setMode(FaultProxy::Mode::Pass);
    auto healed = m_kiosk->sync.runOnce();
    ASSERT_TRUE(healed.ok()) << healed.failure->message;
    EXPECT_EQ(healed.duplicates, fault.hubSawThePush ? 2 : 0);
    EXPECT_EQ(*m_kiosk->store.outboxDepth(), 0);
    EXPECT_EQ(m_hub->checkInCount(), 3);
    ASSERT_TRUE(m_kiosk->sync.runOnce().ok());
    EXPECT_EQ(m_hub->checkInCount(), 3);
}

INSTANTIATE_TEST_SUITE_P(Faults, SyncFault,
    ::testing::Values(FaultCase{"Status500", FaultProxy::Mode::Status500, FailureClass::Transient, false},
        FaultCase{"Status503", FaultProxy::Mode::Status503RetryAfter, FailureClass::Transient, false},
        FaultCase{"AcceptsAndNeverAnswers", FaultProxy::Mode::BlackHole, FailureClass::Timeout, false},
        FaultCase{"SlowDrip", FaultProxy::Mode::SlowDrip, FailureClass::Timeout, false},
        FaultCase{"TruncatedBody", FaultProxy::Mode::Truncated, FailureClass::Transient, false},
        FaultCase{"MalformedJson", FaultProxy::Mode::MalformedJson, FailureClass::Transient, false},
        FaultCase{"WrongContentType", FaultProxy::Mode::WrongContentType, FailureClass::Transient, false},
        FaultCase{"FiftyMegabyteResponse", FaultProxy::Mode::Huge, FailureClass::Transient, false},
        FaultCase{"AnswerLostAfterTheHubStoredThePush", FaultProxy::Mode::ForwardThenDrop,
            FailureClass::Transient, true},
        FaultCase{"ProxyAnswers400", FaultProxy::Mode::Status400, FailureClass::Rejected, false},
        FaultCase{"ProxyAnswers404", FaultProxy::Mode::Status404, FailureClass::Rejected, false},
        FaultCase{"ProxyAnswers413", FaultProxy::Mode::Status413, FailureClass::Rejected, false},
        FaultCase{"ProxyAnswers502", FaultProxy::Mode::Status502, FailureClass::Transient, false},
        FaultCase{"GarbageBody", FaultProxy::Mode::GarbageBody, FailureClass::Transient, false},
        FaultCase{"OkWithoutTheAnswers", FaultProxy::Mode::EmptyObject, FailureClass::Transient, false}),
    [](const auto &param) { return std::string(param.param.name); });

TEST_F(KioskUnderFault, DropsOnlyTheItemTheHubRefusesForGood)
{
    scanOffline(1, true);
    scanOffline(2, true);
    scanOffline(3, true);
    m_proxy->setMode(FaultProxy::Mode::BreakSecondItem); // the hub reads item 2 without its scan time
    auto run = m_kiosk->sync.push();
    ASSERT_TRUE(run.ok()) << run.failure->message;
    EXPECT_EQ(run.accepted, 2);
    EXPECT_EQ(run.dropped, 1) << "the real hub answered \"invalid\" for that item alone";
    EXPECT_EQ(*m_kiosk->store.outboxDepth(), 0);
    EXPECT_EQ(m_hub->checkInCount(), 2);
}

TEST_F(KioskUnderFault, LosesNoneOfThirtyThreeCheckInsToWholeRequestRefusals)
{
    for (int64_t i = 1; i <= 11; ++i)
        scanOffline(i, true);
    for (auto mode :
        {FaultProxy::Mode::Status400, FaultProxy::Mode::Status404, FaultProxy::Mode::Status413}) {
        m_proxy->setMode(mode);
        for (int run = 0; run < 3; ++run) {
            auto refused = m_kiosk->sync.runOnce();
            ASSERT_FALSE(refused.ok());
            EXPECT_EQ(refused.failure->kind, FailureClass::Rejected) << refused.failure->message;
            EXPECT_EQ(refused.dropped, 0);
        }
        const int64_t more = *m_kiosk->store.outboxDepth() + 1;
        for (int64_t i = more; i < more + 11; ++i)
            ASSERT_FALSE(m_kiosk->store.checkIn(std::nullopt, false, 20000 + i).empty());
    }
    EXPECT_EQ(*m_kiosk->store.outboxDepth(), 44) << "11 check-ins before and 11 during each refusal";
    EXPECT_EQ(m_hub->checkInCount(), 0);
    m_proxy->setMode(FaultProxy::Mode::Pass);
    auto healed = m_kiosk->sync.runOnce();
    ASSERT_TRUE(healed.ok()) << healed.failure->message;
    EXPECT_EQ(healed.accepted, 44);
    EXPECT_EQ(healed.dropped, 0);
    EXPECT_EQ(m_hub->checkInCount(), 44);
    ASSERT_TRUE(m_kiosk->sync.runOnce().ok());
    EXPECT_EQ(m_hub->checkInCount(), 44) << "each exactly once";
}

TEST_F(KioskUnderFault, NamesTheStatusAndThePathOfAWholeRequestRefusal)
{
    scanOffline(1, true);
    m_proxy->setMode(FaultProxy::Mode::Status404);
    auto run = m_kiosk->sync.runOnce();
    ASSERT_FALSE(run.ok());
    EXPECT_TRUE(std::string(run.failure->message).starts_with("hub answered 404 for /v1/push"))
        << run.failure->message;
    m_proxy->setMode(FaultProxy::Mode::EmptyObject);
    run = m_kiosk->sync.push();
    ASSERT_FALSE(run.ok());
    EXPECT_EQ(run.failure->message, "malformed answer to /v1/push: push answer results is missing");
}

TEST_F(KioskUnderFault, PushesThroughAProxyBodyLimitInSmallerBatches)
{
    for (int64_t i = 1; i <= 12; ++i)
        scanOffline(i, true);
    m_proxy->setMode(FaultProxy::Mode::LimitBody);
    m_proxy->setBodyLimit(1000); // about four check-ins
    auto run = m_kiosk->sync.push();
    ASSERT_TRUE(run.ok()) << run.failure->message;
    EXPECT_EQ(run.accepted, 12);
    EXPECT_EQ(*m_kiosk->store.outboxDepth(), 0);
    EXPECT_EQ(m_hub->checkInCount(), 12);
    m_proxy->setBodyLimit(10); // not even one item passes: kept, and reported
    scanOffline(13, true);
    auto stuck = m_kiosk->sync.push();
    ASSERT_FALSE(stuck.ok());
    EXPECT_EQ(stuck.failure->message, "hub answered 413 for /v1/push");
    EXPECT_EQ(*m_kiosk->store.outboxDepth(), 1);
}

TEST_F(KioskUnderFault, KeepsTheOutboxWithAWrongBaseUrlAndDeliversOnceItIsRight)
{
    Kiosk wrong(m_dir.file("kiosk.sqlite"), url("/sync"), shortTimeouts(kTokenA)); // the hub has no /sync
    scanOffline(1, true);
    scanOffline(2, false);
    auto refused = wrong.sync.runOnce();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.failure->kind, FailureClass::Rejected);
    EXPECT_TRUE(std::string(refused.failure->message).starts_with("hub answered 404 for /v1/push"))
        << refused.failure->message;
    EXPECT_EQ(*wrong.store.outboxDepth(), 2);
    Kiosk right(m_dir.file("kiosk.sqlite"), url(""), shortTimeouts(kTokenA));
    auto run = right.sync.runOnce();
    ASSERT_TRUE(run.ok()) << run.failure->message;
    EXPECT_EQ(run.accepted, 2);
    EXPECT_EQ(m_hub->checkInCount(), 2);
}

TEST_F(KioskUnderFault, CarriesTheRetryAfterOfA503)
{
    m_proxy->setMode(FaultProxy::Mode::Status503RetryAfter);
    scanOffline(1, true);
    auto run = m_kiosk->sync.runOnce();
    ASSERT_FALSE(run.ok());
    EXPECT_EQ(run.failure->retryAfter, std::chrono::seconds(7));
}

TEST_F(KioskUnderFault, DeliversEverythingOnceWhenTheHubRefusedConnectionsForAWhile)
{
    // Straight to the hub, no proxy: a stopped hub means a refused connection.
    Kiosk direct(m_dir.file("direct.sqlite"), url(""), shortTimeouts(kTokenB));
    ASSERT_TRUE(direct.sync.runOnce().ok());
    m_hub->stop();
    ASSERT_FALSE(direct.store.checkIn(4, true, 4000).empty());
    auto refused = direct.sync.runOnce();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.failure->kind, FailureClass::Transient);
    EXPECT_TRUE(*direct.store.store().findByCode("CODE-4"));
    auto options = hubOptions();
    options.port = m_port;
    m_hub = std::make_unique<HubServer>(options);
    ASSERT_EQ(m_hub->start(), m_port) << m_hub->error();
    ASSERT_TRUE(direct.sync.runOnce().ok());
    EXPECT_EQ(m_hub->checkInCount(), 1);
}

TEST_F(KioskUnderFault, DeliversEverythingOnceWhenTheHubRestartsInTheMiddleOfAPush)
{
    scanOffline(1, true);
    scanOffline(2, true);
    m_proxy->setMode(FaultProxy::Mode::ForwardThenDrop); // the hub stores the batch, then goes down
    ASSERT_FALSE(m_kiosk->sync.runOnce().ok());
    m_hub->stop();
    m_proxy->setMode(FaultProxy::Mode::Pass);
    scanOffline(3, false);
    ASSERT_FALSE(m_kiosk->sync.runOnce().ok()) << "the hub is down";
    m_hub = std::make_unique<HubServer>(hubOptions()); // the same database file
    const int port = m_hub->start();
    ASSERT_GT(port, 0);
    m_proxy->setUpstream(port);
    auto run = m_kiosk->sync.runOnce();
    ASSERT_TRUE(run.ok()) << run.failure->message;
    EXPECT_EQ(run.duplicates, 2);
    EXPECT_EQ(run.accepted, 1);
    EXPECT_EQ(m_hub->checkInCount(), 3);
}

TEST_F(KioskUnderFault, DeliversEverythingOnceWhenTheKioskIsKilledInTheMiddleOfAPush)
{
    scanOffline(1, true);
    scanOffline(2, false);
    scanOffline(3, true);
    const std::string storePath = m_dir.file("kiosk.sqlite");
    m_kiosk.reset(); // the child owns the store now
    m_proxy->setMode(FaultProxy::Mode::ForwardThenHold);
    const int before = m_proxy->forwarded();
    const std::string base = "http://127.0.0.1:" + std::to_string(m_proxy->port());
    const char *argv[] = {SYNC_KIOSK_CHILD, storePath.c_str(), base.c_str(), kTokenA.c_str(), nullptr};
    pid_t child = 0;
    ASSERT_EQ(posix_spawn(&child, SYNC_KIOSK_CHILD, nullptr, nullptr, const_cast<char **>(argv), environ), 0);
    // The hub has stored the batch and the child waits for the answer: now it dies.
    const bool forwarded = m_proxy->waitForForwarded(before + 1, std::chrono::seconds(60));
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(forwarded);
    EXPECT_TRUE(WIFSIGNALED(status));
    EXPECT_EQ(m_hub->checkInCount(), 3);

    m_proxy->setMode(FaultProxy::Mode::Pass);
    m_kiosk = std::make_unique<Kiosk>(storePath, base, shortTimeouts(kTokenA));
    EXPECT_EQ(*m_kiosk->store.outboxDepth(), 3) << "the dead kiosk never heard the answer";
    scanOffline(4, true);
    auto run = m_kiosk->sync.runOnce();
    ASSERT_TRUE(run.ok()) << run.failure->message;
    EXPECT_EQ(run.duplicates, 3);
    EXPECT_EQ(run.accepted, 1);
    EXPECT_EQ(m_hub->checkInCount(), 4);
}
