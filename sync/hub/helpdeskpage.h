// The clearing desk's HTML pages: search, one case with its actions, and the sign-in.
#pragma once

#include "sync/hub/clearingdesk.h"
#include "sync/hub/hubmessage.h"
#include "sync/hub/hubstore.h"

#include <optional>
#include <string>
#include <vector>

namespace checkin::sync {

/// The desk's start page: the search form and its results (the open cases before a search), and
/// the conflicts between kiosks.
struct DeskHomeModel
{
    DeskLanguage language = DeskLanguage::German;
    std::string csrf;
    std::string user; ///< the signed-in desk user, shown in the header (empty: the shared key)
    DeskQuery query;
    bool searched = false;
    std::string error; ///< already translated; shown above the results
    std::vector<ClearingCase> cases;
    std::vector<Conflict> conflicts;
    std::vector<std::string> centers; ///< for the "open a case for a caller" form
    DeskOpenedCase draft; ///< the form as typed, shown again after a refusal
    std::string birthTyped; ///< the date of birth as typed
};

/// One case: its details, an appointment search with an "attach" button per hit, the walk-in and
/// the close forms.
struct DeskCaseModel
{
    DeskLanguage language = DeskLanguage::German;
    std::string csrf;
    std::string user; ///< the signed-in desk user, shown in the header (empty: the shared key)
    ClearingCase clearingCase;
    DeskQuery appointmentQuery;
    bool searched = false;
    std::vector<cache::Appointment> appointments;
    std::string error; ///< already translated
    std::string today; ///< ISO, in the center's zone: the walk-in form's default
    std::optional<cache::Appointment> attached; ///< the appointment a resolved case names
    std::vector<CaseEvent> history;
};

/// The day's figures of one center, as a page to print and a link to the same as CSV.
struct DeskReportModel
{
    DeskLanguage language = DeskLanguage::German;
    std::string csrf;
    std::string user; ///< the signed-in desk user, shown in the header (empty: the shared key)
    std::vector<std::string> centers;
    DayReport report;
    std::string error; ///< already translated
};

/// Self-contained pages (no scripts); forms post back with the session's CSRF token.
std::string renderDeskHome(const DeskHomeModel &model);
std::string renderDeskCase(const DeskCaseModel &model);
std::string renderDeskReport(const DeskReportModel &model);
/// The day's figures as CSV (a header line and one row), for the health authority.
std::string deskReportCsv(const DayReport &report);

/// The sign-in form; `message` (already translated) says why the last try failed, or is empty.
std::string renderLoginPage(const std::string &message, const std::string &user = {});

/// Makes `response` a desk page: HTML, CSP (no script, only this file's style), no framing, no
/// referrer to other sites, never stored by a cache.
void setPageHeaders(HubResponse &response);

/// A local time of the hub's zone (the center's, TZ) as the desk shows it: "01.12.2026 14:05".
std::string deskTime(int64_t unixMs);

} // namespace checkin::sync
