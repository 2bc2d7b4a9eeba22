// libFuzzer target for decoded scanner text of any bytes on its way into the admission rules: the
// camera path (CheckInService::handleScan, as the store thread calls it) and the keyboard-wedge
// path (KeyboardWedge, then handleScan), against a real store with a day of appointments.
#include "scanner/keyboardwedge.h"
#include "terminal/codes/bookingcode.h"
#include "terminal/core/checkinservice.h"
#include "terminal/core/localtime.h"

#include <cstdlib>
#include <filesystem>
#include <unistd.h>

using namespace checkin;
using namespace checkin::core;

namespace {

const SigningKey &codeKey()
{
    static const SigningKey key = SigningKey::fromPassphrase("fuzz code key 1");
    return key;
}

/// The day: SB1 on 2026-11-29 at 10:25, appointments 1..4 around then, code key 1 in the list.
struct Day
{
    Day()
    {
        // A real SQLite file with synchronous=FULL: in memory when the machine has /dev/shm.
        std::string pattern = std::filesystem::is_directory("/dev/shm") ? "/dev/shm" : "/tmp";
        pattern += "/scan-text-fuzz-XXXXXX";
        const char *dir = mkdtemp(pattern.data());
        if (!dir)
            std::abort();
        path = dir;
        store = cache::Store::open(path + "/cache.sqlite").value();
        std::vector<cache::Store::Import> rows;
        const char *refs[] = {"SB1-NOW0-0001", "SB1-TMRW-0002", "SLS-ELSE-0003", "SB1-CNCL-0004"};
        for (int64_t id = 1; id <= 4; ++id) {
            cache::Appointment a;
            a.id = id;
            a.bookingRef = refs[id - 1];
            a.centerId = id == 3 ? "SLS" : "SB1";
            a.day = id == 2 ? "2026-11-30" : "2026-11-29";
            a.slotStart = 10 * 60 + 30;
            a.slotEnd = 10 * 60 + 35;
            a.status = id == 4 ? cache::AppointmentStatus::Cancelled : cache::AppointmentStatus::Confirmed;
            a.familyName = "Müller";
            rows.push_back({a, a.bookingRef});
        }
        if (!store->upsertAppointments(rows))
            std::abort();
        const SigningKey root = SigningKey::fromPassphrase("fuzz key");
        policy.rootPublicKey = root.publicKey();
        const int64_t now
            = std::chrono::duration_cast<std::chrono::seconds>(clock.now().time_since_epoch()).count();
        const KeyList list(
            1, now + 86400, {{1, codeKey().publicKey(), now - 86400, now + 86400, false, {"SB1"}}}, {});
        service = std::make_unique<CheckInService>(*store, policy, clock);
        if (!service->installKeyList(list.sign(root)))
            std::abort();
    }
    ~Day()
    {
        service.reset();
        store.reset();
        std::filesystem::remove_all(path);
    }

    std::string path;
    std::unique_ptr<cache::Store> store;
    Policy policy;
    ManualClock clock{*fromLocal("2026-11-29", 10 * 60 + 25)};
    std::unique_ptr<CheckInService> service;
};

Day *day = nullptr;

void scan(std::string_view text)
{
    const Verdict v = day->service->handleScan(text);
    // Nothing of another center or another day admits.
    if (v.family() == Family::Pass && v.appointment
        && (v.appointment->centerId != "SB1" || v.appointment->day != "2026-11-29"))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    setenv("TZ", "Europe/Berlin", 1);
    tzset();
    static Day theDay;
    day = &theDay;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);

    // The camera: the decoder's text as it is.
    scan(text);

    // A signed code passes the signature only with our key: sign what was decoded (as a hub with a
    // bug could), so that the rules behind the signature get fuzzed too.
    if (auto code = bookingcode::unpack(text)) {
        if (auto claims = bookingcode::open(*code, codeKey().publicKey()); !claims) {
            SignedCode resigned = *code;
            resigned.signature = codeKey().sign(code->signedBytes);
            if (auto opened = bookingcode::open(resigned, codeKey().publicKey()))
                if (auto issued = bookingcode::issue(*opened, codeKey()))
                    scan(*issued);
        }
    }

    // A handheld scanner: one key per UTF-8 sequence, 5 ms apart (a byte 0x01 is a person's pause).
    scanner::KeyboardWedge wedge;
    auto at = scanner::KeyboardWedge::Clock::time_point(std::chrono::seconds(1000));
    for (size_t i = 0; i < size;) {
        size_t n = 1;
        while (i + n < size && (data[i + n] & 0xc0) == 0x80 && n < 4)
            ++n;
        at += data[i] == 0x01 ? std::chrono::milliseconds(200) : std::chrono::milliseconds(5);
        if (auto typed = wedge.feed(std::string(text.substr(i, n)), at))
            scan(*typed);
        i += n;
    }
    return 0;
}
