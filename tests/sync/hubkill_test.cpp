// The checkin-hub program killed with SIGKILL after hostile and genuine requests, on both engines:
// every write it answered as accepted is there after the restart, and nothing it refused is.
#include "tests/sync/hubfixture.h"
#include "tests/sync/hubtesting.h"

#include <csignal>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace checkin::sync;
using checkin::testing::checkInItem;
using checkin::testing::Engine;
using checkin::testing::engineName;
using checkin::testing::HubEngineFixture;
using checkin::testing::kAdminToken;
using checkin::testing::kDay;
using checkin::testing::kTokenA;
using checkin::testing::kTokenC;
using checkin::testing::parse;
using checkin::testing::pushRequest;
using nlohmann::json;

extern char **environ;

namespace {

int g_hostile = 0;

class HostileCount : public ::testing::Environment
{
public:
    void TearDown() override { std::printf("[ hub kill ] hostile requests tried: %d\n", g_hostile); }
};
const auto *const g_env = ::testing::AddGlobalTestEnvironment(new HostileCount);

/// checkin-hub as a child process on a free port; the port is read from its "listening" line.
class HubProgram
{
public:
    explicit HubProgram(const std::vector<std::string> &args)
    {
        int out[2];
        if (::pipe(out) != 0)
            return;
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
        posix_spawn_file_actions_addclose(&actions, out[0]);
        std::vector<std::string> all{CHECKIN_HUB_BINARY};
        all.insert(all.end(), args.begin(), args.end());
        std::vector<char *> argv;
        for (auto &a : all)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        const int rc = ::posix_spawn(&m_pid, argv[0], &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        ::close(out[1]);
        if (rc != 0) {
            m_pid = -1;
            ::close(out[0]);
            return;
        }
        std::string line;
        char c = 0;
        while (::read(out[0], &c, 1) == 1 && c != '\n')
            line += c;
        ::close(out[0]);
        if (const auto colon = line.rfind(':'); line.find("listening") != std::string::npos)
            m_port = std::atoi(line.c_str() + colon + 1);
    }
    ~HubProgram() { kill(SIGTERM); }
    HubProgram(const HubProgram &) = delete;
    HubProgram &operator=(const HubProgram &) = delete;
    int port() const { return m_port; }
    void kill(int signal)
    {
        if (m_pid <= 0)
            return;
        ::kill(m_pid, signal);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_pid = -1;
    }

private:
    pid_t m_pid = -1;
    int m_port = 0;
};

} // namespace

class HubKilled : public HubEngineFixture
{
protected:
    std::vector<std::string> programArgs()
    {
        std::ofstream(m_dir.file("tokens"))
            << "kiosk-a SB1 " << kTokenA << "\nkiosk-c SB2 " << kTokenC << "\n";
        std::ofstream(m_dir.file("desk.token")) << kAdminToken << "\n";
        return {"--db", database(), "--port", "0", "--tokens-file", m_dir.file("tokens"),
            "--admin-token-file", m_dir.file("desk.token"), "--retention-days", "0"};
    }
    std::string at(int port, const std::string &path) const
    {
        return "http://127.0.0.1:" + std::to_string(port) + path;
    }
};

INSTANTIATE_TEST_SUITE_P(Engines, HubKilled, ::testing::Values(Engine::Sqlite, Engine::Postgres), engineName);

TEST_P(HubKilled, KeepsEveryAcceptedWriteAndNothingItRefusedAcrossASigkill)
{
    auto hub = std::make_unique<HubProgram>(programArgs());
    ASSERT_GT(hub->port(), 0) << "checkin-hub did not start";
    const int port = hub->port();
    HttpClient admin(tokenFor(kAdminToken));
    auto imported = admin.send(HttpRequest{"POST", at(port, "/v1/appointments/import?format=csv"),
        checkin::testing::appointmentsCsv(30), "text/csv", {}, {}});
    ASSERT_TRUE(imported && imported->status == 200)
        << (imported ? imported->body : imported.error().message);
    // SB2's one appointment, for the cross-center attempts.
    ASSERT_EQ(admin
                  .send(HttpRequest{"POST", at(port, "/v1/appointments/import?format=csv"),
                      "id,booking_ref,center_id,day,slot_start,slot_end,family_name\n900,SB2-9,SB2,"
                          + std::string(kDay) + ",09:00,09:15,Other\n",
                      "text/csv", {}, {}})
                  ->status,
        200);

    HttpClient a(tokenFor(kTokenA));
    int accepted = 0;
    // Genuine pushes, each with malformed neighbours that must be answered invalid alone.
    for (int i = 1; i <= 20; ++i) {
        g_hostile += 4;
        const std::string body = "{\"items\":[" + checkInItem("k-" + std::to_string(i), i, true, i).dump()
            + ",{\"id\":5},[1],null,{\"kind\":\"checkin\",\"id\":[\"x\"]}]}";
        auto r = a.send(HttpRequest{"POST", at(port, "/v1/push"), body, "application/json", {}, {}});
        ASSERT_TRUE(r);
        ASSERT_EQ(r->status, 200) << r->body;
        const auto results = json::parse(r->body)["results"];
        ASSERT_EQ(results.size(), 5u);
        accepted += results[0]["result"] == "accepted";
        for (size_t k = 1; k < results.size(); ++k)
            EXPECT_EQ(results[k]["result"], "invalid") << results.dump();
    }
    EXPECT_EQ(accepted, 20);
    // A case and an annulment of the kiosk's own check-in, accepted.
    auto more = a.send(pushRequest(at(port, "/v1/push"),
        {json{{"kind", "case"}, {"id", "case-1"}, {"opened_at_ms", 1}, {"family_name", "Muster"},
             {"account", "no code"}},
            json{{"kind", "annulment"}, {"id", "ann-1"}, {"checkin_id", "k-20"}, {"annulled_at_ms", 2}}}));
    ASSERT_TRUE(more && more->status == 200) << (more ? more->body : more.error().message);
    // Kept in a variable: a range-for over ["results"] of a temporary parse dangles (ASan).
    const auto answered = json::parse(more->body);
    for (const auto &r : answered["results"])
        EXPECT_EQ(r["result"], "accepted") << more->body;
    // Refused whole: another center's appointment inside a batch, a non-batch, deep JSON, a wrong token.
    ++g_hostile;
    auto cross = a.send(pushRequest(
        at(port, "/v1/push"), {checkInItem("k-x1", 21, true, 1), checkInItem("k-x2", 900, true, 1)}));
    ASSERT_TRUE(cross);
    EXPECT_EQ(cross->status, 403);
    ++g_hostile;
    EXPECT_EQ(
        a.send(HttpRequest{"POST", at(port, "/v1/push"), "[1,2,3]", "application/json", {}, {}})->status,
        400);
    ++g_hostile;
    EXPECT_EQ(a.send(HttpRequest{"POST", at(port, "/v1/push"),
                         "{\"items\":" + std::string(100000, '[') + std::string(100000, ']') + "}",
                         "application/json", {}, {}})
                  ->status,
        400);
    ++g_hostile;
    HttpClient wrong(tokenFor(std::string(40, 'w')));
    EXPECT_EQ(wrong.send(pushRequest(at(port, "/v1/push"), {checkInItem("k-w", 22, true, 1)}))->status, 401);

    hub->kill(SIGKILL);
    hub.reset();

    auto again = std::make_unique<HubProgram>(programArgs());
    ASSERT_GT(again->port(), 0) << "checkin-hub did not start again on the same database";
    const int second = again->port();
    auto feed = parse(HttpClient(tokenFor(kTokenA))
                          .get(at(second, std::string("/v1/centers/SB1/appointments?from=") + kDay)));
    EXPECT_EQ(feed["appointments"].size(), 30u) << "the import survived";
    std::set<std::string> admitted;
    for (const auto &x : feed["admissions"])
        admitted.insert(x["checkin_id"].get<std::string>());
    EXPECT_EQ(admitted.size(), 19u) << feed["admissions"].dump();
    EXPECT_EQ(admitted.count("k-20"), 0u) << "the annulled admission is not one any more";
    ASSERT_EQ(feed["annulments"].size(), 1u) << feed.dump();
    EXPECT_EQ(feed["annulments"][0]["checkin_id"], "k-20");
    EXPECT_EQ(admitted.count("k-x1"), 0u) << "nothing of the refused batch";
    auto clearing = parse(HttpClient(tokenFor(kAdminToken)).get(at(second, "/v1/clearing")));
    ASSERT_EQ(clearing["cases"].size(), 1u) << clearing.dump();
    EXPECT_EQ(clearing["cases"][0]["id"], "case-1");
    // The annulment survived: the appointment takes a new admission.
    auto readmit = HttpClient(tokenFor(kTokenA))
                       .send(pushRequest(at(second, "/v1/push"), {checkInItem("k-20b", 20, true, 3)}));
    ASSERT_TRUE(readmit);
    EXPECT_EQ(parse(readmit)["results"][0]["result"], "accepted") << readmit->body;
    // A push answered accepted before the kill is a duplicate now, never stored twice.
    auto repeat = HttpClient(tokenFor(kTokenA))
                      .send(pushRequest(at(second, "/v1/push"), {checkInItem("k-1", 1, true, 1)}));
    EXPECT_EQ(parse(repeat)["results"][0]["result"], "duplicate");
}
