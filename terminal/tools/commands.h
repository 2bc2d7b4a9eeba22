// checkinctl's subcommands: each area adds its own from its own file.
#pragma once

#include <CLI/CLI.hpp>

namespace checkin::ctl {

/// Each function adds one subcommand (with its options and a callback that runs it) to `app`.
/// A callback that fails throws CLI::RuntimeError(exitCode) after printing a clear message.
void addScanCommand(CLI::App &app);
void addDemoCommand(CLI::App &app);
void addKeysCommand(CLI::App &app);
void addCodesCommand(CLI::App &app);
void addBenchCodesCommand(CLI::App &app); ///< `bench codes`, in the shared `bench` group
void addEvalScannerCommand(CLI::App &app);
void addBenchScannerCommand(CLI::App &app); ///< `bench scanner`, in the shared `bench` group

/// The shared `bench` group, created on first use: each area adds `checkinctl bench AREA` with
/// `benchCommand(app).add_subcommand("AREA", ...)` from its own file.
CLI::App &benchCommand(CLI::App &app);
void addBenchCacheCommand(CLI::App &app);
void addSyncCommand(CLI::App &app);
void addStoreCommand(CLI::App &app); ///< `store close-day`: the day close on a cache file
void addBenchSyncCommand(CLI::App &app); ///< `bench sync`, in the shared `bench` group
void addBenchHubCommand(CLI::App &app); ///< `bench hub`, in the shared `bench` group

} // namespace checkin::ctl
