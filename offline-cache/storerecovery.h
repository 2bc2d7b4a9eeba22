// What the store does with a damaged file: move it aside, never delete it, and take back what it can.
#pragma once

#include "offline-cache/error.h"

#include <chrono>
#include <cstdint>
#include <string>

namespace checkin::cache {

class Database;

/// How the last Store::open went, for the UI ("the cache was damaged and is being rebuilt").
struct OpenReport
{
    std::string movedAsideTo; ///< where a damaged file went; empty when the file was sound
    std::string problem; ///< what was wrong with it
    int64_t recoveredCheckIns = 0; ///< unsynced check-ins taken over from the damaged file
    int64_t recoveredOutboxItems = 0; ///< other unsent items (annulments, audit, cases, ...)
    int64_t recoveredClearingCases = 0;
    bool damaged() const { return !movedAsideTo.empty(); }
};

/// Renames `path` (and its -wal and -shm files) to `path.corrupt-N`, N the first free number.
/// Returns the new path of the main file.
Result<std::string> moveAside(const std::string &path);

/// Deletes the copies moveAside made of `path` (`path.corrupt-N` and their -wal and -shm files)
/// last written before `before`: they hold the personal data of their day. Returns how many main
/// files were deleted; a file that cannot be deleted is left for the next day close.
int64_t expireMovedAside(const std::string &path, std::chrono::system_clock::time_point before);

/// Copies what is still readable and not yet at the hub from the damaged file at `damagedPath`
/// into `target` (a freshly migrated database): unsynced check-ins, unsent outbox items and open
/// clearing cases. Reading stops at the first unreadable row of each table; what was copied is
/// counted in `report`. Check-ins without an outbox item get one.
void recoverInto(const std::string &damagedPath, Database &target, OpenReport &report);

} // namespace checkin::cache
