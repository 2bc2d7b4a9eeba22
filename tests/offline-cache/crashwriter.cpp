// cache_crash_writer: commits check-ins as fast as it can and prints each id once it is committed.
// The durability test kills it with SIGKILL at random moments and checks what survived.
#include "offline-cache/store.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>
#include <vector>

using namespace checkin::cache;

namespace {

/// Writes the whole line with one write(2): a line the parent reads was acknowledged.
void acknowledge(const std::string &id)
{
    const std::string line = id + "\n";
    size_t done = 0;
    while (done < line.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, line.data() + done, line.size() - done);
        if (n <= 0)
            std::_Exit(3);
        done += static_cast<size_t>(n);
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: cache_crash_writer DB ROUND\n");
        return 2;
    }
    const int round = std::atoi(argv[2]);
    auto store = Store::open(argv[1]);
    if (!store) {
        std::fprintf(stderr, "open: %s\n", store.error().message.c_str());
        return 1;
    }
    for (int i = 0;; ++i) {
        // Every few commits a bulk import, so that kills also land inside long transactions.
        if (i % 4 == 3) {
            std::vector<Store::Import> rows;
            for (int r = 0; r < 200; ++r) {
                Appointment a;
                a.id = r + 1;
                a.bookingRef = "SB1-" + std::to_string(r + 1);
                a.centerId = "SB1";
                a.day = "2026-11-29";
                a.givenName = "Olena";
                a.familyName = "Kowalczyk-" + std::to_string(round);
                a.birthDate = "1970-01-01";
                a.version = round * 1000 + i;
                rows.push_back({a, "code-" + std::to_string(r + 1)});
            }
            if (auto ok = store.value()->upsertAppointments(rows); !ok) {
                std::fprintf(stderr, "import: %s\n", ok.error().message.c_str());
                return 1;
            }
        }
        CheckIn c;
        c.appointmentId = int64_t{round} * 100'000 + i + 1000;
        c.kioskId = "crash";
        c.scannedAtMs = 1'764'400'000'000 + round * 1000 + i;
        c.id = "r" + std::to_string(round) + "-" + std::to_string(i);
        auto stored = store.value()->recordCheckIn(c, i % 2 == 0);
        if (!stored) {
            std::fprintf(stderr, "record: %s\n", stored.error().message.c_str());
            return 1;
        }
        acknowledge(stored->id);
    }
}
