// The hub under hostile requests, on both engines: malformed pushes, deep JSON, other centers'
// data, token rules, key-list rollback, broken import encodings, errors inside a write, restarts.
#include "sync/hub/hubstore.h"
#include "sync/hub/kioskauth.h"
#include "tests/sync/hubfixture.h"
#include "tests/sync/hubtesting.h"

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <sstream>
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
using checkin::testing::PgServer;
using checkin::testing::pushRequest;
using checkin::testing::signedList;
using checkin::testing::verifierFor;
using nlohmann::json;

namespace {

/// Every hostile request the tests send, counted for the report printed at the end.
std::atomic<int> g_hostile{0};

class HostileCount : public ::testing::Environment
{
public:
    void TearDown() override { std::cout << "hostile requests tried: " << g_hostile.load() << "\n"; }
};
const auto *const g_environment = ::testing::AddGlobalTestEnvironment(new HostileCount);

std::string nested(int depth)
{
    return std::string(static_cast<size_t>(depth), '[') + std::string(static_cast<size_t>(depth), ']');
}

} // namespace

class HubUnderAttack : public HubEngineFixture
{
protected:
    void SetUp() override
    {
        HubEngineFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        startHub();
        m_hub->importText(appointmentsCsv(10), ImportFormat::Csv);
        // Center SB2's appointments 101..103, one of them pending.
        m_hub->importText("id,booking_ref,center_id,day,slot_start,slot_end,status,family_name\n"
                          "101,SB2-1,SB2,2026-03-02,09:00,09:15,confirmed,Other\n"
                          "102,SB2-2,SB2,2026-03-02,09:00,09:15,pending,Other\n"
                          "103,SB2-3,SB2,2026-03-02,09:00,09:15,confirmed,Other\n",
            ImportFormat::Csv);
    }
    tl::expected<HttpResponse, TransportError> hostile(const std::string &token, HttpRequest request)
    {
        ++g_hostile;
        HttpClient client(tokenFor(token));
        return client.send(std::move(request));
    }
    HttpRequest post(const std::string &path, std::string body, std::string type = "application/json")
    {
        return HttpRequest{"POST", url(path), std::move(body), std::move(type), {}, {}};
    }
    int status(const tl::expected<HttpResponse, TransportError> &r) { return r ? r->status : -1; }
    void restartHub()
    {
        m_hub->stop();
        m_hub.reset();
        startHub();
    }
    json appointmentsOf(const std::string &token, const std::string &center)
    {
        HttpClient client(tokenFor(token));
        return parse(client.get(url("/v1/centers/" + center + "/appointments?from=" + kDay)));
    }
};

INSTANTIATE_TEST_SUITE_P(
    Engines, HubUnderAttack, ::testing::Values(Engine::Sqlite, Engine::Postgres), engineName);

TEST_P(HubUnderAttack, AnswersEachMalformedItemInvalidAloneAndKeepsEveryAcceptedWriteAcrossARestart)
{
    const std::vector<json> malformed = {json{{"id", 5}}, json(1), json(), json{{"id", json::array({1})}},
        json::array(), json("checkin"), json{{"kind", "checkin"}, {"id", "t1"}, {"scanned_at_ms", "soon"}},
        json{{"kind", "checkin"}, {"id", "t2"}, {"appointment_id", json::array({1})}, {"scanned_at_ms", 1}},
        json{{"kind", "checkin"}, {"id", "t3"}, {"appointment_id", 1}, {"admitted", "yes"},
            {"scanned_at_ms", 1}},
        json{{"kind", "checkin"}, {"id", "t4"}, {"appointment_id", 1.5}, {"scanned_at_ms", 1}},
        json{{"kind", "checkin"}, {"id", "t5"}, {"appointment_id", 999999}, {"scanned_at_ms", 1}},
        json{{"kind", "checkin"}, {"id", "t6"}, {"method", "code"}, {"scanned_at_ms", 1}},
        json{{"kind", "case"}, {"id", "t7"}, {"case_kind", "no-code"}},
        json{{"kind", "confirmation"}, {"id", "t8"}, {"confirmed_at_ms", 1}},
        json{{"kind", "annulment"}, {"id", "t9"}, {"annulled_at_ms", 1}},
        json{{"kind", "audit"}, {"id", "t10"}, {"at_ms", json::object()}},
        json{{"kind", "unknown"}, {"id", "t11"}}, json{{"kind", "checkin"}, {"id", std::string(300, 'x')}}};
    std::vector<json> batch = malformed;
    batch.push_back(checkInItem("good-1", 1, true, 1000));
    auto r = hostile(kTokenA, pushRequest(url("/v1/push"), batch));
    ASSERT_EQ(status(r), 200) << (r ? r->body : r.error().message);
    auto results = parse(r)["results"];
    ASSERT_EQ(results.size(), batch.size());
    for (size_t i = 0; i < malformed.size(); ++i)
        EXPECT_EQ(results[i]["result"], "invalid") << "item " << i << ": " << malformed[i].dump();
    EXPECT_EQ(results[malformed.size()]["result"], "accepted");

    // Whole bodies that are not a batch: refused as a whole, and nothing else is affected.
    for (const std::string &body : {std::string("[1]"), std::string("[null]"), std::string("{\"items\":{}}"),
             std::string("\"x\""), std::string("{\"items\":[1"), nested(100000),
             "{\"items\":" + nested(50) + "}", std::string("{\"items\":[]}\xff")})
        EXPECT_EQ(status(hostile(kTokenA, post("/v1/push", body))), 400) << body.substr(0, 40);
    std::vector<json> tooMany(1001, checkInItem("many", 1, false, 1));
    EXPECT_EQ(status(hostile(kTokenA, pushRequest(url("/v1/push"), tooMany))), 413);

    // Then ordinary work: 20 check-ins, a case, an audit entry, a status, an import.
    HttpClient a(tokenFor(kTokenA));
    for (int i = 2; i <= 10; ++i)
        ASSERT_EQ(
            parse(a.send(pushRequest(url("/v1/push"),
                {checkInItem("good-" + std::to_string(i), i, true, 1000 + i)})))["results"][0]["result"],
            "accepted");
    for (int i = 11; i <= 21; ++i)
        a.send(pushRequest(url("/v1/push"), {checkInItem("good-" + std::to_string(i), 1, false, 2000 + i)}));
    a.send(pushRequest(url("/v1/push"),
        {json{{"kind", "case"}, {"id", "case-1"}, {"case_kind", "no-code"}, {"created_at_ms", 5}},
            json{{"kind", "audit"}, {"id", "audit-1"}, {"at_ms", 6}, {"action", 3}}}));
    a.send(post("/v1/status", R"({"outbox_depth": 0})"));
    HttpClient desk(tokenFor(kAdminToken));
    ASSERT_EQ(
        desk.send(post("/v1/appointments/import?format=csv", appointmentsCsv(5, 11), "text/csv"))->status,
        200);
    EXPECT_EQ(m_hub->checkInCount(), 21);

    restartHub();
    EXPECT_EQ(m_hub->checkInCount(), 21) << "every accepted check-in survives the restart";
    EXPECT_EQ(appointmentsOf(kTokenA, "SB1")["appointments"].size(), 15u) << "the import survives";
    EXPECT_EQ(parse(desk.get(url("/v1/clearing")))["cases"].size(), 1u);
    EXPECT_EQ(parse(desk.get(url("/v1/kiosks")))["kiosks"].size(), 1u);
    auto again = parse(a.send(pushRequest(url("/v1/push"),
        {checkInItem("good-5", 5, true, 1005), json{{"kind", "audit"}, {"id", "audit-1"}, {"at_ms", 6}}})));
    EXPECT_EQ(again["results"][0]["result"], "duplicate");
    EXPECT_EQ(again["results"][1]["result"], "duplicate");
}

TEST_P(HubUnderAttack, RefusesDeepJsonOnStatusAuditAndImportAndStaysUp)
{
    const std::string deep = "{\"a\":" + nested(100000) + "}";
    // Refused as a whole: too deep (400), or larger than the status route takes (413, before reading).
    const int statusAnswer = status(hostile(kTokenA, post("/v1/status", deep)));
    EXPECT_TRUE(statusAnswer == 400 || statusAnswer == 413) << statusAnswer;
    EXPECT_EQ(
        status(hostile(kTokenA,
            post("/v1/push",
                "{\"items\":[{\"kind\":\"audit\",\"id\":\"d\",\"at_ms\":1,\"x\":" + nested(100000) + "}]}"))),
        400);
    EXPECT_EQ(status(hostile(kAdminToken, post("/v1/appointments/import?format=json", nested(100000)))), 400);
    auto import
        = hostile(kAdminToken, post("/v1/appointments/import?format=json", nested(100000), "text/plain"));
    ASSERT_TRUE(import);
    EXPECT_EQ(parse(import)["imported"], 0) << "the importer's own parse is bounded too";
    // Status documents of ordinary depth are kept and read back.
    HttpClient a(tokenFor(kTokenA));
    EXPECT_EQ(a.send(post("/v1/status", "{\"a\":" + nested(20) + "}"))->status, 200);
    HttpClient desk(tokenFor(kAdminToken));
    EXPECT_EQ(parse(desk.get(url("/v1/kiosks")))["kiosks"].size(), 1u);
    EXPECT_EQ(HttpClient().get(url("/v1/health"))->status, 200);
}

TEST_P(HubUnderAttack, RefusesAnotherCentersReadsAndWritesWith403AndStoresNothingOfTheBatch)
{
    // Kiosk c belongs to SB2: SB1's appointments, admissions and bookings are not its business.
    EXPECT_EQ(status(hostile(kTokenC,
                  HttpRequest{
                      "GET", url(std::string("/v1/centers/SB1/appointments?from=") + kDay), {}, {}, {}, {}})),
        403);
    EXPECT_EQ(
        status(hostile(kTokenA,
            HttpRequest{"GET", url(std::string("/v1/centers/SB2/appointments?from=") + kDay + "&wait=1"), {},
                {}, {}, {}})),
        403);
    const int64_t before = m_hub->checkInCount();
    auto mixed = hostile(kTokenC,
        pushRequest(
            url("/v1/push"), {checkInItem("c-own", 101, true, 1), checkInItem("c-foreign", 1, true, 2)}));
    EXPECT_EQ(status(mixed), 403);
    EXPECT_EQ(parse(mixed)["results"][1]["result"], "forbidden");
    EXPECT_EQ(m_hub->checkInCount(), before) << "not even the kiosk's own item of a refused batch is stored";
    EXPECT_EQ(status(hostile(kTokenA,
                  pushRequest(url("/v1/push"),
                      {json{{"kind", "confirmation"}, {"id", "cf"}, {"appointment_id", 102},
                          {"confirmed_at_ms", 3}}}))),
        403);
    EXPECT_EQ(
        status(hostile(kTokenA,
            pushRequest(url("/v1/push"),
                {json{{"kind", "case"}, {"id", "cs"}, {"appointment_id", 101}, {"created_at_ms", 3}}}))),
        403);
    // A kiosk of another center may not annul kiosk a's admission either (one of a's own center
    // may: Annulments.IsBoundToTheCenterOfTheCheckIn).
    HttpClient a(tokenFor(kTokenA));
    ASSERT_EQ(parse(a.send(
                  pushRequest(url("/v1/push"), {checkInItem("a-1", 1, true, 10)})))["results"][0]["result"],
        "accepted");
    EXPECT_EQ(
        status(hostile(kTokenC,
            pushRequest(url("/v1/push"),
                {json{{"kind", "annulment"}, {"id", "an"}, {"checkin_id", "a-1"}, {"annulled_at_ms", 11}}}))),
        403);
    HttpClient b(tokenFor(kTokenB));
    EXPECT_EQ(parse(b.send(
                  pushRequest(url("/v1/push"), {checkInItem("b-1", 1, true, 12)})))["results"][0]["result"],
        "conflict")
        << "the admission still blocks";
    // Nothing of SB2 changed: its pending booking is still pending, its kiosk sees only SB2.
    auto sb2 = appointmentsOf(kTokenC, "SB2");
    ASSERT_EQ(sb2["appointments"].size(), 3u);
    EXPECT_EQ(sb2["appointments"][1]["status"], "pending");
    EXPECT_TRUE(sb2["admissions"].empty());
    // The kiosk's own center works as before.
    EXPECT_EQ(parse(HttpClient(tokenFor(kTokenC))
                        .send(pushRequest(
                            url("/v1/push"), {checkInItem("c-own", 101, true, 1)})))["results"][0]["result"],
        "accepted");
}

TEST_P(HubUnderAttack, KeepsOnlyHashesOfTokensRefusesShortOrRevokedOnesAndThrottlesWrongTries)
{
    auto store = HubStore::open(database());
    ASSERT_TRUE(store) << store.error().message;
    const std::string token = newToken();
    ASSERT_GE(token.size(), kMinTokenLength);
    ASSERT_TRUE((*store)->addKiosk({"sb2-09", "SB2", 1, std::nullopt}, hashToken(token)));
    EXPECT_FALSE((*store)->addKiosk({"sb2-09", "SB2", 2, std::nullopt}, hashToken(newToken())))
        << "an active kiosk keeps its token until revoked";
    EXPECT_EQ(appointmentsOf(token, "SB2")["appointments"].size(), 3u);
    if (GetParam() == Engine::Postgres) {
        EXPECT_EQ(PgServer::instance().count(database().substr(database().rfind('=') + 1),
                      "SELECT count(*) FROM kiosks WHERE token_hash LIKE '%" + token + "%'"),
            0);
    } else {
        std::ifstream in(database(), std::ios::binary);
        std::stringstream bytes;
        bytes << in.rdbuf();
        EXPECT_EQ(bytes.str().find(token), std::string::npos) << "the token itself is stored nowhere";
    }
    ASSERT_TRUE((*store)->revokeKiosk("sb2-09", 3).value_or(false));
    EXPECT_EQ(status(hostile(token, HttpRequest{"GET", url("/v1/keys"), {}, {}, {}, {}})), 401) << "revoked";

    auto options = hubOptions();
    options.kiosks.push_back({"short", "SB1", "0123456789"});
    HubServer shortToken(options);
    EXPECT_LT(shortToken.start(), 0);
    EXPECT_NE(shortToken.error().find("at least"), std::string::npos);

    int unauthorized = 0;
    int throttled = 0;
    for (int i = 0; i < 30; ++i) {
        const int s = status(hostile("wrong-" + std::to_string(i) + std::string(40, 'x'),
            HttpRequest{"GET", url("/v1/keys"), {}, {}, {}, {}}));
        unauthorized += s == 401;
        throttled += s == 429;
    }
    EXPECT_EQ(unauthorized + throttled, 30);
    EXPECT_GE(throttled, 8) << "after 20 wrong tries the address waits";
    auto blocked = HttpClient(tokenFor(kTokenA)).get(url("/v1/keys"));
    ASSERT_TRUE(blocked);
    EXPECT_EQ(blocked->status, 429) << "while throttled, even a right token waits";
    EXPECT_FALSE(blocked->headers["retry-after"].empty());
}

TEST_P(HubUnderAttack, VerifiesKeyListsAgainstTheRootTakesTheSignedVersionAndRefusesRollback)
{
    m_hub->stop();
    auto options = hubOptions();
    const auto root = checkin::core::SigningKey::fromPassphrase("root");
    options.keyListVerifier = verifierFor(root.publicKey());
    m_hub = std::make_unique<HubServer>(options);
    m_port = m_hub->start();
    ASSERT_GT(m_port, 0);
    auto put = [&](const std::string &document, int64_t claimed) {
        return hostile(kAdminToken,
            HttpRequest{"PUT", url("/v1/keys"), json{{"version", claimed}, {"signed_list", document}}.dump(),
                "application/json", {}, {}});
    };
    ASSERT_EQ(status(put(signedList(root, 5), 5)), 200);
    EXPECT_EQ(status(put(signedList(root, 3), 3)), 409) << "an older list";
    EXPECT_EQ(status(put(signedList(root, 2), 1'000'000'000'000)), 409)
        << "the claimed version counts for nothing";
    const auto impostor = checkin::core::SigningKey::fromPassphrase("impostor");
    EXPECT_EQ(status(put(signedList(impostor, 9), 9)), 409) << "signed by another root";
    EXPECT_EQ(status(put("garbage", 10)), 409);
    std::string tampered = signedList(root, 6);
    tampered[tampered.size() / 2] ^= 1;
    EXPECT_EQ(status(put(tampered, 6)), 409);
    EXPECT_EQ(status(hostile(kAdminToken,
                  HttpRequest{"PUT", url("/v1/keys"), "{\"signed_list\":" + nested(100000) + "}",
                      "application/json", {}, {}})),
        400);
    HttpClient a(tokenFor(kTokenA));
    EXPECT_EQ(parse(a.get(url("/v1/keys")))["version"], 5);
    m_hub->stop();
    m_hub = std::make_unique<HubServer>(options);
    m_port = m_hub->start();
    EXPECT_EQ(status(put(signedList(root, 4), 4)), 409) << "the stored version survives a restart";
    EXPECT_EQ(status(put(signedList(root, 6), 6)), 200);
    EXPECT_EQ(parse(a.get(url("/v1/keys")))["version"], 6);
}

TEST_P(HubUnderAttack, ConvertsLatin1ImportsAndRefusesMarkupAndControlCharactersWithoutLoggingValues)
{
    // Excel's usual export: Windows-1252, "Müller" and "José" in single bytes.
    const std::string latin1
        = "id,booking_ref,center_id,day,slot_start,slot_end,given_name,family_name,birth_date\n"
          "201,SB1-201,SB1,2026-03-02,09:00,09:15,Jos\xe9,M\xfcller,1961-04-05\n"
          "202,SB1-202,SB1,2026-03-02,09:00,09:15,Eve,<script>x</script>,1962-05-06\n"
          "203,SB1-203,SB1,2026-03-02,09:00,09:15,Eve,Null\x01,1963-06-07\n"
          "204,SB1-204,SB1,2026-03-02,09:00,09:15,Eve,Bad\x81,1964-07-08\n"
          "205,SB1-205,SB1\xe9,2026-03-02,09:00,09:15,Eve,Ok,1965-08-09\n";
    auto r = hostile(kAdminToken, post("/v1/appointments/import?format=csv", latin1, "text/csv"));
    ASSERT_EQ(status(r), 200);
    auto answer = parse(r);
    EXPECT_EQ(answer["encoding"], "windows-1252");
    EXPECT_EQ(answer["imported"], 1);
    ASSERT_EQ(answer["issues"].size(), 4u);
    const int lines[] = {3, 4, 5, 6};
    const char *fields[] = {"family_name", "family_name", "family_name", "center_id"};
    for (size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(answer["issues"][i]["line"], lines[i]);
        EXPECT_EQ(answer["issues"][i]["field"], fields[i]);
        const std::string message = answer["issues"][i]["message"];
        for (const char *personal : {"script", "Null", "Bad", "196"})
            EXPECT_EQ(message.find(personal), std::string::npos) << message;
    }
    // Stored as UTF-8, and every later appointment request of the center still answers.
    const auto sb1 = appointmentsOf(kTokenA, "SB1");
    ASSERT_FALSE(sb1.is_discarded());
    bool found = false;
    for (const auto &a : sb1["appointments"])
        if (a["id"] == 201) {
            found = true;
            EXPECT_EQ(a["family_name"], "M\xc3\xbcller");
            EXPECT_EQ(a["given_name"], "Jos\xc3\xa9");
        }
    EXPECT_TRUE(found);
}

TEST_P(HubUnderAttack, RollsBackAWriteThatFailsHalfwayAndLeavesNoTransactionOpen)
{
    // A trigger makes the store fail on the second item of a batch, after the first was written.
    if (GetParam() == Engine::Postgres) {
        const std::string db = database().substr(database().rfind('=') + 1);
        PgServer::instance().count(db,
            "CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN IF NEW.id = 'boom' THEN RAISE EXCEPTION "
            "'boom'; END IF; "
            "RETURN NEW; END $$ LANGUAGE plpgsql; CREATE TRIGGER boom BEFORE INSERT ON checkins FOR EACH ROW "
            "EXECUTE "
            "FUNCTION boom(); SELECT 1");
    } else {
        sqlite3 *db = nullptr;
        ASSERT_EQ(sqlite3_open(database().c_str(), &db), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db,
                      "CREATE TRIGGER boom BEFORE INSERT ON checkins WHEN NEW.id = 'boom' BEGIN SELECT "
                      "RAISE(ABORT, "
                      "'boom'); END",
                      nullptr, nullptr, nullptr),
            SQLITE_OK);
        sqlite3_close(db);
    }
    restartHub(); // a fresh connection sees the trigger
    auto failed = hostile(kTokenA,
        pushRequest(url("/v1/push"),
            {checkInItem("first", 1, true, 1), checkInItem("boom", 2, true, 2),
                checkInItem("third", 3, true, 3)}));
    EXPECT_EQ(status(failed), 503);
    EXPECT_EQ(m_hub->checkInCount(), 0) << "nothing of the failed batch stays";
    HttpClient a(tokenFor(kTokenA));
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(parse(a.send(pushRequest(url("/v1/push"),
                      {checkInItem("after-" + std::to_string(i), 4 + i, true, 4)})))["results"][0]["result"],
            "accepted");
    restartHub();
    EXPECT_EQ(m_hub->checkInCount(), 5) << "later writes committed: no BEGIN was left open";
    EXPECT_EQ(parse(a.send(
                  pushRequest(url("/v1/push"), {checkInItem("first", 1, true, 1)})))["results"][0]["result"],
        "accepted")
        << "the rolled-back item is new to the hub";
}

TEST_P(HubUnderAttack, PurgesPersonalDataOfPastDaysAndResolvedCasesAfterTheRetentionDays)
{
    m_hub->stop();
    auto options = hubOptions();
    options.retentionDays = 14;
    options.nowMs = [] { return int64_t{1772442000000} + int64_t{20} * 86'400'000; }; // kDay + 20 days
    m_hub = std::make_unique<HubServer>(options);
    m_port = m_hub->start();
    ASSERT_GT(m_port, 0);
    HttpClient a(tokenFor(kTokenA));
    a.send(pushRequest(url("/v1/push"),
        {json{{"kind", "case"}, {"id", "old"}, {"case_kind", "no-code"}, {"created_at_ms", 1000},
             {"family_name", "Secret"}},
            json{{"kind", "case"}, {"id", "open"}, {"case_kind", "no-code"}, {"created_at_ms", 1000}}}));
    HttpClient desk(tokenFor(kAdminToken));
    ASSERT_EQ(desk.send(post("/v1/clearing/cases/old/close", R"({"resolution": "done"})"))->status, 200);
    m_hub->importText("id,booking_ref,center_id,day,slot_start,slot_end,family_name\n"
                      "301,SB1-301,SB1,2026-03-21,09:00,09:15,Recent\n",
        ImportFormat::Csv);
    // The start already purged kDay's 13 appointments (20 days ago); the case was closed since.
    EXPECT_EQ(m_hub->purgeNow(), "0 appointments, 1 cases");
    const auto left = parse(a.get(
        url(std::string("/v1/centers/SB1/appointments?from=") + kDay + "&to=2026-03-31")))["appointments"];
    ASSERT_EQ(left.size(), 1u);
    EXPECT_EQ(left[0]["id"], 301);
    EXPECT_EQ(parse(desk.get(url("/v1/clearing")))["cases"].size(), 1u) << "open cases stay";
    EXPECT_EQ(m_hub->purgeNow(), "0 appointments, 0 cases");
}

class HubProcesses : public HubEngineFixture
{
};

INSTANTIATE_TEST_SUITE_P(Engines, HubProcesses, ::testing::Values(Engine::Postgres), engineName);

TEST_P(HubProcesses, ShareOneDatabaseAndWakeEachOthersLongPollsThroughNotify)
{
    startHub();
    m_hub->importText(appointmentsCsv(5), ImportFormat::Csv);
    const std::string there = startSecondHub(hubOptions()) + "/v1/centers/SB1/appointments?from=" + kDay;
    const auto full = parse(HttpClient(patient(kTokenB)).get(there));
    ASSERT_EQ(full["appointments"].size(), 5u) << "the second hub reads what the first imported";
    const std::string cursor = full["cursor"];
    ParkedPoll poll(*m_second, there + "&cursor=" + cursor + "&wait=30", patient(kTokenB));
    HttpClient a(tokenFor(kTokenA));
    ASSERT_EQ(
        parse(a.send(pushRequest(url("/v1/push"), {checkInItem("x-1", 3, true, 1)})))["results"][0]["result"],
        "accepted");
    const auto woken = poll.join();
    ASSERT_EQ(woken["admissions"].size(), 1u)
        << "the long-poll at the second hub returned with the first hub's check-in";
    EXPECT_EQ(woken["admissions"][0]["kiosk_id"], "kiosk-a");
    EXPECT_EQ(m_second->checkInCount(), 1);
}

TEST_P(HubProcesses, WakeEachOthersLongPollsWhenAKeyListIsStoredAtOne)
{
    auto options = hubOptions();
    const auto root = checkin::core::SigningKey::fromPassphrase("test root");
    options.keyListVerifier = verifierFor(root.publicKey());
    HubServer first(options);
    m_port = first.start();
    ASSERT_GT(m_port, 0) << first.error();
    const std::string second = startSecondHub(options);
    first.importText(appointmentsCsv(2), ImportFormat::Csv);
    const std::string feed = second + "/v1/centers/SB1/appointments?from=" + kDay;
    const std::string cursor = parse(HttpClient(patient(kTokenB)).get(feed))["cursor"];
    ParkedPoll poll(*m_second, feed + "&cursor=" + cursor + "&wait=25", patient(kTokenB));
    const auto put = std::chrono::steady_clock::now();
    HttpClient desk(tokenFor(kAdminToken));
    auto stored = desk.send(HttpRequest{"PUT", url("/v1/keys"),
        json{{"signed_list", signedList(root, 4)}}.dump(), "application/json", {}, {}});
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->status, 200) << stored->body;
    const auto woken = poll.join();
    EXPECT_LT(std::chrono::steady_clock::now() - put, std::chrono::seconds(5))
        << "the other process's long-poll woke through NOTIFY";
    EXPECT_GT(std::stoll(woken.value("cursor", "0")), std::stoll(cursor)) << woken.dump();
    EXPECT_EQ(parse(HttpClient(patient(kTokenB)).get(second + "/v1/keys"))["version"], 4);
}
