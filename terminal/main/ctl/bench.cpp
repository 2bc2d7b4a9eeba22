// checkinctl bench: the shared group of benchmarks; each area adds its own subcommand.
#include "terminal/main/ctl/commands.h"

namespace checkin::ctl {

void addBenchCommand(CLI::App &app)
{
    auto *bench = app.add_subcommand("bench", "measure against the best alternative in the same run");
    bench->require_subcommand(1);
    addBenchSyncCommand(*bench);
}

} // namespace checkin::ctl
