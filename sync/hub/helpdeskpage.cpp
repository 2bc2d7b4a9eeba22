// The desk pages as plain HTML in German or English, every interpolated text escaped.
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

/// The text in the page's language.
struct Tr
{
    DeskLanguage language;
    std::string operator()(const char *german, const char *english) const
    {
        return language == DeskLanguage::German ? german : english;
    }
    std::string code() const { return language == DeskLanguage::German ? "de" : "en"; }
};

std::string germanDate(const std::string &iso)
{
    if (iso.size() != 10 || iso[4] != '-')
        return iso;
    return iso.substr(8, 2) + "." + iso.substr(5, 2) + "." + iso.substr(0, 4);
}

std::string clock(int minuteOfDay)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    return buf;
}

// The one style block of the desk pages; the CSP allows exactly this text by its hash.
constexpr const char *kStyle
    = "body{font-family:sans-serif;max-width:70em;margin:1em auto;padding:0 1em}"
      "td,th{padding:4px 8px;border-bottom:1px solid #ccc;text-align:left;vertical-align:top}"
      "label{display:inline-block;margin:0 1em .5em 0}input,button{font-size:1em;padding:4px}"
      ".error{background:#fdd;border:2px solid #a00;padding:.5em}.ticket{font-family:monospace;"
      "font-size:1.2em}:focus{outline:3px solid #06c}form.inline{display:inline}"
      "fieldset{margin:1em 0}select{font-size:1em;padding:4px}td.n{text-align:right}"
      "@media print{header,form,nav{display:none}body{max-width:none}}";

std::string head(const Tr &tr, const std::string &title)
{
    return "<!doctype html><html lang=" + tr.code() + "><meta charset=utf-8><title>" + escape(title)
        + "</title><style>" + kStyle + "</style>";
}

std::string hidden(const std::string &name, const std::string &value)
{
    return "<input type=hidden name=" + name + " value=\"" + escape(value) + "\">";
}

std::string field(const std::string &id, const std::string &label, const std::string &value,
    const std::string &extra = {}, const std::string &name = {})
{
    return "<label for=" + id + ">" + escape(label) + "</label> <input id=" + id
        + " name=" + (name.empty() ? id : name) + " value=\"" + escape(value) + "\" " + extra + "> ";
}

std::string topBar(const Tr &tr, const std::string &csrf, const std::string &here)
{
    // Translator: the desk's name in the page header.
    std::string html = "<header><h1>" + tr("Klärungsstelle", "Clearing desk") + "</h1>";
    const std::string other = tr.code() == "de" ? "en" : "de";
    const std::string sep = here.find('?') == std::string::npos ? "?" : "&";
    // Translator: switches the page to the other language (shown in that language).
    html += "<a href=\"" + escape(here + sep + "lang=" + other) + "\" lang=" + other + ">"
        + tr("English", "Deutsch") + "</a> · <a href=\"/helpdesk?lang=" + tr.code()
        + "\">"
        // Translator: link back to the search page.
        + tr("Suche", "Search") + "</a> · <a href=\"/helpdesk/report?lang=" + tr.code()
        + "\">"
        // Translator: link to the day's figures.
        + tr("Tagesbericht", "Day report") + "</a> ";
    html += "<form class=inline method=post action=\"/helpdesk/logout\">"
        + hidden("csrf", csrf)
        // Translator: ends the desk session.
        + "<button>" + tr("Abmelden", "Sign out") + "</button></form></header>";
    return html;
}

std::string stateText(const Tr &tr, const ClearingCase &c)
{
    if (c.state == "open")
        // Translator: a case nobody resolved yet.
        return tr("offen", "open");
    // Translator: a resolved case.
    return tr("gelöst", "resolved");
}

} // namespace

std::string deskTime(int64_t unixMs)
{
    const std::time_t t = static_cast<std::time_t>(unixMs / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%d.%m.%Y %H:%M", &tm);
    return buf;
}

std::string renderDeskHome(const DeskHomeModel &m)
{
    const Tr tr{m.language};
    std::string html = head(tr, tr("Klärungsstelle", "Clearing desk")) + topBar(tr, m.csrf, "/helpdesk");
    // Translator: heading of the search form.
    html += "<main><h2>" + tr("Fall suchen", "Find a case") + "</h2>";
    html += "<form method=get action=\"/helpdesk\" role=search>" + hidden("lang", tr.code());
    // Translator: label of the ticket number field.
    html += field("ticket", tr("Ticketnummer", "Ticket number"), m.query.ticket,
        "autofocus autocomplete=off spellcheck=false placeholder=\"K-7F3QM-9ZC2X\"");
    // Translator: label of the name field (given and family name, any order).
    html += field("name", tr("Name", "Name"), m.query.name, "autocomplete=off");
    // Translator: label of the date of birth field.
    html += field("birth", tr("Geburtsdatum", "Date of birth"), m.query.birthDate,
        "autocomplete=off placeholder=\"29.11.1950\"");
    // Translator: runs the search.
    html += "<button>" + tr("Suchen", "Search") + "</button></form>";
    if (!m.error.empty())
        html += "<p class=error role=alert>" + escape(m.error) + "</p>";
    if (m.searched)
        // Translator: heading of the search results, with their number.
        html += "<h2>" + tr("Treffer", "Results") + " (" + std::to_string(m.cases.size()) + ")</h2>";
    else
        // Translator: heading of the list of open cases, with their number.
        html += "<h2>" + tr("Offene Fälle", "Open cases") + " (" + std::to_string(m.cases.size()) + ")</h2>";
    if (m.searched && m.cases.empty() && m.error.empty())
        // Translator: the search found no case.
        html += "<p role=status>"
            + tr("Kein Fall gefunden. Name anders schreiben oder nur das Geburtsdatum suchen.",
                "No case found. Try another spelling or search by date of birth only.")
            + "</p>";
    if (!m.cases.empty()) {
        html += "<table><tr><th>" + tr("Ticket", "Ticket") + "<th>" + tr("Name", "Name") + "<th>"
            + tr("Geburtsdatum", "Date of birth") + "<th>" + tr("Geöffnet", "Opened") + "<th>"
            + tr("Zentrum", "Center") + "<th>" + tr("Stand", "State") + "<th></tr>";
        for (const auto &c : m.cases) {
            html += "<tr><td class=ticket>" + escape(c.ticket) + "<td>"
                + escape(c.givenName + " " + c.familyName) + "<td>" + escape(germanDate(c.birthDate)) + "<td>"
                + deskTime(c.createdAtMs) + "<td>" + escape(c.centerId) + "<td>" + stateText(tr, c)
                + "<td><a href=\"/helpdesk/cases/" + escape(c.id) + "?lang=" + tr.code()
                + "\">"
                // Translator: opens one case.
                + tr("Öffnen", "Open") + "</a></tr>";
        }
        html += "</table>";
    }
    // Translator: heading of the list of kiosks admitting one appointment twice.
    html += "<h2>" + tr("Konflikte", "Conflicts") + " (" + std::to_string(m.conflicts.size()) + ")</h2>";
    if (!m.conflicts.empty()) {
        html += "<table><tr><th>" + tr("Termin", "Appointment") + "<th>" + tr("Kiosk", "Kiosk") + "<th>"
            + tr("Gescannt", "Scanned") + "<th>" + tr("Zuerst eingelassen", "First admitted") + "<th>"
            + tr("Erster Kiosk", "First kiosk") + "</tr>";
        for (const auto &c : m.conflicts)
            html += "<tr><td>" + std::to_string(c.appointmentId) + "<td>" + escape(c.kioskId) + "<td>"
                + deskTime(c.scannedAtMs) + "<td>" + deskTime(c.firstScannedAtMs) + "<td>"
                + escape(c.firstKioskId) + "</tr>";
        html += "</table>";
    }
    // Translator: heading of the form that opens a case for a person on the phone.
    html += "<h2>" + tr("Fall für einen Anruf öffnen", "Open a case for a caller") + "</h2>";
    html += "<form method=post action=\"/helpdesk/cases\">" + hidden("csrf", m.csrf)
        + hidden("lang", tr.code());
    // Translator: label of the vaccination center a new case belongs to.
    html += "<label for=center>" + tr("Impfzentrum", "Vaccination center")
        + "</label> <select id=center name=center>";
    for (const auto &center : m.centers)
        html += "<option" + std::string(center == m.draft.centerId ? " selected" : "") + ">" + escape(center)
            + "</option>";
    html += "</select> ";
    // Translator: label of the given name of a new case.
    html += field("new-given", tr("Vorname", "Given name"), m.draft.givenName, "autocomplete=off", "given");
    // Translator: label of the family name of a new case.
    html += field(
        "new-family", tr("Nachname", "Family name"), m.draft.familyName, "autocomplete=off", "family");
    html += field("new-birth", tr("Geburtsdatum", "Date of birth"), m.birthTyped,
        "autocomplete=off placeholder=\"29.11.1950\"", "birth");
    // Translator: label of the contact a caller chooses to give (optional).
    html += field("new-contact", tr("Kontakt (freiwillig)", "Contact (optional)"), m.draft.contact,
        "autocomplete=off", "contact");
    // Translator: label of what the caller says happened.
    html += field("new-account", tr("Was ist passiert?", "What happened?"), m.draft.account,
        "autocomplete=off size=40", "account");
    // Translator: opens the case and shows its ticket.
    html += "<button>" + tr("Fall öffnen", "Open case") + "</button></form>";
    return html + "</main>";
}

namespace {

std::string actionText(const Tr &tr, const std::string &action)
{
    // Translator: lines of a case's history.
    if (action == "opened")
        return tr("Fall geöffnet", "Case opened");
    if (action == "attached")
        return tr("Termin zugeordnet", "Appointment attached");
    if (action == "confirmed")
        return tr("Buchung bestätigt und zugeordnet", "Booking confirmed and attached");
    if (action == "walk-in")
        return tr("Ohne Termin eingelassen für", "Walk-in admitted for");
    if (action == "closed")
        return tr("Abgeschlossen", "Closed");
    if (action == "checked-in")
        return tr("Am Eingang eingecheckt", "Checked in at the entrance");
    if (action == "note")
        return tr("Lösung", "Resolution");
    return action;
}

std::string statusText(const Tr &tr, cache::AppointmentStatus status)
{
    switch (status) {
    case cache::AppointmentStatus::Pending:
        // Translator: a booking attempt that was never confirmed.
        return tr("nie bestätigt", "never confirmed");
    case cache::AppointmentStatus::Cancelled:
        return tr("storniert", "cancelled");
    case cache::AppointmentStatus::Confirmed:
        break;
    }
    return tr("bestätigt", "confirmed");
}

} // namespace

std::string renderDeskCase(const DeskCaseModel &m)
{
    const Tr tr{m.language};
    const auto &c = m.clearingCase;
    const std::string self = "/helpdesk/cases/" + c.id;
    // Translator: title of one case's page, followed by its ticket number.
    std::string html = head(tr, tr("Fall ", "Case ") + c.ticket) + topBar(tr, m.csrf, self);
    html += "<main><h2>" + tr("Fall ", "Case ") + "<span class=ticket>" + escape(c.ticket) + "</span></h2>";
    if (!m.error.empty())
        html += "<p class=error role=alert>" + escape(m.error) + "</p>";
    html += "<table>";
    auto row = [&](const std::string &label, const std::string &value) {
        html += "<tr><th scope=row>" + escape(label) + "<td>" + escape(value) + "</tr>";
    };
    row(tr("Name", "Name"), c.givenName + " " + c.familyName);
    row(tr("Geburtsdatum", "Date of birth"), germanDate(c.birthDate));
    // Translator: the person's own details as given at the kiosk (name, date of birth, contact).
    row(tr("Angaben", "Details given"), c.person);
    // Translator: what the person says happened.
    row(tr("Schilderung", "What happened"), c.note);
    // Translator: where a case was opened when it was not at a kiosk.
    row(tr("Geöffnet", "Opened"),
        deskTime(c.createdAtMs) + " · "
            + (c.kioskId.empty() ? tr("Klärungsstelle", "clearing desk") : c.kioskId));
    row(tr("Zentrum", "Center"), c.centerId);
    row(tr("Stand", "State"), stateText(tr, c));
    if (c.state != "open") {
        // Translator: the text the desk wrote when resolving.
        row(tr("Lösung", "Resolution"), c.resolution);
        if (m.attached)
            // Translator: the appointment the case was attached to.
            row(tr("Termin", "Appointment"),
                m.attached->bookingRef + " · " + germanDate(m.attached->day) + " "
                    + clock(m.attached->slotStart) + "–" + clock(m.attached->slotEnd));
        if (!c.day.empty())
            // Translator: the day the person may come without an appointment.
            row(tr("Ohne Termin am", "Walk-in on"), germanDate(c.day));
    }
    html += "</table>";
    // Translator: heading of a case's history: who did what, when, from which kiosk.
    html += "<h3>" + tr("Verlauf", "History") + "</h3><table><tr><th>" + tr("Zeit", "Time") + "<th>"
        + tr("Wer", "Who") + "<th>" + tr("Kiosk", "Kiosk") + "<th>" + tr("Was", "What") + "<th>"
        + tr("Einzelheiten", "Details") + "</tr>";
    for (const auto &e : m.history)
        html += "<tr><td>" + deskTime(e.atMs) + "<td>"
            + escape(e.actor == "desk" ? tr("Klärungsstelle", "clearing desk")
                    : e.actor.empty()  ? tr("Selbstbedienung", "self-service")
                                       : e.actor)
            + "<td>" + escape(e.kioskId) + "<td>" + escape(actionText(tr, e.action)) + "<td>"
            + escape(e.action == "walk-in" ? germanDate(e.detail) : e.detail) + "</tr>";
    html += "</table>";
    if (c.state != "open")
        return html + "</main>";

    // Translator: the text field every resolution needs.
    const std::string resolutionLabel = tr("Lösung (Pflichtfeld)", "Resolution (required)");
    // Translator: heading: find the person's appointment to attach the case to.
    html += "<h3>" + tr("Termin suchen und zuordnen", "Find and attach an appointment") + "</h3>";
    html += "<form method=get action=\"" + escape(self) + "\">" + hidden("lang", tr.code());
    html += field("aname", tr("Name", "Name"),
        m.appointmentQuery.name.empty() && !m.searched ? c.givenName + " " + c.familyName
                                                       : m.appointmentQuery.name);
    html += field("abirth", tr("Geburtsdatum", "Date of birth"),
        m.appointmentQuery.birthDate.empty() && !m.searched ? germanDate(c.birthDate)
                                                            : m.appointmentQuery.birthDate);
    // Translator: searches the center's appointments.
    html += "<button>" + tr("Termine suchen", "Search appointments") + "</button></form>";
    if (m.searched) {
        if (m.appointments.empty())
            // Translator: no appointment matched.
            html += "<p role=status>" + tr("Kein Termin gefunden.", "No appointment found.") + "</p>";
        else {
            html += "<table><tr><th>" + tr("Buchung", "Booking") + "<th>" + tr("Name", "Name") + "<th>"
                + tr("Geburtsdatum", "Date of birth") + "<th>" + tr("Tag", "Day") + "<th>"
                + tr("Zeit", "Time") + "<th>" + tr("Stand", "State") + "<th></tr>";
            for (const auto &a : m.appointments) {
                const std::string id = "res-" + std::to_string(a.id);
                html += "<tr><td>" + escape(a.bookingRef) + "<td>" + escape(a.givenName + " " + a.familyName)
                    + "<td>" + escape(germanDate(a.birthDate)) + "<td>" + escape(germanDate(a.day)) + "<td>"
                    + clock(a.slotStart) + "–" + clock(a.slotEnd) + "<td>" + statusText(tr, a.status)
                    + "<td>";
                if (a.status == cache::AppointmentStatus::Cancelled) {
                    html += "</tr>";
                    continue;
                }
                html += "<form method=post action=\"" + escape(self) + "/attach\">" + hidden("csrf", m.csrf)
                    + hidden("lang", tr.code()) + hidden("appointment_id", std::to_string(a.id))
                    + field(id, resolutionLabel, {}, "size=24", "resolution") + "<button>"
                    + (a.status == cache::AppointmentStatus::Pending
                            // Translator: confirms a booking attempt and attaches the case to it.
                            ? tr("Bestätigen und zuordnen", "Confirm and attach")
                            // Translator: attaches the case to this appointment.
                            : tr("Zuordnen", "Attach"))
                    + "</button></form></tr>";
            }
            html += "</table>";
        }
    }
    // Translator: heading: admit the person without an appointment.
    html += "<h3>" + tr("Ohne Termin einlassen", "Admit as walk-in") + "</h3>";
    html += "<form method=post action=\"" + escape(self) + "/admit\">" + hidden("csrf", m.csrf)
        + hidden("lang", tr.code()) + field("day", tr("Tag", "Day"), m.today, "type=date")
        + field("walkin-resolution", resolutionLabel, {}, "size=30", "resolution")
        // Translator: admits the person as a walk-in.
        + "<button>" + tr("Einlassen", "Admit") + "</button></form>";
    // Translator: heading: close the case without an appointment (e.g. sent to the GP).
    html += "<h3>" + tr("Fall abschließen", "Close the case") + "</h3>";
    html += "<form method=post action=\"" + escape(self) + "/close\">" + hidden("csrf", m.csrf)
        + hidden("lang", tr.code())
        + field("close-resolution", resolutionLabel, {}, "size=40", "resolution")
        // Translator: closes the case.
        + "<button>" + tr("Abschließen", "Close") + "</button></form>";
    return html + "</main>";
}

std::string renderDeskReport(const DeskReportModel &m)
{
    const Tr tr{m.language};
    const auto &r = m.report;
    // Translator: title of the day's figures page, followed by center and day.
    const std::string title = tr("Tagesbericht", "Day report") + " " + r.centerId + " " + germanDate(r.day);
    std::string html
        = head(tr, title) + topBar(tr, m.csrf, "/helpdesk/report?center=" + r.centerId + "&day=" + r.day);
    html += "<main><form method=get action=\"/helpdesk/report\">" + hidden("lang", tr.code())
        + "<label for=center>" + tr("Impfzentrum", "Vaccination center")
        + "</label> <select id=center name=center>";
    for (const auto &center : m.centers)
        html += "<option" + std::string(center == r.centerId ? " selected" : "") + ">" + escape(center)
            + "</option>";
    html += "</select> "
        + field("day", tr("Tag", "Day"), r.day, "type=date")
        // Translator: shows the figures of the chosen center and day.
        + "<button>" + tr("Anzeigen", "Show") + "</button></form>";
    if (!m.error.empty())
        return html + "<p class=error role=alert>" + escape(m.error) + "</p></main>";
    html += "<h2>" + escape(title) + "</h2><table>";
    auto row = [&](const std::string &label, int64_t value) {
        html += "<tr><th scope=row>" + escape(label) + "<td class=n>" + std::to_string(value) + "</tr>";
    };
    // Translator: the day's figures (health authority report).
    row(tr("Gebucht", "Booked"), r.booked);
    row(tr("Erschienen", "Arrived"), r.arrived);
    row(tr("Nicht erschienen", "No-shows"), r.noShows);
    row(tr("Ohne Termin", "Walk-ins"), r.walkIns);
    row(tr("Vor Ort bestätigt", "Confirmed on site"), r.onSiteConfirmations);
    row(tr("Klärungsfälle geöffnet", "Clearing cases opened"), r.casesOpened);
    row(tr("Klärungsfälle gelöst", "Clearing cases resolved"), r.casesResolved);
    html += "</table><nav><a href=\"/helpdesk/report?format=csv&center=" + escape(r.centerId)
        + "&day=" + escape(r.day)
        + "\">"
        // Translator: downloads the same figures as a CSV file.
        + tr("Als CSV herunterladen", "Download as CSV") + "</a></nav>";
    return html + "</main>";
}

std::string deskReportCsv(const DayReport &r)
{
    return "center_id,day,booked,arrived,no_shows,walk_ins,on_site_confirmations,cases_opened,cases_"
           "resolved\r\n"
        + r.centerId + "," + r.day + "," + std::to_string(r.booked) + "," + std::to_string(r.arrived) + ","
        + std::to_string(r.noShows) + "," + std::to_string(r.walkIns) + ","
        + std::to_string(r.onSiteConfirmations) + "," + std::to_string(r.casesOpened) + ","
        + std::to_string(r.casesResolved) + "\r\n";
}

std::string renderLoginPage(const std::string &message)
{
    const Tr tr{DeskLanguage::German};
    // Translator: the desk's sign-in page title.
    std::string html = head(tr, "Klärungsstelle: Anmeldung") + "<h1>Klärungsstelle</h1>";
    if (!message.empty())
        html += "<p class=error role=alert>" + escape(message) + "</p>";
    return html
        // Translator: the label of the desk credential at sign-in.
        + "<form method=post action=\"/helpdesk/login\"><label for=credential>Zugangsschlüssel</label> "
          "<input id=credential type=password name=credential autocomplete=current-password autofocus> "
          // Translator: signs in.
          "<button>Anmelden</button></form>";
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
