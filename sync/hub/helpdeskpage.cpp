// renderHelpdeskPage: plain HTML, every interpolated text escaped.
#include "sync/hub/helpdeskpage.h"

#include <ctime>
#include <sodium.h>

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

// The one style block of the desk pages; the CSP allows exactly this text by its hash.
constexpr const char *kStyle
    = "body{font-family:sans-serif}td,th{padding:4px 8px;border-bottom:1px solid #ccc}"
      "form{display:inline}";

std::string head(const char *title)
{
    return std::string("<!doctype html><meta charset=utf-8><title>") + title + "</title><style>" + kStyle
        + "</style>";
}

std::string form(const std::string &id, const std::string &action, const std::string &csrf,
    const std::string &field, const std::string &label)
{
    std::string f = "<form method=post action=\"/helpdesk/cases/" + escape(id) + "/" + action + "\">";
    f += "<input type=hidden name=csrf value=\"" + escape(csrf) + "\">";
    if (!field.empty())
        f += "<input name=" + field + " size=10>";
    return f + "<button>" + label + "</button></form>";
}

} // namespace

std::string renderHelpdeskPage(
    const std::vector<Conflict> &conflicts, const std::vector<ClearingCase> &cases, const std::string &csrf)
{
    // The help desk is staffed by German-speaking central office staff; the page is not translated yet.
    std::string html = head("Help desk") + "<h1>Help desk</h1>";
    html += "<form method=post action=\"/helpdesk/logout\"><input type=hidden name=csrf value=\""
        + escape(csrf) + "\"><button>sign out</button></form>";
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
        html += form(c.id, "attach", csrf, "appointment_id", "attach");
        html += form(c.id, "admit", csrf, "day", "admit walk-in");
        html += form(c.id, "close", csrf, "resolution", "close");
        html += "</tr>";
    }
    return html + "</table>";
}

std::string renderLoginPage(const std::string &message)
{
    // The help desk's sign-in; not translated yet (see renderHelpdeskPage).
    std::string html = head("Help desk: sign in") + "<h1>Help desk</h1>";
    if (!message.empty())
        html += "<p><strong>" + escape(message) + "</strong></p>";
    return html
        + "<form method=post action=\"/helpdesk/login\"><label>Desk credential "
          "<input type=password name=credential autocomplete=current-password autofocus></label> "
          "<button>sign in</button></form>";
}

void setPageHeaders(HubResponse &response)
{
    static const std::string policy = [] {
        unsigned char digest[crypto_hash_sha256_BYTES];
        const std::string style = kStyle;
        crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(style.data()), style.size());
        char b64[sodium_base64_ENCODED_LEN(crypto_hash_sha256_BYTES, sodium_base64_VARIANT_ORIGINAL)];
        sodium_bin2base64(b64, sizeof b64, digest, sizeof digest, sodium_base64_VARIANT_ORIGINAL);
        return "default-src 'none'; style-src 'sha256-" + std::string(b64)
            + "'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    }();
    response.contentType = "text/html; charset=utf-8";
    response.setHeader("Content-Security-Policy", policy);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Cache-Control", "no-store");
}

} // namespace checkin::sync
