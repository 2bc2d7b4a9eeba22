// checkinctl demo prepare: write the demo cache and arrivals video.
#include "terminal/demo/demokit.h"
#include "terminal/tools/commands.h"

#include <iostream>

namespace checkin::ctl {

void addDemoCommand(CLI::App &app)
{
    struct Options
    {
        std::string dir;
        std::string center = "SB1";
    };
    auto options = std::make_shared<Options>();
    auto *demo = app.add_subcommand("demo", "demo data");
    demo->require_subcommand(1);
    auto *prepare = demo->add_subcommand("prepare", "write a demo cache and an arrivals video");
    prepare->add_option("--out", options->dir, "directory")->required();
    prepare->add_option("--center", options->center, "center id");
    prepare->callback([options] {
        auto kit = core::demo::prepareKit(options->dir, options->center, std::chrono::system_clock::now());
        if (!kit) {
            std::cerr << "checkinctl: " << kit.error() << "\n";
            throw CLI::RuntimeError(2);
        }
        std::cout << "cache: " << kit->databasePath << "\nvideo: " << kit->videoPath << "\narrivals:\n";
        for (const auto &a : kit->arrivals)
            std::cout << "  " << a.code << "  expect " << a.expectedReason << "  (" << a.note << ")\n";
    });
}

} // namespace checkin::ctl
