// checkinctl bench: the group that each area's benchmark registers under (`checkinctl bench AREA`).
#include "terminal/tools/commands.h"

namespace checkin::ctl {

CLI::App &benchCommand(CLI::App &app)
{
    const auto existing = app.get_subcommands([](CLI::App *sub) { return sub->get_name() == "bench"; });
    if (!existing.empty())
        return *existing.front();
    // Benchmarks print figures against the best alternative measured in the same run; timing
    // never goes into tests.
    auto *bench = app.add_subcommand("bench", "measure an area against its reference (cache, scanner, sync)");
    bench->require_subcommand(1);
    return *bench;
}

} // namespace checkin::ctl
