// One place that turns a staff or self-service action into an audit entry.
#pragma once

#include "offline-cache/store.h"
#include "terminal/core/clock.h"

#include <string>

namespace checkin::core {

/// Appends an audit entry (kiosk, operator, time from `clock`, action, outcome, a reference never
/// holding what was typed) on the store's thread. A failed append does not undo what the person was
/// told; the store's error state reaches staff through the next write that matters (a check-in).
void appendAudit(cache::Store &store, const std::string &kioskId, const Clock &clock,
    cache::AuditAction action, cache::AuditOutcome outcome, const std::string &operatorId,
    const std::string &subject);

} // namespace checkin::core
