// checkinctl: the command-line tool for technicians and scripts.
#include "scanner/decoder.h"
#include "scanner/framesource.h"
#include "terminal/core/admission.h"
#include "terminal/core/config.h"
#include "terminal/core/demokit.h"

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>

using namespace checkin;

namespace {

struct ScanOptions
{
    std::vector<std::string> files;
    std::string cachePath;
    std::string configPath;
    bool json = false;
};

/// Decodes every file; a video yields one entry per appearance of a code.
int runScan(const ScanOptions &options)
{
    core::Policy policy;
    if (!options.configPath.empty()) {
        auto config = core::loadConfig(options.configPath);
        if (!config) {
            std::cerr << "checkinctl: " << options.configPath << ": " << config.error().key << " "
                      << config.error().message << "\n";
            return 2;
        }
        policy = config->policy;
    }
    std::unique_ptr<cache::Store> store;
    if (!options.cachePath.empty()) {
        auto opened = cache::Store::open(options.cachePath);
        if (!opened) {
            std::cerr << "checkinctl: cannot open cache " << options.cachePath << ": "
                      << opened.error().message << "\n";
            return 2;
        }
        store = std::move(*opened);
    }
    const core::SystemClock clock;
    const scanner::Decoder decoder;
    nlohmann::json out = nlohmann::json::array();
    int failures = 0;
    for (const auto &file : options.files) {
        auto source = scanner::FrameSource::open(file, {});
        if (!source) {
            std::cerr << "checkinctl: " << file << ": " << source.error().message << "\n";
            ++failures;
            continue;
        }
        std::string previous;
        int found = 0;
        for (;;) {
            auto frame = (*source)->read();
            if (!frame) {
                std::cerr << "checkinctl: " << file << ": " << frame.error().message << "\n";
                ++failures;
                break;
            }
            if (frame->empty())
                break;
            const auto detections = decoder.decode(*frame);
            const std::string text = detections.empty() ? std::string() : detections.front().text;
            if (text.empty() || text == previous) {
                previous = text;
                continue;
            }
            previous = text;
            ++found;
            nlohmann::json entry{{"file", file}, {"frame", frame->index}, {"code", text}};
            if (store) {
                const core::Verdict v = core::decide(text, *store, policy, clock);
                entry["family"] = v.family() == core::Family::Pass ? "pass"
                    : v.family() == core::Family::Reject           ? "reject"
                                                                   : "technical";
                entry["reason"] = core::reasonKey(v.reason);
            }
            if (options.json)
                out.push_back(entry);
            else
                std::cout << file << " frame " << frame->index << ": " << text
                          << (store ? " -> " + entry["reason"].get<std::string>() : std::string()) << "\n";
        }
        if (found == 0 && !options.json)
            std::cout << file << ": no QR code found\n";
        if (found == 0 && options.json)
            out.push_back({{"file", file}, {"code", nullptr}});
    }
    if (options.json)
        std::cout << out.dump(2) << "\n";
    return failures ? 1 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    CLI::App app{"checkinctl: scan, inspect and benchmark the check-in terminal"};
    app.require_subcommand(1);

    ScanOptions scan;
    auto *scanCmd = app.add_subcommand("scan", "decode images or videos and print the codes and verdicts");
    scanCmd->add_option("files", scan.files, "image or video files")->required();
    scanCmd->add_option("--cache", scan.cachePath, "SQLite cache to decide against (read, never written)");
    scanCmd->add_option("--config", scan.configPath, "kiosk config (TOML) for the center and time windows");
    scanCmd->add_flag("--json", scan.json, "print JSON");

    auto *demoCmd = app.add_subcommand("demo", "demo data");
    demoCmd->require_subcommand(1);
    std::string demoDir;
    std::string demoCenter = "SB1";
    auto *prepareCmd = demoCmd->add_subcommand("prepare", "write a demo cache and an arrivals video");
    prepareCmd->add_option("--out", demoDir, "directory")->required();
    prepareCmd->add_option("--center", demoCenter, "center id");

    CLI11_PARSE(app, argc, argv);
    if (const char *tz = std::getenv("TZ"); !tz)
        setenv("TZ", "Europe/Berlin", 1);

    if (scanCmd->parsed())
        return runScan(scan);
    if (prepareCmd->parsed()) {
        auto kit = core::demo::prepareKit(demoDir, demoCenter, std::chrono::system_clock::now());
        if (!kit) {
            std::cerr << "checkinctl: " << kit.error() << "\n";
            return 2;
        }
        std::cout << "cache: " << kit->databasePath << "\nvideo: " << kit->videoPath << "\narrivals:\n";
        for (const auto &a : kit->arrivals)
            std::cout << "  " << a.code << "  expect " << a.expectedReason << "  (" << a.note << ")\n";
        return 0;
    }
    return 0;
}
