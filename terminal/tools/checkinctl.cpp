// checkinctl: the command-line tool for technicians and scripts.
#include "terminal/tools/commands.h"

#include <cstdlib>

int main(int argc, char **argv)
{
    // Local days and slot times are the center's; the kiosk sets TZ from its config. Here, before
    // any thread exists, the environment is safe to read and change.
    if (!std::getenv("TZ")) // NOLINT(concurrency-mt-unsafe)
        setenv("TZ", "Europe/Berlin", 1); // NOLINT(concurrency-mt-unsafe)
    CLI::App app{"checkinctl: scan, inspect and benchmark the check-in terminal"};
    app.require_subcommand(1);
    checkin::ctl::addScanCommand(app);
    checkin::ctl::addDemoCommand(app);
    checkin::ctl::addKeysCommand(app);
    checkin::ctl::addCodesCommand(app);
    checkin::ctl::addBenchCodesCommand(app);
    checkin::ctl::addEvalScannerCommand(app);
    checkin::ctl::addBenchCacheCommand(app);
    checkin::ctl::addBenchScannerCommand(app);
    checkin::ctl::addSyncCommand(app);
    checkin::ctl::addStoreCommand(app);
    checkin::ctl::addBenchSyncCommand(app);
    checkin::ctl::addBenchHubCommand(app);
    CLI11_PARSE(app, argc, argv);
    return 0;
}
