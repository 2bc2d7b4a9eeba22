// appendAudit: the audit entry's fields, filled the same way for every caller.
#include "terminal/core/audittrail.h"

#include "terminal/core/localtime.h"

namespace checkin::core {

void appendAudit(cache::Store &store, const std::string &kioskId, const Clock &clock,
    cache::AuditAction action, cache::AuditOutcome outcome, const std::string &operatorId,
    const std::string &subject)
{
    cache::AuditEntry entry;
    entry.atMs = unixMs(clock.now());
    entry.kioskId = kioskId;
    entry.operatorId = operatorId;
    entry.action = action;
    entry.outcome = outcome;
    entry.subject = subject;
    (void)store.appendAudit(std::move(entry));
}

} // namespace checkin::core
