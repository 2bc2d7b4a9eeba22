// The hub: protocol document, import, push answers, change feed, help desk; real HTTP on loopback,
// on both engines.
#include "offline-cache/ticketnumber.h"
#include "sync/hub/hubstore.h"
#include "sync/protocol/codec.h"
#include "terminal/codes/keylist.h"
#include "tests/sync/hubfixture.h"
#include "tests/sync/hubtesting.h"

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

using namespace checkin::sync;
using checkin::testing::appointmentsCsv;
using checkin::testing::checkInItem;
using checkin::testing::Engine;
using checkin::testing::engineName;
using checkin::testing::HubEngineFixture;
using checkin::testing::kAdminToken;
using checkin::testing::kDay;
using checkin::testing::kTokenA;
using checkin::testing::kTokenB;
using checkin::testing::kTokenC;
using checkin::testing::ParkedPoll;
using checkin::testing::parse;
using checkin::testing::pushRequest;
using checkin::testing::signedList;
using checkin::testing::verifierFor;
using nlohmann::json;

class Hub : public HubEngineFixture
{
};

INSTANTIATE_TEST_SUITE_P(Engines, Hub, ::testing::Values(Engine::Sqlite, Engine::Postgres), engineName);

TEST_P(Hub, AnswersHealthWithItsServerTime)
{
    startHub();
    HttpClient client;
    auto response = client.get(url("/v1/health"));
    ASSERT_TRUE(response) << response.error().message;
    EXPECT_EQ(response->status, 200);
    EXPECT_TRUE(parse(response).contains("server_time_ms"));
    EXPECT_FALSE(response->headers["x-server-time-ms"].empty());
    EXPECT_EQ(response->headers["content-type"], "application/json");
}

TEST(HubProtocol, DocumentListsEveryRouteTheHubServes)
{
    std::ifstream in(std::string(CHECKIN_SOURCE_DIR) + "/sync/protocol/openapi.yaml");
    ASSERT_TRUE(in) << "sync/protocol/openapi.yaml is missing";
    // A small reader for the two levels that matter: "  /path:" and "    get:" below it.
    std::map<std::string, std::set<std::string>> documented;
    std::string line;
    std::string current;
    bool inPaths = false;
    while (std::getline(in, line)) {
        if (line == "paths:") {
            inPaths = true;
            continue;
        }
        if (inPaths && !line.empty() && line[0] != ' ')
            inPaths = false;
        if (!inPaths)
            continue;
        if (line.starts_with("  /") && line.ends_with(":"))
            current = line.substr(2, line.size() - 3);
        else if (line.starts_with("    ") && line[4] != ' ' && line.ends_with(":"))
            documented[current].insert(line.substr(4, line.size() - 5));
    }
    ASSERT_FALSE(HubServer::routes().empty());
    for (const auto &[method, path] : HubServer::routes()) {
        std::string lower = method;
        for (auto &c : lower)
            c = static_cast<char>(std::tolower(c));
        EXPECT_TRUE(documented[path].count(lower))
            << method << " " << path << " is served but not documented";
    }
}

TEST_P(Hub, RefusesAKioskRouteWithoutAValidToken)
{
    startHub();
    HttpClient anonymous;
    auto r = anonymous.get(url("/v1/keys"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 401);
    HttpClient wrong(tokenFor("nope-0123456789abcdef0123456789abcdef"));
    EXPECT_EQ(wrong.get(url("/v1/keys"))->status, 401);
    HttpClient kiosk(tokenFor(kTokenA));
    EXPECT_EQ(kiosk.get(url("/v1/clearing"))->status, 401) << "a kiosk token is not an admin token";
}

TEST_P(Hub, ImportsGoodRowsAndNamesLineAndFieldOfEachBadOne)
{
    startHub();
    std::string csv = appointmentsCsv(3);
    csv += "4,SB1-4,SB1,2026-02-30x,09:00,09:15,confirmed,A,B,,,,,1\n"; // line 5: bad day
    csv += "5,SB1-5,SB1,2026-03-02,09:00,08:00,confirmed,A,B,,,,,1\n"; // line 6: end before start
    csv += "6,SB1-6,SB1,2026-03-02,09:00,09:15,maybe,A,B,,,,,1\n"; // line 7: bad status
    csv += "7,SB1-7,SB1\n"; // line 8: too few fields
    csv += "8,SB1-8,SB1,2026-03-02,09:00,09:15,confirmed,A,B,,,,,1\n";
    const auto report = m_hub->importText(csv, ImportFormat::Csv);
    EXPECT_EQ(report.rows.size(), 4u);
    ASSERT_EQ(report.issues.size(), 4u);
    EXPECT_EQ(report.issues[0].line, 5);
    EXPECT_EQ(report.issues[0].field, "day");
    EXPECT_EQ(report.issues[1].line, 6);
    EXPECT_EQ(report.issues[1].field, "slot_end");
    EXPECT_EQ(report.issues[2].field, "status");
    EXPECT_EQ(report.issues[3].line, 8);
    EXPECT_NE(report.issues[3].message.find("fields"), std::string::npos);
}

TEST_P(Hub, ImportsJsonExportsAndReportsTheItemAndKey)
{
    startHub();
    const std::string text = R"([
      {"id": 1, "booking_ref": "R1", "center_id": "SB1", "day": "2026-03-02", "slot_start": "09:00",
       "slot_end": "09:15", "family_name": "Muster"},
      {"id": "x", "booking_ref": "R2", "center_id": "SB1", "day": "2026-03-02", "slot_start": "09:00",
       "slot_end": "09:15", "family_name": "Muster"},
      {"id": 3, "booking_ref": "R3", "center_id": "SB1", "day": "2026-03-02", "slot_start": [9],
       "slot_end": "09:15", "family_name": "Muster"}
    ])";
    const auto report = m_hub->importText(text, ImportFormat::Json);
    EXPECT_EQ(report.rows.size(), 1u);
    ASSERT_EQ(report.issues.size(), 2u);
    EXPECT_EQ(report.issues[0].line, 2);
    EXPECT_EQ(report.issues[0].field, "id");
    EXPECT_EQ(report.issues[1].line, 3);
    EXPECT_EQ(report.issues[1].field, "slot_start");
}

TEST_P(Hub, SignsCodesWithTheInjectedIssuerForRowsWithout)
{
    auto options = hubOptions();
    options.codeIssuer = [](const checkin::cache::Appointment &a) { return "SIGNED-" + a.bookingRef; };
    HubServer hub(options);
    ASSERT_GT(hub.start(), 0);
    auto report = hub.importText("id,booking_ref,center_id,day,slot_start,slot_end,family_name\n"
                                 "1,R1,SB1,2026-03-02,09:00,09:15,Muster\n",
        ImportFormat::Csv);
    ASSERT_EQ(report.rows.size(), 1u);
    EXPECT_EQ(report.rows[0].code, "SIGNED-R1");
}

TEST_P(Hub, AnswersAcceptedDuplicateAndConflictPerItem)
{
    startHub();
    m_hub->importText(appointmentsCsv(3), ImportFormat::Csv);
    HttpClient a(tokenFor(kTokenA));
    HttpClient b(tokenFor(kTokenB));
    auto first = parse(a.send(pushRequest(url("/v1/push"),
        {checkInItem("c1", 1, true, 1000), checkInItem("c2", 2, false, 1001),
            {{"kind", "audit"}, {"id", "au1"}, {"at_ms", 1002}, {"action", 3}}})));
    ASSERT_EQ(first["results"].size(), 3u);
    EXPECT_EQ(first["results"][0]["result"], "accepted");
    EXPECT_EQ(first["results"][1]["result"], "accepted") << "rejected scans are kept for statistics";
    EXPECT_EQ(first["results"][2]["result"], "accepted");
    auto second = parse(b.send(pushRequest(url("/v1/push"),
        {checkInItem("c1", 1, true, 1000), checkInItem("c3", 1, true, 2000),
            {{"kind", "checkin"}, {"id", "c4"}}})));
    ASSERT_EQ(second["results"].size(), 3u);
    EXPECT_EQ(second["results"][0]["result"], "duplicate");
    EXPECT_EQ(second["results"][1]["result"], "conflict");
    EXPECT_EQ(second["results"][1]["first"]["kiosk_id"], "kiosk-a");
    EXPECT_EQ(second["results"][1]["first"]["scanned_at_ms"], 1000);
    EXPECT_EQ(second["results"][2]["result"], "invalid") << "no scan time";
    EXPECT_EQ(m_hub->checkInCount(), 3);
}

TEST_P(Hub, PagesTheFullDownloadAndThenServesOnlyTheDelta)
{
    startHub();
    m_hub->importText(appointmentsCsv(25), ImportFormat::Csv);
    HttpClient a(tokenFor(kTokenA));
    const std::string base = url(std::string("/v1/centers/SB1/appointments?from=") + kDay + "&limit=10");
    std::string cursor = "0";
    int total = 0;
    for (int page = 0; page < 5; ++page) {
        auto body = parse(a.get(base + "&cursor=" + cursor));
        total += static_cast<int>(body["appointments"].size());
        cursor = body["cursor"];
        if (!body["has_more"].get<bool>())
            break;
    }
    EXPECT_EQ(total, 25);
    m_hub->importText(appointmentsCsv(2, 5, 2), ImportFormat::Csv); // two rows change
    auto delta = parse(a.get(base + "&cursor=" + cursor));
    ASSERT_EQ(delta["appointments"].size(), 2u);
    EXPECT_EQ(delta["appointments"][0]["id"], 5);
    EXPECT_EQ(delta["appointments"][0]["version"], 2);
    EXPECT_FALSE(delta["has_more"].get<bool>());
}

TEST_P(Hub, CompressesPagesAndAnswersNotModifiedForTheSameETag)
{
    startHub();
    m_hub->importText(appointmentsCsv(300), ImportFormat::Csv);
    HttpClient a(tokenFor(kTokenA));
    const std::string page = url(std::string("/v1/centers/SB1/appointments?from=") + kDay);
    auto full = a.get(page);
    ASSERT_TRUE(full);
    EXPECT_EQ(full->headers["content-encoding"], "gzip");
    EXPECT_LT(full->bytesOnWire * 3, static_cast<long long>(full->body.size()));
    auto again = a.send(HttpRequest{"GET", page, {}, {}, {{"If-None-Match", full->headers["etag"]}}, {}});
    ASSERT_TRUE(again);
    EXPECT_EQ(again->status, 304);
    EXPECT_FALSE(again->headers["x-server-time-ms"].empty());
}

TEST_P(Hub, ListsConflictsAndLetsTheHelpDeskResolveCases)
{
    startHub();
    m_hub->importText(appointmentsCsv(2), ImportFormat::Csv);
    HttpClient a(tokenFor(kTokenA));
    HttpClient b(tokenFor(kTokenB));
    a.send(pushRequest(url("/v1/push"), {checkInItem("c1", 1, true, 1000)}));
    b.send(pushRequest(url("/v1/push"),
        {checkInItem("c2", 1, true, 1500),
            {{"kind", "case"}, {"id", "case1"}, {"case_kind", "no-code"}, {"note", "lost phone"},
                {"created_at_ms", 1600}},
            {{"kind", "case"}, {"id", "case2"}, {"case_kind", "no-code"}, {"created_at_ms", 1700}}}));
    HttpClient desk(tokenFor(kAdminToken));
    auto list = parse(desk.get(url("/v1/clearing")));
    ASSERT_EQ(list["conflicts"].size(), 1u);
    EXPECT_EQ(list["conflicts"][0]["kiosk_id"], "kiosk-b");
    EXPECT_EQ(list["conflicts"][0]["first"]["kiosk_id"], "kiosk-a");
    ASSERT_EQ(list["cases"].size(), 2u);

    EXPECT_EQ(list["cases"][0]["ticket"], checkin::cache::ticketNumber("case1"));
    EXPECT_EQ(list["cases"][0]["center_id"], "SB1");

    auto post = [&](const std::string &path, const json &body) {
        return desk.send(HttpRequest{"POST", url(path), body.dump(), "application/json", {}, {}});
    };
    EXPECT_EQ(
        post("/v1/clearing/cases/case1/attach", {{"appointment_id", 2}, {"resolution", "booked by phone"}})
            ->status,
        200);
    EXPECT_EQ(post("/v1/clearing/cases/case2/close", {{"resolution", "sent to GP"}})->status, 200);
    EXPECT_EQ(post("/v1/clearing/cases/nope/close", {{"resolution", "x"}})->status, 404);
    EXPECT_TRUE(parse(desk.get(url("/v1/clearing")))["cases"].empty());
}

TEST_P(Hub, RefusesEveryDeskActionThatMakesNoSense)
{
    auto options = hubOptions();
    options.nowMs = [] { return int64_t{1772452800000}; }; // 2026-03-02 12:00 UTC, kDay
    m_hub = std::make_unique<HubServer>(options);
    m_port = m_hub->start();
    ASSERT_GT(m_port, 0) << m_hub->error();
    m_hub->importText(appointmentsCsv(2), ImportFormat::Csv);
    HttpClient a(tokenFor(kTokenA));
    HttpClient c(tokenFor(kTokenC));
    auto caseItem = [](const char *id) {
        return json{{"kind", "case"}, {"id", id}, {"case_kind", "no-code"}, {"created_at_ms", 1600}};
    };
    ASSERT_EQ(a.send(pushRequest(url("/v1/push"), {caseItem("case1"), caseItem("case2"), caseItem("case3")}))
                  ->status,
        200);
    ASSERT_EQ(c.send(pushRequest(url("/v1/push"), {caseItem("case9")}))->status, 200);
    HttpClient desk(tokenFor(kAdminToken));
    auto post = [&](const std::string &path, const json &body) {
        auto r = desk.send(HttpRequest{"POST", url(path), body.dump(), "application/json", {}, {}});
        return std::make_pair(
            r->status, r->status == 200 ? std::string() : parse(r)["message"].get<std::string>());
    };
    const json why = {{"resolution", "checked on the phone"}};
    auto with = [&](json extra) {
        extra.update(why);
        return extra;
    };
    // An appointment that does not exist, one that is not a number, one of another center.
    EXPECT_EQ(post("/v1/clearing/cases/case1/attach", with({{"appointment_id", 999999}})).first, 400);
    EXPECT_EQ(post("/v1/clearing/cases/case1/attach", with({{"appointment_id", "2x"}})).first, 400);
    EXPECT_EQ(post("/v1/clearing/cases/case9/attach", with({{"appointment_id", 1}})).second,
        "The appointment belongs to another vaccination center than the case.");
    // No resolution text (or only spaces).
    EXPECT_EQ(post("/v1/clearing/cases/case1/attach", {{"appointment_id", 1}}).first, 400);
    EXPECT_EQ(post("/v1/clearing/cases/case1/close", {{"resolution", "   "}}).second,
        "Please describe how the case was resolved.");
    // Walk-in days: German order, not a date, yesterday, too far ahead.
    EXPECT_EQ(post("/v1/clearing/cases/case1/admit", with({{"day", "02.03.2026"}})).second,
        "The day is not a valid date.");
    EXPECT_EQ(post("/v1/clearing/cases/case1/admit", with({{"day", "2026-02-30"}})).first, 400);
    EXPECT_EQ(post("/v1/clearing/cases/case1/admit", with({{"day", "2026-03-01"}})).first, 400);
    EXPECT_EQ(post("/v1/clearing/cases/case1/admit", with({{"day", "2026-03-17"}})).first, 400);
    // Nothing of that changed the case.
    EXPECT_EQ(parse(desk.get(url("/v1/clearing")))["cases"].size(), 4u);
    // Capacity 1 per center and day: the second walk-in of SB1 is refused, SB2's own is not.
    EXPECT_EQ(post("/v1/clearing/cases/case1/admit", with({{"day", kDay}})).first, 200);
    EXPECT_EQ(post("/v1/clearing/cases/case2/admit", with({{"day", kDay}})).first, 409);
    EXPECT_EQ(post("/v1/clearing/cases/case9/admit", with({{"day", kDay}})).first, 200);
    EXPECT_EQ(post("/v1/clearing/cases/case2/admit", with({{"day", "2026-03-03"}})).first, 200);
    // A closed case takes no further action.
    const auto closed = post("/v1/clearing/cases/case1/attach", with({{"appointment_id", 1}}));
    EXPECT_EQ(closed.first, 409);
    EXPECT_EQ(closed.second, "This case is already closed and cannot be changed.");
    EXPECT_EQ(post("/v1/clearing/cases/case1/close", why).first, 409);
    EXPECT_EQ(post("/v1/clearing/cases/case3/attach", with({{"appointment_id", 1}})).first, 200);
}

TEST_P(Hub, SendsEachResolutionToItsOwnCentersKiosksOnlyAndKeepsTheCasesHistory)
{
    auto options = hubOptions();
    options.nowMs = [] { return int64_t{1772452800000}; }; // 2026-03-02 12:00 UTC, kDay
    m_hub = std::make_unique<HubServer>(options);
    m_port = m_hub->start();
    ASSERT_GT(m_port, 0) << m_hub->error();
    // Appointment 3 is a booking attempt that was never confirmed.
    std::string csv = appointmentsCsv(3);
    const auto third = csv.rfind("confirmed");
    csv.replace(third, 9, "pending");
    m_hub->importText(csv, ImportFormat::Csv);
    HttpClient a(tokenFor(kTokenA));
    HttpClient c(tokenFor(kTokenC));
    auto caseItem = [](const char *id) {
        return json{{"kind", "case"}, {"id", id}, {"case_kind", "no-code"}, {"created_at_ms", 1772452000000},
            {"operator_id", "staff-7"}, {"family_name", "Muster"}, {"birth_date", "1970-01-01"}};
    };
    ASSERT_EQ(a.send(pushRequest(url("/v1/push"),
                         {caseItem("0190aaaa-0000-7000-8000-000000000001"),
                             caseItem("0190aaaa-0000-7000-8000-000000000002"),
                             caseItem("0190aaaa-0000-7000-8000-000000000003")}))
                  ->status,
        200);
    ASSERT_EQ(
        c.send(pushRequest(url("/v1/push"), {caseItem("0190aaaa-0000-7000-8000-000000000009")}))->status,
        200);
    const std::string feed = std::string("/v1/centers/SB1/appointments?from=") + kDay + "&to=" + kDay;
    const auto before = parse(a.get(url(feed)));
    const std::string cursor = before["cursor"];
    EXPECT_TRUE(before["resolutions"].empty());

    HttpClient desk(tokenFor(kAdminToken));
    auto post = [&](const std::string &path, const json &body) {
        return desk.send(HttpRequest{"POST", url(path), body.dump(), "application/json", {}, {}})->status;
    };
    const json why = {{"resolution", "on the phone"}};
    EXPECT_EQ(post("/v1/clearing/cases/0190aaaa-0000-7000-8000-000000000001/attach",
                  {{"appointment_id", 2}, {"resolution", "booked, code lost"}}),
        200);
    EXPECT_EQ(post("/v1/clearing/cases/0190aaaa-0000-7000-8000-000000000002/attach",
                  {{"appointment_id", 3}, {"resolution", "never got the mail"}}),
        200);
    EXPECT_EQ(post("/v1/clearing/cases/0190aaaa-0000-7000-8000-000000000003/admit",
                  {{"day", kDay}, {"resolution", "walk-in"}}),
        200);
    EXPECT_EQ(post("/v1/clearing/cases/0190aaaa-0000-7000-8000-000000000009/admit",
                  {{"day", kDay}, {"resolution", "walk-in"}}),
        200);

    // The delta of an SB1 kiosk: three resolutions with the tickets the people hold, the confirmed
    // booking attempt and the walk-in appointment the hub made.
    const auto delta = parse(a.get(url(feed + "&cursor=" + cursor)));
    ASSERT_EQ(delta["resolutions"].size(), 3u) << delta.dump();
    std::map<std::string, json> byKind;
    for (const auto &r : delta["resolutions"])
        byKind[r["kind"]] = r;
    EXPECT_EQ(byKind["attached"]["appointment_id"], 2);
    EXPECT_EQ(
        byKind["attached"]["ticket"], checkin::cache::ticketNumber("0190aaaa-0000-7000-8000-000000000001"));
    EXPECT_EQ(byKind["confirmed"]["appointment_id"], 3);
    const int64_t walkIn = byKind["walk-in"]["appointment_id"];
    EXPECT_GE(walkIn, kWalkInIdBase);
    std::map<int64_t, json> changed;
    for (const auto &x : delta["appointments"])
        changed[x["id"]] = x;
    EXPECT_EQ(changed[3]["status"], "confirmed");
    EXPECT_EQ(changed[walkIn]["family_name"], "Muster");
    EXPECT_EQ(changed[walkIn]["booking_ref"], byKind["walk-in"]["ticket"]);
    // The protocol's one decoder reads the same page.
    auto decoded
        = checkin::sync::protocol::decodeAppointmentPage(a.get(url(feed + "&cursor=" + cursor))->body);
    ASSERT_TRUE(decoded) << decoded.error().message;
    EXPECT_EQ(decoded->resolutions.size(), 3u);

    // Another center's kiosk never receives them, nor SB1's walk-in; its own walk-in it does.
    HttpClient other(tokenFor(kTokenC));
    const auto theirs
        = parse(other.get(url(std::string("/v1/centers/SB2/appointments?from=") + kDay + "&to=" + kDay)));
    ASSERT_EQ(theirs["resolutions"].size(), 1u);
    EXPECT_EQ(theirs["resolutions"][0]["ticket"],
        checkin::cache::ticketNumber("0190aaaa-0000-7000-8000-000000000009"));
    for (const auto &x : theirs["appointments"])
        EXPECT_NE(x["id"], walkIn);
    EXPECT_EQ(other.get(url(feed))->status, 403);

    // The check-in at the door comes back to the case.
    ASSERT_EQ(
        a.send(pushRequest(url("/v1/push"), {checkInItem("door-1", walkIn, true, 1772453000000)}))->status,
        200);
    auto store = HubStore::open(database());
    ASSERT_TRUE(store) << store.error().message;
    auto history = (*store)->caseHistory("0190aaaa-0000-7000-8000-000000000003");
    ASSERT_TRUE(history);
    std::vector<std::string> actions;
    for (const auto &e : *history)
        actions.push_back(e.action + "/" + e.actor + "/" + e.kioskId);
    EXPECT_EQ(actions,
        (std::vector<std::string>{
            "opened/staff-7/kiosk-a", "walk-in/desk/", "note/desk/", "checked-in//kiosk-a"}));
    auto confirmedHistory = (*store)->caseHistory("0190aaaa-0000-7000-8000-000000000002");
    ASSERT_TRUE(confirmedHistory);
    ASSERT_GE(confirmedHistory->size(), 2u);
    EXPECT_EQ((*confirmedHistory)[1].action, "confirmed");
    EXPECT_EQ((*confirmedHistory)[1].detail, "SB1-100003 2026-03-02");

    // The day's figures: 3 booked (the confirmed attempt too), 0 arrived by booking, 1 walk-in,
    // 1 confirmation by the desk, 3 cases opened and resolved today; no slot of the day is over
    // before 08:15 local.
    auto report = (*store)->dayReport("SB1", kDay, 1772406000000, 1772492400000, 8 * 60);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->booked, 3);
    EXPECT_EQ(report->arrived, 0);
    EXPECT_EQ(report->noShows, 0);
    EXPECT_EQ(report->walkIns, 1);
    EXPECT_EQ(report->onSiteConfirmations, 1);
    EXPECT_EQ(report->casesOpened, 3);
    EXPECT_EQ(report->casesResolved, 3);
    auto late = (*store)->dayReport("SB1", kDay, 1772406000000, 1772492400000, -1);
    ASSERT_TRUE(late);
    EXPECT_EQ(late->noShows, 3);
}

TEST_P(Hub, ReplacesTheKeyListAsAWholeAndServesItWithAnETag)
{
    auto options = hubOptions();
    const auto root = checkin::core::SigningKey::fromPassphrase("test root");
    options.keyListVerifier = verifierFor(root.publicKey());
    HubServer hub(options);
    m_port = hub.start();
    ASSERT_GT(m_port, 0) << hub.error();
    HttpClient desk(tokenFor(kAdminToken));
    const std::string v3 = signedList(root, 3);
    auto put = desk.send(
        HttpRequest{"PUT", url("/v1/keys"), json{{"signed_list", v3}}.dump(), "application/json", {}, {}});
    ASSERT_TRUE(put);
    EXPECT_EQ(put->status, 200);
    EXPECT_EQ(parse(put)["version"], 3);
    HttpClient a(tokenFor(kTokenA));
    auto keys = a.get(url("/v1/keys"));
    EXPECT_EQ(parse(keys)["version"], 3);
    EXPECT_EQ(parse(keys)["signed_list"], v3);
    auto same
        = a.send(HttpRequest{"GET", url("/v1/keys"), {}, {}, {{"If-None-Match", keys->headers["etag"]}}, {}});
    EXPECT_EQ(same->status, 304);
}

TEST_P(Hub, WakesTheLongPollsOfEveryCenterWhenANewKeyListIsStored)
{
    auto options = hubOptions();
    const auto root = checkin::core::SigningKey::fromPassphrase("test root");
    options.keyListVerifier = verifierFor(root.publicKey());
    options.maxWaitSeconds = 30;
    HubServer hub(options);
    m_port = hub.start();
    ASSERT_GT(m_port, 0) << hub.error();
    // SB1 has appointments; SB2 (kiosk-c) has none yet, so no change of its own either.
    hub.importText(appointmentsCsv(3), ImportFormat::Csv);
    const auto feed = [&](const std::string &center) {
        return url("/v1/centers/" + center + "/appointments?from=" + kDay);
    };
    const std::string cursorA = parse(HttpClient(patient(kTokenA)).get(feed("SB1")))["cursor"];
    const std::string cursorC = parse(HttpClient(patient(kTokenC)).get(feed("SB2")))["cursor"];
    ParkedPoll pollA(hub, feed("SB1") + "&cursor=" + cursorA + "&wait=25", patient(kTokenA));
    ParkedPoll pollC(hub, feed("SB2") + "&cursor=" + cursorC + "&wait=25", patient(kTokenC));
    const auto put = std::chrono::steady_clock::now();
    HttpClient desk(tokenFor(kAdminToken));
    auto stored = desk.send(HttpRequest{"PUT", url("/v1/keys"),
        json{{"signed_list", signedList(root, 3)}}.dump(), "application/json", {}, {}});
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->status, 200) << stored->body;
    const auto wokenA = pollA.join();
    const auto wokenC = pollC.join();
    const auto waited = std::chrono::steady_clock::now() - put;
    EXPECT_LT(waited, std::chrono::seconds(5)) << "a parked long-poll waits its 25 s out without the wake-up";
    ASSERT_TRUE(wokenA.is_object() && wokenC.is_object());
    EXPECT_GT(std::stoll(wokenA.value("cursor", "0")), std::stoll(cursorA)) << wokenA.dump();
    EXPECT_GT(std::stoll(wokenC.value("cursor", "0")), std::stoll(cursorC)) << wokenC.dump();
    EXPECT_TRUE(wokenA["appointments"].empty() && wokenA["admissions"].empty()) << "nothing else changed";
    EXPECT_EQ(parse(HttpClient(patient(kTokenC)).get(url("/v1/keys")))["version"], 3);
}

TEST_P(Hub, StoresTheKioskStatusReport)
{
    startHub();
    HttpClient a(tokenFor(kTokenA));
    a.send(HttpRequest{"POST", url("/v1/status"),
        R"({"version": "0.1.0", "last_sync_ms": 5, "outbox_depth": 2, "camera": "ok"})", "application/json",
        {}, {}});
    HttpClient desk(tokenFor(kAdminToken));
    auto kiosks = parse(desk.get(url("/v1/kiosks")));
    ASSERT_EQ(kiosks["kiosks"].size(), 1u);
    EXPECT_EQ(kiosks["kiosks"][0]["kiosk_id"], "kiosk-a");
    EXPECT_EQ(kiosks["kiosks"][0]["outbox_depth"], 2);
}

TEST(HttpClient, ClassifiesARefusedConnection)
{
    int port = 0;
    {
        // Bind and release a port so that nothing listens there.
        checkin::testing::TempDir dir;
        HubServer::Options options;
        options.databasePath = dir.file("hub.sqlite");
        HubServer hub(options);
        port = hub.start();
        hub.stop();
    }
    HttpClient client;
    auto response = client.get("http://127.0.0.1:" + std::to_string(port) + "/v1/health");
    ASSERT_FALSE(response);
    EXPECT_EQ(response.error().kind, TransportErrorKind::Refused);
}
