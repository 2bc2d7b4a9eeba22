// Durability: a writer process killed with SIGKILL at random moments never loses an acknowledged check-in.
#include "offline-cache/store.h"
#include "tests/offline-cache/storetesting.h"
#include "tests/support/tempdir.h"

#include <csignal>
#include <cstdlib>
#include <gtest/gtest.h>
#include <random>
#include <set>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace checkin::cache;

namespace {

/// A running cache_crash_writer with its stdout on a pipe.
class Writer
{
public:
    Writer(const std::string &db, int round)
    {
        int fds[2];
        if (::pipe(fds) != 0)
            return;
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
        posix_spawn_file_actions_addclose(&actions, fds[0]);
        const std::string roundText = std::to_string(round);
        std::vector<char *> argv{const_cast<char *>(CHECKIN_CRASH_WRITER), const_cast<char *>(db.c_str()),
            const_cast<char *>(roundText.c_str()), nullptr};
        if (posix_spawn(&m_pid, CHECKIN_CRASH_WRITER, &actions, nullptr, argv.data(), environ) != 0)
            m_pid = -1;
        posix_spawn_file_actions_destroy(&actions);
        ::close(fds[1]);
        m_fd = fds[0];
    }
    ~Writer()
    {
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool started() const { return m_pid > 0 && m_fd >= 0; }

    /// Reads until `lines` complete lines arrived (or the writer ended); returns them.
    std::vector<std::string> readLines(size_t lines)
    {
        std::vector<std::string> out;
        while (out.size() < lines) {
            char buffer[256];
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n <= 0)
                break;
            m_pending.append(buffer, static_cast<size_t>(n));
            size_t newline;
            while ((newline = m_pending.find('\n')) != std::string::npos) {
                out.push_back(m_pending.substr(0, newline));
                m_pending.erase(0, newline + 1);
            }
        }
        return out;
    }

    /// SIGKILL, then the lines the writer managed to print before it died (also acknowledged).
    std::vector<std::string> killAndDrain()
    {
        ::kill(m_pid, SIGKILL);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_exitedNormally = !WIFSIGNALED(status);
        m_pid = -1;
        return readLines(std::numeric_limits<size_t>::max());
    }
    bool exitedNormally() const { return m_exitedNormally; }

private:
    pid_t m_pid = -1;
    int m_fd = -1;
    std::string m_pending;
    bool m_exitedNormally = false;
};

int killCount()
{
    if (const char *env = std::getenv("CHECKIN_CRASH_KILLS"))
        return std::max(1, std::atoi(env));
    return 200;
}

} // namespace

TEST(Durability, EveryAcknowledgedCheckInSurvivesSigkillAtRandomMoments)
{
    checkin::testing::TempDir dir;
    const std::string db = dir.file("cache.sqlite");
    const unsigned seed = std::random_device{}();
    std::mt19937 random(seed);
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::set<std::string> acknowledged;
    const int kills = killCount();
    int killedWithNothingAcknowledged = 0;
    for (int round = 0; round < kills; ++round) {
        Writer writer(db, round);
        ASSERT_TRUE(writer.started());
        // 0 lines: the kill lands in start-up, opening, migration or the first commit.
        const size_t wait = std::uniform_int_distribution<size_t>(0, 6)(random);
        auto lines = writer.readLines(wait);
        auto late = writer.killAndDrain();
        ASSERT_FALSE(writer.exitedNormally()) << "the writer stopped on its own: see its stderr";
        lines.insert(lines.end(), late.begin(), late.end());
        if (lines.empty())
            ++killedWithNothingAcknowledged;
        acknowledged.insert(lines.begin(), lines.end());

        auto store = Store::open(db);
        ASSERT_TRUE(store) << "round " << round << ": " << store.error().message;
        ASSERT_FALSE((*store)->openReport().damaged())
            << "round " << round << ": a kill damaged the file: " << (*store)->openReport().problem;
        ASSERT_EQ(checkin::testing::integrityCheck((*store)->database()), "ok") << "round " << round;
        std::set<std::string> present;
        const auto checkIns = (*store)->checkIns().value();
        for (const auto &c : checkIns)
            present.insert(c.id);
        std::set<std::string> queued;
        const auto items = (*store)->outboxBatch(1'000'000).value();
        for (const auto &item : items)
            queued.insert(item.id);
        for (const auto &id : acknowledged) {
            ASSERT_TRUE(present.count(id))
                << "round " << round << ": acknowledged check-in " << id << " lost";
            ASSERT_TRUE(queued.count(id)) << "round " << round << ": outbox item " << id << " lost";
        }
    }
    RecordProperty("kills", kills);
    std::printf("survived %d SIGKILLs, %zu acknowledged check-ins all present (%d kills before the first "
                "acknowledgement of their round)\n",
        kills, acknowledged.size(), killedWithNothingAcknowledged);
    EXPECT_GT(acknowledged.size(), static_cast<size_t>(kills))
        << "the writer committed too little to prove much";
}
