// The help desk's HTML page: conflicts and open clearing cases, with forms to resolve a case.
#pragma once

#include "sync/hub/hubstore.h"

#include <string>
#include <vector>

namespace checkin::sync {

/// A self-contained page (no scripts); forms post back to /helpdesk/cases/{id}/{action}.
std::string renderHelpdeskPage(
    const std::vector<Conflict> &conflicts, const std::vector<ClearingCase> &cases, const std::string &token);

} // namespace checkin::sync
