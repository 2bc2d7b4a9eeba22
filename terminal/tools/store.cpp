// checkinctl store close-day: the terminal's day close on a cache file, for the kiosk's daily timer.
#include "offline-cache/store.h"

#include "terminal/core/config.h"
#include "terminal/core/dayclose.h"
#include "terminal/tools/commands.h"

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>

namespace checkin::ctl {

namespace {

struct CloseDayOptions
{
    std::string databasePath;
    std::string configPath;
};

[[noreturn]] void fail(const std::string &message, int code = 2)
{
    std::cerr << "checkinctl store close-day: " << message << "\n";
    throw CLI::RuntimeError(code);
}

/// The center's local days are the config's time zone. A config that does not load (the kiosk
/// then shows its setup screen) must not keep the day's names in the cache: the zone already in
/// TZ is used then, and the output says so.
void useConfigTimeZone(const std::string &configPath)
{
    auto config = core::loadConfig(configPath);
    if (!config) {
        const char *tz = std::getenv("TZ"); // NOLINT(concurrency-mt-unsafe): one thread here
        std::cerr << "checkinctl store close-day: " << configPath << " does not load ("
                  << config.error().size() << " problem(s)); using TZ=" << (tz ? tz : "UTC") << "\n";
        return;
    }
    setenv("TZ", config->timeZone.c_str(), 1); // NOLINT(concurrency-mt-unsafe): one thread here
    tzset();
}

void closeDay(const CloseDayOptions &o)
{
    // A kiosk that never opened its cache (setup screen since flashing) has nothing to close, and
    // this command must not create the file.
    if (!std::filesystem::exists(o.databasePath)) {
        std::cout << "day-close: no cache file at " << o.databasePath << "; nothing to close\n";
        return;
    }
    if (!o.configPath.empty())
        useConfigTimeZone(o.configPath);
    auto store = cache::Store::open(o.databasePath);
    if (!store)
        fail("cannot open the cache " + o.databasePath + ": " + store.error().message);
    auto report = core::closeDay(**store, o.databasePath, std::chrono::system_clock::now());
    if (!report)
        fail("day-close failed: " + report.error().message, 1);
    // The same words as the terminal's log line; counts only, no personal data.
    std::cout << "day-close " << core::describe(*report) << "\n";
}

} // namespace

void addStoreCommand(CLI::App &app)
{
    auto *store = app.add_subcommand("store", "maintenance of a kiosk's cache file");
    store->require_subcommand(1);
    auto o = std::make_shared<CloseDayOptions>();
    auto *close = store->add_subcommand("close-day",
        "remove the personal data of every day but today from the cache, as the terminal does at midnight");
    close->add_option("--db", o->databasePath, "the cache file (the kiosk's /var/lib/checkin/cache.sqlite)")
        ->required();
    close->add_option("--config", o->configPath, "a kiosk.toml whose kiosk.time_zone gives the local day");
    close->callback([o] { closeDay(*o); });
}

} // namespace checkin::ctl
