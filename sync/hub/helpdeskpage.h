// The help desk's HTML page: conflicts and open clearing cases, with forms to resolve a case.
#pragma once

#include "sync/hub/hubmessage.h"
#include "sync/hub/hubstore.h"

#include <string>
#include <vector>

namespace checkin::sync {

/// A self-contained page (no scripts); forms post back to /helpdesk/cases/{id}/{action} with the
/// session's CSRF token.
std::string renderHelpdeskPage(
    const std::vector<Conflict> &conflicts, const std::vector<ClearingCase> &cases, const std::string &csrf);

/// The sign-in form; `message` (already translated) says why the last try failed, or is empty.
std::string renderLoginPage(const std::string &message);

/// Makes `response` a desk page: HTML, CSP (no script, only this file's style), no framing, no
/// referrer to other sites, never stored by a cache.
void setPageHeaders(HubResponse &response);

} // namespace checkin::sync
