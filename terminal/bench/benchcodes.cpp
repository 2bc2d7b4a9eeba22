// checkinctl bench codes: size of a typical code and time to verify and decide one, against a
// legacy lookup in the same cache (the cheapest alternative) in the same run.
#include "offline-cache/store.h"
#include "scanner/scenes/scenerenderer.h"
#include "terminal/codes/bookingcode.h"
#include "terminal/core/admission.h"
#include "terminal/core/localtime.h"
#include "terminal/demo/demodata.h"
#include "terminal/tools/commands.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>

namespace checkin::ctl {

namespace {

/// Data codewords of QR versions 1..10 at ECC levels L and M (ISO/IEC 18004, table 7).
constexpr int kDataCodewordsL[] = {19, 34, 55, 80, 108, 136, 156, 194, 232, 274};
constexpr int kDataCodewordsM[] = {16, 28, 44, 64, 86, 108, 124, 154, 182, 216};

int qrVersionAlphanumeric(size_t chars, const int *capacity)
{
    for (int v = 1; v <= 10; ++v) {
        const size_t countBits = v <= 9 ? 9 : 11;
        const size_t bits = 4 + countBits + 11 * (chars / 2) + 6 * (chars % 2);
        if ((bits + 7) / 8 <= static_cast<size_t>(capacity[v - 1]))
            return v;
    }
    return 0; // above 10
}

/// The width in modules of a PNG written with one pixel per module and a 4-module quiet zone.
int pngWidth(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    unsigned char header[24] = {};
    in.read(reinterpret_cast<char *>(header), sizeof header);
    return (header[16] << 24) | (header[17] << 16) | (header[18] << 8) | header[19];
}

template <typename Fn> double nsPerCall(int n, Fn &&fn)
{
    // Best of three runs: the figure for this machine without other builds' noise.
    double best = 1e18;
    for (int run = 0; run < 3; ++run) {
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < n; ++i)
            fn(i);
        const auto ns
            = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - start).count();
        best = std::min(best, ns / n);
    }
    return best;
}

int run(int n, const std::string &dir)
{
    namespace fs = std::filesystem;
    fs::create_directories(dir);
    const std::string dbPath = (fs::path(dir) / "bench-cache.sqlite").string();
    for (const char *suffix : {"", "-wal", "-shm"})
        fs::remove(dbPath + suffix);
    const auto now = *core::fromLocal("2026-11-29", 10 * 60 + 25);
    const core::ManualClock clock(now);
    const auto data = core::demo::generate("SB1", "2026-11-29", n, 10 * 60 + 25, 1);
    auto store = cache::Store::open(dbPath, {cache::Database::Durability::Normal});
    if (!store || !(*store)->upsertAppointments(data.appointments)) {
        std::cerr << "checkinctl: cannot build the bench cache in " << dir << "\n";
        return 2;
    }
    core::Policy policy;
    policy.rootPublicKey = data.rootPublicKey;
    core::TrustState trust;
    trust.keys = core::KeyList::parse(data.keyListText, data.rootPublicKey).value();
    const core::SigningKey key = core::demo::demoCodeKey(1);

    std::vector<std::string> codes, refs;
    for (const auto &row : data.appointments) {
        const auto &a = row.appointment;
        codes.push_back(
            core::bookingcode::issue({1, a.id, a.centerId, a.day, a.slotStart, a.slotEnd}, key).value());
        refs.push_back(a.bookingRef);
    }
    const std::string &typical = codes.front();
    const std::string png = (fs::path(dir) / "typical-code.png").string();
    int measuredL = 0;
    if (scanner::writeQrPng(typical, png, 1)) {
        const int modules = pngWidth(png) - 8;
        measuredL = (modules - 17) / 4;
    }
    std::cout << "typical code: " << typical.size() << " characters (QR alphanumeric mode)\n"
              << "  QR version at ECC M: " << qrVersionAlphanumeric(typical.size(), kDataCodewordsM)
              << " (ISO 18004 capacity table)\n"
              << "  QR version at ECC L: " << qrVersionAlphanumeric(typical.size(), kDataCodewordsL)
              << " by table, " << measuredL << " measured from ZXing's writer (" << png << ")\n";

    const int count = static_cast<int>(codes.size());
    int64_t sink = 0;
    const double verifyNs = nsPerCall(count, [&](int i) {
        auto code = core::bookingcode::unpack(codes[static_cast<size_t>(i)]);
        sink += code && core::bookingcode::open(*code, key.publicKey()) ? 1 : 0;
    });
    std::vector<core::SignedCode> unpacked;
    for (const auto &c : codes)
        unpacked.push_back(core::bookingcode::unpack(c).value());
    const double rawNs = nsPerCall(count, [&](int i) {
        const auto &u = unpacked[static_cast<size_t>(i)];
        sink += core::verifySignature(u.signedBytes, u.signature, key.publicKey()) ? 1 : 0;
    });
    const double decideSignedNs = nsPerCall(count, [&](int i) {
        sink += static_cast<int>(
            core::decide(codes[static_cast<size_t>(i)], **store, policy, clock, trust).reason);
    });
    const double decideLegacyNs = nsPerCall(count, [&](int i) {
        sink += static_cast<int>(
            core::decide(refs[static_cast<size_t>(i)], **store, policy, clock, trust).reason);
    });
    std::vector<std::string> garbage(codes);
    for (auto &g : garbage)
        g[60] = g[60] == 'A' ? 'B' : 'A';
    const double rejectForgedNs = nsPerCall(count, [&](int i) {
        sink += static_cast<int>(
            core::decide(garbage[static_cast<size_t>(i)], **store, policy, clock, trust).reason);
    });
    std::cout << std::fixed << std::setprecision(1) << count << " codes, best of 3 runs:\n"
              << "  libsodium crypto_sign_verify_detached alone: " << rawNs / 1000 << " us/code\n"
              << "  verify only (shape, base45, Ed25519, fields): " << verifyNs / 1000 << " us/code\n"
              << "  decide, signed code (verify + SQLite lookups): " << decideSignedNs / 1000 << " us/code\n"
              << "  decide, legacy reference (SQLite lookups only): " << decideLegacyNs / 1000 << " us/code\n"
              << "  decide, altered code (rejected at the signature): " << rejectForgedNs / 1000
              << " us/code\n"
              << std::setprecision(2) << "  verify/libsodium-alone ratio: " << verifyNs / rawNs << "\n"
              << "  signed/legacy decide ratio: " << decideSignedNs / decideLegacyNs << "\n";
    std::cout << "  (checksum " << sink << ")\n";
    return 0;
}

} // namespace

void addBenchCodesCommand(CLI::App &app)
{
    struct Options
    {
        int count = 2000;
        std::string dir = (std::filesystem::temp_directory_path() / "checkin-bench-codes").string();
    };
    auto o = std::make_shared<Options>();
    auto *cmd = benchCommand(app).add_subcommand("codes", "measure code size and verification time per code");
    cmd->add_option("--count", o->count, "codes to verify")->check(CLI::Range(10, 1000000));
    cmd->add_option("--dir", o->dir, "scratch directory");
    cmd->callback([o] {
        if (const int rc = run(o->count, o->dir); rc != 0)
            throw CLI::RuntimeError(rc);
    });
}

} // namespace checkin::ctl
