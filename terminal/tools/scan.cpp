// checkinctl scan: decode images or videos and print the codes and the verdicts they would get.
#include "scanner/decoder.h"
#include "scanner/framesource.h"
#include "terminal/core/admission.h"
#include "terminal/core/config.h"
#include "terminal/tools/commands.h"

#include <iostream>
#include <nlohmann/json.hpp>

namespace checkin::ctl {

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
            std::cerr << "checkinctl: " << options.configPath << ":\n"
                      << core::describe(config.error()) << "\n";
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

void addScanCommand(CLI::App &app)
{
    auto options = std::make_shared<ScanOptions>();
    auto *cmd = app.add_subcommand("scan", "decode images or videos and print the codes and verdicts");
    cmd->add_option("files", options->files, "image or video files")->required();
    cmd->add_option("--cache", options->cachePath, "SQLite cache to decide against (read, never written)");
    cmd->add_option("--config", options->configPath, "kiosk config (TOML) for the center and time windows");
    cmd->add_flag("--json", options->json, "print JSON");
    cmd->callback([options] {
        if (const int rc = runScan(*options); rc != 0)
            throw CLI::RuntimeError(rc);
    });
}

} // namespace checkin::ctl
