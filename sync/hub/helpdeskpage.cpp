// renderHelpdeskPage: plain HTML, every interpolated text escaped.
#include "sync/hub/helpdeskpage.h"

#include <ctime>

namespace checkin::sync {

namespace {

std::string escape(const std::string &text)
{
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '&':
            out += "&amp;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string timeText(int64_t ms)
{
    const std::time_t t = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
    return buf;
}

std::string form(const std::string &id, const std::string &action, const std::string &token,
    const std::string &field, const std::string &label)
{
    std::string f = "<form method=post action=\"/helpdesk/cases/" + escape(id) + "/" + action + "\">";
    f += "<input type=hidden name=token value=\"" + escape(token) + "\">";
    if (!field.empty())
        f += "<input name=" + field + " size=10>";
    return f + "<button>" + label + "</button></form>";
}

} // namespace

std::string renderHelpdeskPage(
    const std::vector<Conflict> &conflicts, const std::vector<ClearingCase> &cases, const std::string &token)
{
    // The help desk is staffed by German-speaking central office staff; the page is not translated yet.
    std::string html
        = "<!doctype html><meta charset=utf-8><title>Help desk</title>"
          "<style>body{font-family:sans-serif}td,th{padding:4px 8px;border-bottom:1px solid #ccc}"
          "form{display:inline}</style><h1>Help desk</h1>";
    html += "<h2>Conflicts (" + std::to_string(conflicts.size())
        + ")</h2><table><tr><th>appointment<th>kiosk"
          "<th>scanned<th>first admitted at<th>first kiosk</tr>";
    for (const auto &c : conflicts)
        html += "<tr><td>" + std::to_string(c.appointmentId) + "<td>" + escape(c.kioskId) + "<td>"
            + timeText(c.scannedAtMs) + "<td>" + timeText(c.firstScannedAtMs) + "<td>"
            + escape(c.firstKioskId) + "</tr>";
    html += "</table><h2>Open clearing cases (" + std::to_string(cases.size())
        + ")</h2><table><tr><th>case<th>kiosk<th>person<th>account<th>created<th>appointment<th>actions</tr>";
    for (const auto &c : cases) {
        html += "<tr><td>" + escape(c.id) + "<td>" + escape(c.kioskId) + "<td>" + escape(c.person) + "<td>"
            + escape(c.note) + "<td>" + timeText(c.createdAtMs) + "<td>"
            + (c.appointmentId ? std::to_string(*c.appointmentId) : std::string("-")) + "<td>";
        html += form(c.id, "attach", token, "appointment_id", "attach");
        html += form(c.id, "admit", token, "day", "admit walk-in");
        html += form(c.id, "close", token, "resolution", "close");
        html += "</tr>";
    }
    return html + "</table>";
}

} // namespace checkin::sync
