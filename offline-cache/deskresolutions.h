// Desk resolutions: which appointment a clearing ticket admits, as the hub's clearing desk decided.
#pragma once

#include "offline-cache/error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace checkin::cache {

class Database;

/// How the desk resolved a case (the protocol's kinds, same numbers).
enum class ResolutionKind { Attached = 0, Confirmed = 1, WalkIn = 2 };

struct DeskResolution
{
    std::string caseId;
    std::string ticket; ///< canonical, as ticketNumber() writes it
    int64_t appointmentId = 0;
    ResolutionKind kind = ResolutionKind::Attached;
    int64_t resolvedAtMs = 0;
};

/// The resolutions of this center's cases that arrived with sync, on the store's thread. A case is
/// resolved once; a repeated page writes the same row again. Rows go when their appointment's day is
/// purged (Retention), so a ticket admits nothing on another day.
class DeskResolutions
{
public:
    explicit DeskResolutions(Database &db);
    Result<void> save(const DeskResolution &resolution);
    /// The appointment id the canonical `ticket` names, if the desk resolved its case.
    Result<std::optional<int64_t>> appointmentFor(std::string_view ticket);

private:
    Database &m_db;
};

} // namespace checkin::cache
