// The help desk's sign-in: session cookie, CSRF tokens, Origin/Referer checks, security headers,
// no secret in a URL; a real hub on loopback driven like a browser would.
#include "sync/hub/desktexts.h"
#include "sync/hub/helpdeskpage.h"
#include "sync/hub/hubstore.h"
#include "sync/hub/kioskauth.h"
#include "tests/sync/hubfixture.h"

#include <atomic>
#include <nlohmann/json.hpp>

using namespace checkin::sync;
using checkin::testing::HubFixture;
using nlohmann::json;

namespace {

int g_hostile = 0;

class HostileCount : public ::testing::Environment
{
public:
    void TearDown() override { std::printf("[ desk ] hostile requests tried: %d\n", g_hostile); }
};
const auto *const g_env = ::testing::AddGlobalTestEnvironment(new HostileCount);

std::string formEncode(const std::vector<std::pair<std::string, std::string>> &fields)
{
    std::string out;
    for (const auto &[k, v] : fields) {
        if (!out.empty())
            out += '&';
        out += k + '=';
        for (const unsigned char c : v) {
            if (std::isalnum(c) || c == '-' || c == '_' || c == '.') {
                out += static_cast<char>(c);
            } else {
                char buf[4];
                std::snprintf(buf, sizeof buf, "%%%02X", c);
                out += buf;
            }
        }
    }
    return out;
}

} // namespace

class DeskSignIn : public HubFixture
{
protected:
    void SetUp() override
    {
        auto o = hubOptions();
        o.adminToken = "desk-credential-0123456789";
        o.nowMs = [this] { return m_now.load(); };
        m_hub = std::make_unique<HubServer>(o);
        m_port = m_hub->start();
        ASSERT_GT(m_port, 0) << m_hub->error();
        m_origin = "http://127.0.0.1:" + std::to_string(m_port);
    }
    tl::expected<HttpResponse, TransportError> request(const std::string &method, const std::string &path,
        const std::string &body, std::vector<std::pair<std::string, std::string>> headers)
    {
        HttpClient client;
        return client.send(HttpRequest{
            method, url(path), body, "application/x-www-form-urlencoded", std::move(headers), {}});
    }
    /// Signs in from the hub's own page; the cookie (name=value) or empty.
    std::string signIn(
        const std::string &credential = "desk-credential-0123456789", const std::string &user = {})
    {
        auto r = request("POST", "/helpdesk/login", formEncode({{"user", user}, {"credential", credential}}),
            {{"Origin", m_origin}});
        if (!r || r->status != 303)
            return {};
        const auto cookie = r->headers["set-cookie"];
        return cookie.substr(0, cookie.find(';'));
    }
    std::string csrfOf(const std::string &cookie)
    {
        auto page = request("GET", "/helpdesk", {}, {{"Cookie", cookie}});
        if (!page)
            return {};
        const auto at = page->body.find("name=csrf value=\"");
        if (at == std::string::npos)
            return {};
        const auto start = at + 17;
        return page->body.substr(start, page->body.find('"', start) - start);
    }

    std::atomic<int64_t> m_now{1'770'000'000'000};
    std::string m_origin;
};

TEST_F(DeskSignIn, SendsBrowsersWithoutASessionToTheSignInPage)
{
    auto page = request("GET", "/helpdesk", {}, {});
    ASSERT_TRUE(page);
    EXPECT_EQ(page->status, 303);
    EXPECT_EQ(page->headers["location"], "/helpdesk/login");
    auto login = request("GET", "/helpdesk/login", {}, {});
    ASSERT_TRUE(login);
    EXPECT_EQ(login->status, 200);
    EXPECT_NE(login->body.find("type=password"), std::string::npos);
    EXPECT_NE(login->headers["content-security-policy"].find("default-src 'none'"), std::string::npos);
    EXPECT_NE(login->headers["content-security-policy"].find("frame-ancestors 'none'"), std::string::npos);
    EXPECT_EQ(login->headers["x-frame-options"], "DENY");
    EXPECT_EQ(login->headers["referrer-policy"], "same-origin");
    EXPECT_EQ(login->headers["cache-control"], "no-store");
    EXPECT_EQ(login->headers["x-content-type-options"], "nosniff");
}

TEST_F(DeskSignIn, GivesAShortLivedHttpOnlyStrictCookieForTheRightCredentialOnly)
{
    ++g_hostile;
    auto wrong
        = request("POST", "/helpdesk/login", formEncode({{"credential", "guess"}}), {{"Origin", m_origin}});
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->status, 401);
    EXPECT_TRUE(wrong->headers["set-cookie"].empty());
    auto right = request("POST", "/helpdesk/login",
        formEncode({{"credential", "desk-credential-0123456789"}}), {{"Origin", m_origin}});
    ASSERT_TRUE(right);
    EXPECT_EQ(right->status, 303);
    EXPECT_EQ(right->headers["location"], "/helpdesk");
    const auto cookie = right->headers["set-cookie"];
    EXPECT_NE(cookie.find("HttpOnly"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("Max-Age=900"), std::string::npos) << cookie;
    EXPECT_EQ(cookie.find("Secure"), std::string::npos) << "plain HTTP here; TLS tests check Secure";
    EXPECT_EQ(cookie.find("desk-credential"), std::string::npos) << "the cookie does not carry the secret";
    const std::string session = cookie.substr(0, cookie.find(';'));
    auto page = request("GET", "/helpdesk", {}, {{"Cookie", session}});
    ASSERT_TRUE(page);
    EXPECT_EQ(page->status, 200);
    EXPECT_EQ(page->headers["cache-control"], "no-store");
    EXPECT_EQ(page->headers["x-frame-options"], "DENY");
    EXPECT_EQ(page->body.find("token="), std::string::npos) << "no secret in a URL or a form";
    EXPECT_EQ(page->body.find("desk-credential"), std::string::npos);

    // 15 minutes idle and the session is over; a forged or altered cookie never worked.
    std::string forged = session;
    forged[forged.size() - 3] = forged[forged.size() - 3] == 'a' ? 'b' : 'a';
    ++g_hostile;
    EXPECT_EQ(request("GET", "/helpdesk", {}, {{"Cookie", forged}})->status, 303);
    m_now += 16 * 60 * 1000;
    EXPECT_EQ(request("GET", "/helpdesk", {}, {{"Cookie", session}})->status, 303);
}

TEST_F(DeskSignIn, RefusesCrossOriginPostsAndFormsWithoutTheirCsrfToken)
{
    m_hub->importText(checkin::testing::appointmentsCsv(1), ImportFormat::Csv);
    HttpClient kiosk(tokenFor(checkin::testing::kTokenA));
    kiosk.post(url("/v1/push"),
        json{{"items",
                 json::array(
                     {{{"kind", "case"}, {"id", "case1"}, {"case_kind", "no-code"}, {"created_at_ms", 5}}})}}
            .dump());
    const auto cookie = signIn();
    ASSERT_FALSE(cookie.empty());
    const auto csrf = csrfOf(cookie);
    ASSERT_EQ(csrf.size(), 64u);
    const std::string close = "/helpdesk/cases/case1/close";
    const auto body = formEncode({{"csrf", csrf}, {"resolution", "done"}});
    struct Hostile
    {
        const char *name;
        std::string body;
        std::vector<std::pair<std::string, std::string>> headers;
    };
    const std::vector<Hostile> hostile = {
        {"no csrf", formEncode({{"resolution", "done"}}), {{"Cookie", cookie}, {"Origin", m_origin}}},
        {"wrong csrf", formEncode({{"csrf", std::string(64, 'a')}, {"resolution", "done"}}),
            {{"Cookie", cookie}, {"Origin", m_origin}}},
        {"another site", body, {{"Cookie", cookie}, {"Origin", "http://evil.example"}}},
        {"another port", body, {{"Cookie", cookie}, {"Origin", "http://127.0.0.1:1"}}},
        {"opaque origin", body, {{"Cookie", cookie}, {"Origin", "null"}}},
        {"no origin, no referer", body, {{"Cookie", cookie}}},
        {"referer of another site", body, {{"Cookie", cookie}, {"Referer", "http://evil.example/helpdesk"}}},
        {"no session", body, {{"Origin", m_origin}}},
        {"login from another site", formEncode({{"credential", "desk-credential-0123456789"}}),
            {{"Origin", "http://evil.example"}}},
    };
    for (const auto &h : hostile) {
        ++g_hostile;
        const std::string path = std::string(h.name).starts_with("login") ? "/helpdesk/login" : close;
        auto r = request("POST", path, h.body, h.headers);
        ASSERT_TRUE(r) << h.name;
        EXPECT_EQ(r->status, 403) << h.name;
        EXPECT_TRUE(r->headers["set-cookie"].empty()) << h.name;
    }
    HttpClient desk(tokenFor("desk-credential-0123456789"));
    ASSERT_EQ(json::parse(desk.get(url("/v1/clearing"))->body)["cases"].size(), 1u) << "nothing was closed";
    // The same form from the hub's own page (Referer only, as some browsers send) is accepted.
    auto ok = request("POST", close, body, {{"Cookie", cookie}, {"Referer", m_origin + "/helpdesk"}});
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->status, 303);
    EXPECT_EQ(ok->headers["location"], "/helpdesk/cases/case1?lang=de");
    EXPECT_TRUE(json::parse(desk.get(url("/v1/clearing"))->body)["cases"].empty());
}

TEST_F(DeskSignIn, RefusesFormsThatAreNotUtf8AndKeepsServing)
{
    m_hub->importText(checkin::testing::appointmentsCsv(1), ImportFormat::Csv);
    const auto cookie = signIn();
    ASSERT_FALSE(cookie.empty());
    const auto csrf = csrfOf(cookie);
    ASSERT_FALSE(csrf.empty());
    const std::vector<std::pair<std::string, std::string>> headers{{"Cookie", cookie}, {"Origin", m_origin}};
    // Latin-1, a lone continuation byte, an overlong slash, a surrogate: each in a name the desk
    // would store and later show on a page and in JSON.
    for (const std::string broken : {"M\xfcller", "M\x80ller", "M\xc0\xafller", "M\xed\xa0\x80ller"}) {
        ++g_hostile;
        auto r = request("POST", "/helpdesk/cases",
            formEncode({{"csrf", csrf}, {"center", "SB1"}, {"family", broken}, {"birth", "03.04.1949"}}),
            headers);
        ASSERT_TRUE(r);
        EXPECT_EQ(r->status, 400);
        EXPECT_NE(r->body.find("bad_form"), std::string::npos) << r->body;
    }
    HttpClient desk(tokenFor("desk-credential-0123456789"));
    auto cases = desk.get(url("/v1/clearing"));
    ASSERT_TRUE(cases);
    EXPECT_EQ(cases->status, 200);
    EXPECT_TRUE(json::parse(cases->body)["cases"].empty()) << "nothing broken was stored";
    auto ok = request("POST", "/helpdesk/cases",
        formEncode({{"csrf", csrf}, {"center", "SB1"}, {"family", "M\xc3\xbcller"}, {"birth", "03.04.1949"}}),
        headers);
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->status, 303) << ok->body;
    EXPECT_EQ(json::parse(desk.get(url("/v1/clearing"))->body)["cases"].size(), 1u);
}

TEST_F(DeskSignIn, EachPersonSignsInWithTheirOwnKeyAndTheCaseHistoryNamesThem)
{
    m_hub->importText(checkin::testing::appointmentsCsv(1), ImportFormat::Csv);
    const std::string annaKey = newToken();
    {
        auto store = HubStore::open(database());
        ASSERT_TRUE(store);
        ASSERT_TRUE((*store)->addDeskUser("anna-schmidt", hashToken(annaKey), 1));
        EXPECT_FALSE((*store)->addDeskUser("anna-schmidt", hashToken(newToken()), 2))
            << "an active name is not given a second key";
    }
    // Once a person has a key of their own, the shared credential signs nobody in at the desk
    // (the admin API still takes it); a wrong key, another name or a malformed name sign nobody in.
    ++g_hostile;
    EXPECT_TRUE(signIn().empty());
    HttpClient api(tokenFor("desk-credential-0123456789"));
    EXPECT_EQ(api.get(url("/v1/clearing"))->status, 200);
    for (const auto &[user, key] : std::vector<std::pair<std::string, std::string>>{{"anna-schmidt", "guess"},
             {"anna-schmidt", "desk-credential-0123456789"}, {"bernd", annaKey}, {"Anna-Schmidt", annaKey},
             {"anna-schmidt.", annaKey}, {"anna-schmidt\n", annaKey}}) {
        ++g_hostile;
        EXPECT_TRUE(signIn(key, user).empty()) << user << " / " << key;
    }
    const auto cookie = signIn(annaKey, "anna-schmidt");
    ASSERT_FALSE(cookie.empty());
    auto home = request("GET", "/helpdesk", {}, {{"Cookie", cookie}});
    ASSERT_TRUE(home);
    EXPECT_NE(home->body.find("<strong>anna-schmidt</strong>"), std::string::npos) << "the header names her";
    const auto csrf = csrfOf(cookie);
    const std::vector<std::pair<std::string, std::string>> headers{{"Cookie", cookie}, {"Origin", m_origin}};
    auto opened = request("POST", "/helpdesk/cases",
        formEncode({{"csrf", csrf}, {"center", "SB1"}, {"family", "Kowalczyk"}, {"birth", "03.04.1949"}}),
        headers);
    ASSERT_TRUE(opened);
    ASSERT_EQ(opened->status, 303) << opened->body;
    const std::string casePath = opened->headers["location"].substr(0, opened->headers["location"].find('?'));
    auto closed = request("POST", casePath + "/close",
        formEncode({{"csrf", csrf}, {"resolution", "Rückruf erledigt"}}), headers);
    ASSERT_TRUE(closed);
    EXPECT_EQ(closed->status, 303) << closed->body;
    auto page = request("GET", casePath, {}, {{"Cookie", cookie}});
    ASSERT_TRUE(page);
    EXPECT_EQ(page->status, 200);
    size_t named = 0;
    for (size_t at = 0; (at = page->body.find("Klärungsstelle (anna-schmidt)", at)) != std::string::npos;
         ++at)
        ++named;
    EXPECT_EQ(named, 2u) << "opened and closed, both by her: " << page->body;

    // Her key is revoked: her open session ends at once.
    {
        auto store = HubStore::open(database());
        ASSERT_TRUE(store);
        ASSERT_TRUE((*store)->revokeDeskUser("anna-schmidt", 3).value_or(false));
        const auto users = (*store)->deskUsers();
        ASSERT_TRUE(users);
        EXPECT_EQ(*users, (std::vector<std::pair<std::string, bool>>{{"anna-schmidt", false}}));
    }
    auto after = request("GET", "/helpdesk", {}, {{"Cookie", cookie}});
    ASSERT_TRUE(after);
    EXPECT_EQ(after->status, 303);
    EXPECT_EQ(after->headers["location"], "/helpdesk/login");
    EXPECT_TRUE(signIn(annaKey, "anna-schmidt").empty());
    EXPECT_FALSE(signIn().empty()) << "with no active desk user the shared credential signs in again";
}

TEST_F(DeskSignIn, EndsTheSessionAtSignOut)
{
    const auto cookie = signIn();
    const auto csrf = csrfOf(cookie);
    auto out = request(
        "POST", "/helpdesk/logout", formEncode({{"csrf", csrf}}), {{"Cookie", cookie}, {"Origin", m_origin}});
    ASSERT_TRUE(out);
    EXPECT_EQ(out->status, 303);
    EXPECT_NE(out->headers["set-cookie"].find("Max-Age=0"), std::string::npos);
    EXPECT_EQ(request("GET", "/helpdesk", {}, {{"Cookie", cookie}})->status, 303) << "the old cookie is dead";
}

TEST_F(DeskSignIn, TakesNoSecretFromAUrlAndKeepsBearerForTheApi)
{
    ++g_hostile;
    EXPECT_EQ(request("GET", "/helpdesk?token=desk-credential-0123456789", {}, {})->status, 303);
    ++g_hostile;
    EXPECT_EQ(request("GET", "/v1/clearing?token=desk-credential-0123456789", {}, {})->status, 401);
    HttpClient api(tokenFor("desk-credential-0123456789"));
    EXPECT_EQ(api.get(url("/v1/clearing"))->status, 200);
    EXPECT_EQ(api.get(url("/helpdesk"))->status, 303) << "pages want a session, not a bearer token";
}

TEST_F(DeskSignIn, LimitsWrongCredentialsPerAddress)
{
    for (int i = 0; i < 20; ++i) { // the hub's AuthThrottle budget
        ++g_hostile;
        EXPECT_EQ(request("POST", "/helpdesk/login",
                      formEncode({{"credential", "guess" + std::to_string(i)}}), {{"Origin", m_origin}})
                      ->status,
            401);
    }
    ++g_hostile;
    EXPECT_EQ(signIn(), "") << "even the right credential waits once the budget is spent";
    m_now += 61 * 1000;
    EXPECT_NE(signIn(), "");
}

TEST(DeskTexts, ComeFromTheTranslationFileGermanByDefaultEnglishOnRequest)
{
    // desk_de.ts compiled into the hub: every text translated (the .ts check keeps it complete).
    EXPECT_GE(deskTextsTranslated(), 100u);
    EXPECT_EQ(deskTextsUnfinished(), 0u);
    EXPECT_STREQ(deskText(DeskLanguage::German, "Clearing desk"), "Klärungsstelle");
    EXPECT_STREQ(deskText(DeskLanguage::English, "Clearing desk"), "Clearing desk");
    EXPECT_STREQ(deskText(DeskLanguage::German, "A text nobody marked"), "A text nobody marked");
    // The pages and refusals use them: German for "de" and anything unknown, English for "en".
    EXPECT_EQ(refusalText(DeskRefusal::NoSuchCase, deskLanguage("de")), "Diesen Klärungsfall gibt es nicht.");
    EXPECT_EQ(refusalText(DeskRefusal::NoSuchCase, deskLanguage("xx")), "Diesen Klärungsfall gibt es nicht.");
    EXPECT_EQ(refusalText(DeskRefusal::NoSuchCase, deskLanguage("en")), "There is no such clearing case.");
    const auto login = renderLoginPage({});
    EXPECT_NE(login.find("<label for=credential>Zugangsschlüssel</label>"), std::string::npos) << login;
    EXPECT_NE(login.find("<button>Anmelden</button>"), std::string::npos) << login;
}
