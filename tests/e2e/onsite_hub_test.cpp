// On-site resolution end to end: kiosk cache, rules and resolution, the real sync client and the
// real hub on loopback; the network is down while people are resolved, then comes back.
#include "sync/client/cachestore.h"
#include "sync/client/httpclient.h"
#include "sync/client/syncclient.h"
#include "sync/hub/hubserver.h"
#include "sync/hub/hubstore.h"
#include "terminal/codes/keylist.h"
#include "terminal/core/checkinservice.h"
#include "terminal/core/localtime.h"
#include "terminal/core/onsiteresolution.h"
#include "tests/support/tempdir.h"

#include <gtest/gtest.h>

using namespace checkin;
using namespace checkin::core;

namespace {

const std::string kTokenA = "tok-a-0123456789abcdef0123456789abcdef";
const std::string kTokenB = "tok-b-0123456789abcdef0123456789abcdef";
const std::string kAdmin = "admin-0123456789abcdef0123456789abcdef";

constexpr const char *kDay = "2026-03-02";
constexpr const char *kNextDay = "2026-03-03";

std::string dayCsv()
{
    std::string csv
        = "id,booking_ref,center_id,day,slot_start,slot_end,status,given_name,family_name,birth_date,"
          "postal_code,language,code,version\n";
    csv += std::string("1,SB1-000001,SB1,") + kDay
        + ",10:30,10:35,confirmed,Anna,Müller,1950-11-29,66111,de,C1,1\n";
    csv += std::string("2,SB1-000002,SB1,") + kDay
        + ",10:35,10:40,pending,Ayşe,Yılmaz,1958-02-20,66113,tr,C2,1\n";
    csv += std::string("3,SB1-000003,SB1,") + kNextDay
        + ",09:00,09:05,confirmed,Olena,Shevchenko,1972-05-09,66115,uk,"
          "C3,1\n";
    for (int i = 10; i < 40; ++i)
        csv += std::to_string(i) + ",SB1-0000" + std::to_string(i) + ",SB1," + kDay + ",08:"
            + (i % 12 < 2 ? "0" : "") + std::to_string((i % 12) * 5) + ",09:00,confirmed,Erika,Muster"
            + std::to_string(i) + ",1970-01-01,66111,de,C" + std::to_string(i) + ",1\n";
    return csv;
}

/// One kiosk: its cache file, the production store adapter and a sync client towards `baseUrl`.
struct Kiosk
{
    Kiosk(const std::string &path, const std::string &baseUrl, const std::string &token)
        : store(cache::Store::open(path).value())
        , adapter(*store)
        , http(options(token))
        , sync(
              config(baseUrl), http, adapter, [this] { return clock.now(); },
              [](int days) { return std::string(days == 0 ? kDay : kNextDay); })
    { }
    static sync::HttpOptions options(const std::string &token)
    {
        sync::HttpOptions o;
        o.bearerToken = token;
        o.connectTimeout = std::chrono::milliseconds(500);
        return o;
    }
    static sync::SyncConfig config(const std::string &baseUrl)
    {
        // This hub serves no key list; a list would be refused for want of a root key.
        sync::SyncConfig c(baseUrl, "SB1",
            [](const std::string &doc) { return core::KeyList::verifiedVersion(doc, std::nullopt); });
        c.daysAhead = 1;
        return c;
    }
    ManualClock clock{*fromLocal(kDay, 10 * 60 + 25)};
    std::unique_ptr<cache::Store> store;
    sync::CacheClientStore adapter;
    sync::HttpClient http;
    sync::SyncClient sync;
};

class OnSiteWithHub : public ::testing::Test
{
protected:
    void SetUp() override
    {
        sync::HubServer::Options o;
        o.databasePath = dir.file("hub.sqlite");
        o.kiosks = {{"kiosk-a", "SB1", kTokenA}, {"kiosk-b", "SB1", kTokenB}};
        o.adminToken = kAdmin;
        o.retentionDays = 0; // the test day lies in the past of the real clock
        o.walkInCapacity = 2;
        o.maxWaitSeconds = 1;
        o.keepAliveSeconds = 1;
        hub = std::make_unique<sync::HubServer>(o);
        port = hub->start();
        ASSERT_GT(port, 0) << hub->error();
        const auto report = hub->importText(dayCsv(), sync::ImportFormat::Csv);
        ASSERT_TRUE(report.issues.empty()) << report.issues.front().message;
    }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port); }

    checkin::testing::TempDir dir;
    std::unique_ptr<sync::HubServer> hub;
    int port = 0;
};

} // namespace

TEST_F(OnSiteWithHub, ResolvesEveryoneOfflineAndDeliversEachRecordToTheHubExactlyOnce)
{
    // The morning's download, while the network still works.
    Kiosk a(dir.file("kiosk-a.sqlite"), url(), kTokenA);
    ASSERT_TRUE(a.sync.runOnce().ok());
    ASSERT_EQ(a.store->appointmentCount().value(), 33);

    // The network goes down: the same kiosk store, but its hub address leads nowhere.
    int deadPort = 0;
    {
        sync::HubServer::Options probeOptions;
        probeOptions.databasePath = dir.file("probe.sqlite");
        sync::HubServer probe(probeOptions);
        deadPort = probe.start();
    }
    Kiosk offline(dir.file("kiosk-a.sqlite"), "http://127.0.0.1:" + std::to_string(deadPort), kTokenA);
    Policy policy;
    policy.kioskId = "kiosk-a";
    OnSiteResolution resolution(*offline.store, policy, offline.clock);

    // 1. Anna lost her code: found by name, checked in by lookup.
    ASSERT_EQ(resolution.staffSearch("mueller anna", "staff-7").value().front().appointment.id, 1);
    ASSERT_EQ(resolution.admit(1, "staff-7").family(), Family::Pass);
    // 2. Ayşe's booking never completed: confirmed on site (two morning no-shows freed slots).
    offline.clock.set(*fromLocal(kDay, 10 * 60 + 30));
    ASSERT_EQ(resolution.confirmPendingAndAdmit(2, "staff-7").family(), Family::Pass);
    // 3. Nobody found: a clearing case.
    auto ticket = resolution.openClearingCase(
        {"Bożena", "Kowalczyk", "03.04.1949", "", "booked by phone"}, "staff-7");
    ASSERT_TRUE(ticket);
    // 5. Olena came a day early: told when, then admitted by policy with a reason.
    ASSERT_EQ(resolution.admit(3, "staff-7").reason, Reason::WrongDay);
    ASSERT_EQ(
        resolution.admitByOverride(3, "staff-7", OverrideReason::OtherDayAccepted).family(), Family::Pass);

    // 6. Offline: the push fails, nothing is lost.
    const int64_t queued = offline.store->outboxDepth().value();
    EXPECT_GE(queued, 10);
    EXPECT_FALSE(offline.sync.runOnce().ok());
    EXPECT_EQ(offline.store->outboxDepth().value(), queued);
    EXPECT_EQ(hub->checkInCount(), 0);

    // The network returns: everything arrives, once.
    const auto delivered = a.sync.runOnce();
    ASSERT_TRUE(delivered.ok()) << delivered.failure->message;
    EXPECT_EQ(a.store->outboxDepth().value(), 0);
    const int64_t checkIns = static_cast<int64_t>(a.store->checkIns().value().size());
    EXPECT_EQ(hub->checkInCount(), checkIns);
    ASSERT_TRUE(a.sync.runOnce().ok());
    EXPECT_EQ(hub->checkInCount(), checkIns) << "a second run sends nothing twice";

    // The central system sees the confirmed booking, and another kiosk learns all of it.
    Kiosk b(dir.file("kiosk-b.sqlite"), url(), kTokenB);
    ASSERT_TRUE(b.sync.runOnce().ok());
    EXPECT_EQ(b.store->findById(2).value()->status, cache::AppointmentStatus::Confirmed);
    EXPECT_TRUE(b.store->admittedCheckIn(1).value().has_value()) << "Anna cannot be admitted twice";

    // The help desk sees the open case.
    sync::HttpClient desk(Kiosk::options(kAdmin));
    auto cases = desk.get(url() + "/v1/clearing");
    ASSERT_TRUE(cases) << cases.error().message;
    EXPECT_EQ(cases->status, 200);
    EXPECT_NE(cases->body.find(ticket->caseId), std::string::npos);
    // And the kiosk no longer keeps the person's data of a case the hub has.
    EXPECT_TRUE(a.store->listClearingCases().value().front().familyName.empty());
}

TEST_F(OnSiteWithHub, ADeskResolutionAdmitsTheTicketAtTheDoorAndTheCheckInComesBackToTheCase)
{
    Kiosk a(dir.file("kiosk-a.sqlite"), url(), kTokenA);
    ASSERT_TRUE(a.sync.runOnce().ok());
    Policy policy;
    policy.kioskId = "kiosk-a";
    policy.centerId = "SB1";
    OnSiteResolution resolution(*a.store, policy, a.clock);
    CheckInService door(*a.store, policy, a.clock);

    // Anna's name was taken down wrong at the kiosk, so nothing was found: a ticket.
    auto ticket
        = resolution.openClearingCase({"Anna", "Mühler", "29.11.1950", "0151 000", "lost code"}, "staff-7");
    ASSERT_TRUE(ticket);
    // Before the desk resolved it the ticket admits nobody, and the search by it finds nothing.
    EXPECT_EQ(door.handleScan(ticket->number).reason, Reason::NotFound);
    EXPECT_TRUE(resolution.staffSearch(ticket->number, "staff-7").value().empty());
    ASSERT_TRUE(a.sync.runOnce().ok());

    // The desk attaches the case to Anna's booking.
    sync::HttpClient desk(Kiosk::options(kAdmin));
    const std::string body = R"({"appointment_id": 1, "resolution": "code lost, booking found"})";
    auto attached = desk.send(sync::HttpRequest{"POST",
        url() + "/v1/clearing/cases/" + ticket->caseId + "/attach", body, "application/json", {}, {}});
    ASSERT_TRUE(attached && attached->status == 200)
        << (attached ? attached->body : attached.error().message);

    // The next sync brings the resolution: typed in lower case without "K-" the search finds her,
    // and the ticket held up at the camera admits her.
    const auto run = a.sync.runOnce();
    ASSERT_TRUE(run.ok()) << run.failure->message;
    std::string typed = ticket->number.substr(2);
    for (auto &ch : typed)
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    const auto hits = resolution.staffSearch(typed, "staff-7").value();
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits.front().appointment.id, 1);
    const auto verdict = door.handleScan(ticket->number);
    EXPECT_EQ(verdict.family(), Family::Pass);
    ASSERT_TRUE(verdict.appointment);
    EXPECT_EQ(verdict.appointment->id, 1);
    EXPECT_EQ(door.handleScan(ticket->number).reason, Reason::AdmittedAgain);

    // The check-in reaches the hub and the case's history.
    ASSERT_TRUE(a.sync.runOnce().ok());
    hub->stop();
    auto store = sync::HubStore::open(dir.file("hub.sqlite"));
    ASSERT_TRUE(store) << store.error().message;
    auto history = (*store)->caseHistory(ticket->caseId).value();
    std::vector<std::string> lines;
    for (const auto &e : history)
        lines.push_back(e.action + "/" + e.kioskId);
    EXPECT_EQ(
        lines, (std::vector<std::string>{"opened/kiosk-a", "attached/", "note/", "checked-in/kiosk-a"}));
}
