// Annulments reach the other kiosks of the center: real hub on loopback, real kiosk stores and sync
// clients, on both engines (and across two hub processes through NOTIFY on PostgreSQL).
#include "tests/sync/hubtesting.h"
#include "tests/sync/syncfixture.h"

#include <future>
#include <nlohmann/json.hpp>
#include <thread>

using namespace checkin::sync;
using checkin::testing::appointmentsCsv;
using checkin::testing::checkInItem;
using checkin::testing::Engine;
using checkin::testing::engineName;
using checkin::testing::HubEngineFixture;
using checkin::testing::kDay;
using checkin::testing::Kiosk;
using checkin::testing::kTokenA;
using checkin::testing::kTokenB;
using checkin::testing::kTokenC;
using checkin::testing::ParkedPoll;
using checkin::testing::parse;
using checkin::testing::pushRequest;
using nlohmann::json;

namespace {

json annulmentItem(const std::string &id, const std::string &checkInId, int64_t atMs)
{
    return {{"kind", "annulment"}, {"id", id}, {"checkin_id", checkInId}, {"operator_id", "staff-1"},
        {"reason", "scanned-by-mistake"}, {"annulled_at_ms", atMs}};
}

} // namespace

class Annulments : public HubEngineFixture
{
protected:
    std::unique_ptr<Kiosk> kiosk(
        const std::string &name, const std::string &token, int port, const std::string &center = "SB1")
    {
        return std::make_unique<Kiosk>(m_dir.file(name + ".sqlite"),
            "http://127.0.0.1:" + std::to_string(port), tokenFor(token), 1000, center);
    }
    std::string feed(const std::string &center, const std::string &cursor = "0") const
    {
        return url("/v1/centers/" + center + "/appointments?from=" + kDay + "&cursor=" + cursor);
    }
};

INSTANTIATE_TEST_SUITE_P(
    Engines, Annulments, ::testing::Values(Engine::Sqlite, Engine::Postgres), engineName);

TEST_P(Annulments, ReachesTheOtherKiosksOfTheCenterSoThePersonCanBeAdmittedAgain)
{
    startHub();
    m_hub->importText(appointmentsCsv(3), ImportFormat::Csv);
    auto a = kiosk("a", kTokenA, m_port);
    auto b = kiosk("b", kTokenB, m_port);
    ASSERT_TRUE(a->sync.runOnce().ok());
    ASSERT_TRUE(b->sync.runOnce().ok());
    HttpClient c(tokenFor(kTokenC));
    const std::string cursorC = parse(c.get(feed("SB2")))["cursor"];

    // A admits appointment 1; B learns it and would answer "already checked in".
    const std::string admitted = a->store.checkIn(1, true, 1772442000000, "kiosk-a");
    ASSERT_FALSE(admitted.empty());
    ASSERT_TRUE(a->sync.runOnce().ok());
    ASSERT_TRUE(b->sync.runOnce().ok());
    auto known = b->store.store().admittedCheckIn(1);
    ASSERT_TRUE(known && *known);
    EXPECT_EQ((*known)->id, admitted);

    // A annuls it; B, long-polling, wakes with the annulment and has nothing to undo afterwards.
    const int64_t before = m_hub->requestCount();
    auto pulled = std::async(std::launch::async, [&] { return b->sync.runOnce(SyncClient::Wait::LongPoll); });
    while (m_hub->requestCount() < before + 2) // B's key list request and its parked delta
        std::this_thread::yield();
    const auto annulledAt = std::chrono::steady_clock::now();
    ASSERT_TRUE(a->store.store().annulCheckIn(admitted, "staff-1", "scanned-by-mistake", 1772442060000));
    const auto pushed = a->sync.runOnce();
    ASSERT_TRUE(pushed.ok());
    EXPECT_EQ(pushed.accepted, 1);
    const auto woken = pulled.get();
    ASSERT_TRUE(woken.ok());
    EXPECT_LT(std::chrono::steady_clock::now() - annulledAt, std::chrono::seconds(4))
        << "the annulment wakes the parked long-poll (it waits 5 s without)";
    EXPECT_EQ(woken.annulments, 1);
    auto undone = b->store.store().admittedCheckIn(1);
    ASSERT_TRUE(undone);
    EXPECT_FALSE(*undone) << "B no longer believes the person is admitted";
    auto marked = b->store.store().checkInLog().find(admitted);
    ASSERT_TRUE(marked && *marked);
    EXPECT_TRUE((*marked)->annulledAtMs);
    EXPECT_EQ(b->store.outboxDepth().value_or(-1), 0) << "an annulment from the hub is not pushed back";

    // The person comes back with the code: B admits them, the hub accepts it (no conflict), and A
    // learns the new admission.
    const std::string again = b->store.checkIn(1, true, 1772442120000, "kiosk-b");
    ASSERT_FALSE(again.empty()) << "B admits the appointment again";
    const auto readmitted = b->sync.runOnce();
    ASSERT_TRUE(readmitted.ok());
    EXPECT_EQ(readmitted.accepted, 1);
    EXPECT_EQ(readmitted.conflicts, 0);
    ASSERT_TRUE(a->sync.runOnce().ok());
    auto atA = a->store.store().admittedCheckIn(1);
    ASSERT_TRUE(atA && *atA);
    EXPECT_EQ((*atA)->id, again);

    // A kiosk that downloads the whole day now sees the new admission only; the annulled one is
    // not an admission for a kiosk that predates annulments either.
    const auto full = parse(HttpClient(tokenFor(kTokenB)).get(feed("SB1")));
    ASSERT_EQ(full["admissions"].size(), 1u) << full.dump();
    EXPECT_EQ(full["admissions"][0]["checkin_id"], again);
    ASSERT_EQ(full["annulments"].size(), 1u);
    EXPECT_EQ(full["annulments"][0]["checkin_id"], admitted);
    EXPECT_EQ(full["annulments"][0]["kiosk_id"], "kiosk-a");
    EXPECT_EQ(full["annulments"][0]["annulled_at_ms"], 1772442060000);

    // Another center's kiosk never hears of it.
    const auto theirs = parse(c.get(feed("SB2", cursorC)));
    EXPECT_TRUE(theirs["annulments"].empty() && theirs["admissions"].empty()) << theirs.dump();
    EXPECT_TRUE(parse(c.get(feed("SB2")))["annulments"].empty());
}

TEST_P(Annulments, IsBoundToTheCenterOfTheCheckIn)
{
    startHub();
    m_hub->importText(appointmentsCsv(3), ImportFormat::Csv);
    HttpClient a(tokenFor(kTokenA));
    HttpClient b(tokenFor(kTokenB));
    HttpClient c(tokenFor(kTokenC));
    ASSERT_EQ(parse(a.send(pushRequest(url("/v1/push"),
                  {checkInItem("in-1", 1, true, 1000),
                      checkInItem("in-2", 2, true, 1001)})))["results"][1]["result"],
        "accepted");
    const std::string cursor = parse(b.get(feed("SB1")))["cursor"];

    // A kiosk of another center cannot annul: 403, and nothing of its batch is stored.
    auto refused = c.send(pushRequest(url("/v1/push"), {annulmentItem("an-c", "in-1", 2000)}));
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 403) << refused->body;
    const auto unchanged = parse(b.get(feed("SB1", cursor)));
    EXPECT_TRUE(unchanged["annulments"].empty()) << unchanged.dump();
    EXPECT_EQ(parse(b.get(feed("SB1")))["admissions"].size(), 2u) << "both admissions stand";
    EXPECT_EQ(parse(c.send(pushRequest(url("/v1/push"), {checkInItem("in-3", 1, true, 3000)})))["error"],
        "forbidden");

    // Another kiosk of the same center may (it holds A's admissions and its staff may annul them).
    auto ours = parse(b.send(pushRequest(url("/v1/push"), {annulmentItem("an-b", "in-2", 2001)})));
    ASSERT_EQ(ours["results"].size(), 1u) << ours.dump();
    EXPECT_EQ(ours["results"][0]["result"], "accepted");
    const auto delta = parse(a.get(feed("SB1", cursor)));
    ASSERT_EQ(delta["annulments"].size(), 1u) << delta.dump();
    EXPECT_EQ(delta["annulments"][0]["checkin_id"], "in-2");
    EXPECT_EQ(delta["annulments"][0]["kiosk_id"], "kiosk-b");
    EXPECT_TRUE(delta["admissions"].empty());

    // The annulment again is a duplicate and moves nothing; the freed appointment admits again.
    EXPECT_EQ(parse(b.send(pushRequest(
                  url("/v1/push"), {annulmentItem("an-b", "in-2", 2001)})))["results"][0]["result"],
        "duplicate");
    EXPECT_TRUE(parse(a.get(feed("SB1", delta["cursor"].get<std::string>())))["annulments"].empty());
    EXPECT_EQ(parse(a.send(pushRequest(
                  url("/v1/push"), {checkInItem("in-4", 2, true, 4000)})))["results"][0]["result"],
        "accepted");
}

class AnnulmentsAcrossHubs : public HubEngineFixture
{
};

INSTANTIATE_TEST_SUITE_P(Engines, AnnulmentsAcrossHubs, ::testing::Values(Engine::Postgres), engineName);

TEST_P(AnnulmentsAcrossHubs, WakesALongPollAtAnotherHubProcessThroughNotify)
{
    startHub();
    m_hub->importText(appointmentsCsv(2), ImportFormat::Csv);
    const std::string there = startSecondHub(hubOptions()) + "/v1/centers/SB1/appointments?from=" + kDay;
    HttpClient a(tokenFor(kTokenA));
    ASSERT_EQ(parse(a.send(pushRequest(
                  url("/v1/push"), {checkInItem("in-1", 1, true, 1000)})))["results"][0]["result"],
        "accepted");
    const std::string cursor = parse(HttpClient(patient(kTokenB)).get(there))["cursor"];
    ParkedPoll poll(*m_second, there + "&cursor=" + cursor + "&wait=25", patient(kTokenB));
    const auto annulled = std::chrono::steady_clock::now();
    ASSERT_EQ(parse(a.send(pushRequest(
                  url("/v1/push"), {annulmentItem("an-1", "in-1", 2000)})))["results"][0]["result"],
        "accepted");
    const auto woken = poll.join();
    EXPECT_LT(std::chrono::steady_clock::now() - annulled, std::chrono::seconds(5))
        << "the other process's long-poll woke through NOTIFY";
    ASSERT_EQ(woken["annulments"].size(), 1u) << woken.dump();
    EXPECT_EQ(woken["annulments"][0]["checkin_id"], "in-1");
}
