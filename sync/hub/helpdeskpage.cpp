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
struct PageTexts
{
    DeskLanguage language;
    std::string operator()(const char *english) const { return deskText(language, english); }
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
    char buf[16];
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

std::string head(const PageTexts &texts, const std::string &title)
{
    return "<!doctype html><html lang=" + texts.code() + "><meta charset=utf-8><title>" + escape(title)
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

std::string topBar(
    const PageTexts &texts, const std::string &csrf, const std::string &here, const std::string &user)
{
    //: the desk's name in the page header.
    std::string html = "<header><h1>" + texts(QT_TRANSLATE_NOOP("Desk", "Clearing desk")) + "</h1>";
    const std::string other = texts.code() == "de" ? "en" : "de";
    const std::string sep = here.find('?') == std::string::npos ? "?" : "&";
    //: switches the page to the other language (shown in that language).
    html += "<a href=\"" + escape(here + sep + "lang=" + other) + "\" lang=" + other + ">"
        + texts(QT_TRANSLATE_NOOP("Desk", "Deutsch")) + "</a> · <a href=\"/helpdesk?lang=" + texts.code()
        + "\">"
        //: link back to the search page.
        + texts(QT_TRANSLATE_NOOP("Desk", "Search"))
        + "</a> · <a href=\"/helpdesk/report?lang=" + texts.code()
        + "\">"
        //: link to the day's figures.
        + texts(QT_TRANSLATE_NOOP("Desk", "Day report")) + "</a> ";
    if (!user.empty())
        //: in the page header: who is signed in (a desk user's name follows).
        html += texts(QT_TRANSLATE_NOOP("Desk", "Signed in:")) + " <strong>" + escape(user) + "</strong> ";
    html += "<form class=inline method=post action=\"/helpdesk/logout\">"
        + hidden("csrf", csrf)
        //: ends the desk session.
        + "<button>" + texts(QT_TRANSLATE_NOOP("Desk", "Sign out")) + "</button></form></header>";
    return html;
}

/// Who did a step of a case's history: the desk (and which desk user), a kiosk's operator, or a
/// kiosk where nobody was signed in.
std::string actorText(const PageTexts &texts, const std::string &actor)
{
    //: a step of a case's history done at the desk (a desk user's name may follow in brackets).
    std::string desk = texts(QT_TRANSLATE_NOOP("Desk", "clearing desk"));
    if (actor == "desk")
        return desk;
    if (actor.starts_with("desk:"))
        return desk + " (" + actor.substr(5) + ")";
    //: a step of a case's history done at a kiosk (named in the next column) where no staff member
    //: was signed in: a self-service kiosk, or an entrance kiosk without staff sign-in.
    const std::string noOperator = texts(QT_TRANSLATE_NOOP("Desk", "kiosk, no staff sign-in"));
    return actor.empty() ? noOperator : actor;
}

std::string stateText(const PageTexts &texts, const ClearingCase &c)
{
    if (c.state == "open")
        //: a case nobody resolved yet.
        return texts(QT_TRANSLATE_NOOP("Desk", "open"));
    //: a resolved case.
    return texts(QT_TRANSLATE_NOOP("Desk", "resolved"));
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
    const PageTexts texts{m.language};
    std::string html = head(texts, texts(QT_TRANSLATE_NOOP("Desk", "Clearing desk")))
        + topBar(texts, m.csrf, "/helpdesk", m.user);
    //: heading of the search form.
    html += "<main><h2>" + texts(QT_TRANSLATE_NOOP("Desk", "Find a case")) + "</h2>";
    html += "<form method=get action=\"/helpdesk\" role=search>" + hidden("lang", texts.code());
    //: label of the ticket number field.
    html += field("ticket", texts(QT_TRANSLATE_NOOP("Desk", "Ticket number")), m.query.ticket,
        "autofocus autocomplete=off spellcheck=false placeholder=\"K-7F3QM-9ZC2X\"");
    //: label of the name field (given and family name, any order).
    html += field("name", texts(QT_TRANSLATE_NOOP("Desk", "Name")), m.query.name, "autocomplete=off");
    //: label of the date of birth field.
    html += field("birth", texts(QT_TRANSLATE_NOOP("Desk", "Date of birth")), m.query.birthDate,
        "autocomplete=off placeholder=\"29.11.1950\"");
    //: runs the search.
    html += "<button>" + texts(QT_TRANSLATE_NOOP("Desk", "Find")) + "</button></form>";
    if (!m.error.empty())
        html += "<p class=error role=alert>" + escape(m.error) + "</p>";
    if (m.searched)
        //: heading of the search results, with their number.
        html += "<h2>" + texts(QT_TRANSLATE_NOOP("Desk", "Results")) + " (" + std::to_string(m.cases.size())
            + ")</h2>";
    else
        //: heading of the list of open cases, with their number.
        html += "<h2>" + texts(QT_TRANSLATE_NOOP("Desk", "Open cases")) + " ("
            + std::to_string(m.cases.size()) + ")</h2>";
    if (m.searched && m.cases.empty() && m.error.empty())
        //: the search found no case.
        html += "<p role=status>"
            + texts(QT_TRANSLATE_NOOP(
                "Desk", "No case found. Try another spelling or search by date of birth only."))
            + "</p>";
    if (!m.cases.empty()) {
        html += "<table><tr><th>" + texts(QT_TRANSLATE_NOOP("Desk", "Ticket")) + "<th>"
            + texts(QT_TRANSLATE_NOOP("Desk", "Name")) + "<th>"
            + texts(QT_TRANSLATE_NOOP("Desk", "Date of birth")) + "<th>"
            + texts(QT_TRANSLATE_NOOP("Desk", "Opened")) + "<th>" + texts(QT_TRANSLATE_NOOP("Desk", "Center"))
            + "<th>" + texts(QT_TRANSLATE_NOOP("Desk", "State")) + "<th></tr>";
        for (const auto &c : m.cases) {
            html += "<tr><td class=ticket>" + escape(c.ticket) + "<td>"
                + escape(c.givenName + " " + c.familyName) + "<td>" + escape(germanDate(c.birthDate)) + "<td>"
                + deskTime(c.createdAtMs) + "<td>" + escape(c.centerId) + "<td>" + stateText(texts, c)
                + "<td><a href=\"/helpdesk/cases/" + escape(c.id) + "?lang=" + texts.code()
                + "\">"
                //: opens one case.
                + texts(QT_TRANSLATE_NOOP("Desk", "Open")) + "</a></tr>";
        }
        html += "</table>";
    }
    //: heading of the list of kiosks admitting one appointment twice.
    html += "<h2>" + texts(QT_TRANSLATE_NOOP("Desk", "Conflicts")) + " (" + std::to_string(m.conflicts.size())
        + ")</h2>";
    if (!m.conflicts.empty()) {
        html += "<table><tr><th>" + texts(QT_TRANSLATE_NOOP("Desk", "Appointment")) + "<th>"
            + texts(QT_TRANSLATE_NOOP("Desk", "Kiosk")) + "<th>" + texts(QT_TRANSLATE_NOOP("Desk", "Scanned"))
            + "<th>" + texts(QT_TRANSLATE_NOOP("Desk", "First admitted")) + "<th>"
            + texts(QT_TRANSLATE_NOOP("Desk", "First kiosk")) + "</tr>";
        for (const auto &c : m.conflicts)
            html += "<tr><td>" + std::to_string(c.appointmentId) + "<td>" + escape(c.kioskId) + "<td>"
                + deskTime(c.scannedAtMs) + "<td>" + deskTime(c.firstScannedAtMs) + "<td>"
                + escape(c.firstKioskId) + "</tr>";
        html += "</table>";
    }
    //: heading of the form that opens a case for a person on the phone.
    html += "<h2>" + texts(QT_TRANSLATE_NOOP("Desk", "Open a case for a caller")) + "</h2>";
    html += "<form method=post action=\"/helpdesk/cases\">" + hidden("csrf", m.csrf)
        + hidden("lang", texts.code());
    //: label of the vaccination center a new case belongs to.
    html += "<label for=center>" + texts(QT_TRANSLATE_NOOP("Desk", "Vaccination center"))
        + "</label> <select id=center name=center>";
    for (const auto &center : m.centers)
        html += "<option" + std::string(center == m.draft.centerId ? " selected" : "") + ">" + escape(center)
            + "</option>";
    html += "</select> ";
    //: label of the given name of a new case.
    html += field("new-given", texts(QT_TRANSLATE_NOOP("Desk", "Given name")), m.draft.givenName,
        "autocomplete=off", "given");
    //: label of the family name of a new case.
    html += field("new-family", texts(QT_TRANSLATE_NOOP("Desk", "Family name")), m.draft.familyName,
        "autocomplete=off", "family");
    html += field("new-birth", texts(QT_TRANSLATE_NOOP("Desk", "Date of birth")), m.birthTyped,
        "autocomplete=off placeholder=\"29.11.1950\"", "birth");
    //: label of the contact a caller chooses to give (optional).
    html += field("new-contact", texts(QT_TRANSLATE_NOOP("Desk", "Contact (optional)")), m.draft.contact,
        "autocomplete=off", "contact");
    //: label of what the caller says happened.
    html += field("new-account", texts(QT_TRANSLATE_NOOP("Desk", "What happened?")), m.draft.account,
        "autocomplete=off size=40", "account");
    //: opens the case and shows its ticket.
    html += "<button>" + texts(QT_TRANSLATE_NOOP("Desk", "Open case")) + "</button></form>";
    return html + "</main>";
}

namespace {

std::string actionText(const PageTexts &texts, const std::string &action)
{
    //: lines of a case's history.
    if (action == "opened")
        return texts(QT_TRANSLATE_NOOP("Desk", "Case opened"));
    if (action == "attached")
        return texts(QT_TRANSLATE_NOOP("Desk", "Appointment attached"));
    if (action == "confirmed")
        return texts(QT_TRANSLATE_NOOP("Desk", "Booking confirmed and attached"));
    if (action == "walk-in")
        return texts(QT_TRANSLATE_NOOP("Desk", "Walk-in admitted for"));
    if (action == "closed")
        return texts(QT_TRANSLATE_NOOP("Desk", "Closed"));
    if (action == "checked-in")
        return texts(QT_TRANSLATE_NOOP("Desk", "Checked in at the entrance"));
    if (action == "note")
        return texts(QT_TRANSLATE_NOOP("Desk", "Resolution"));
    return action;
}

std::string statusText(const PageTexts &texts, cache::AppointmentStatus status)
{
    switch (status) {
    case cache::AppointmentStatus::Pending:
        //: a booking attempt that was never confirmed.
        return texts(QT_TRANSLATE_NOOP("Desk", "never confirmed"));
    case cache::AppointmentStatus::Cancelled:
        return texts(QT_TRANSLATE_NOOP("Desk", "cancelled"));
    case cache::AppointmentStatus::Confirmed:
        break;
    }
    return texts(QT_TRANSLATE_NOOP("Desk", "confirmed"));
}

} // namespace

std::string renderDeskCase(const DeskCaseModel &m)
{
    const PageTexts texts{m.language};
    const auto &c = m.clearingCase;
    const std::string self = "/helpdesk/cases/" + c.id;
    //: title of one case's page, followed by its ticket number.
    std::string html = head(texts, texts(QT_TRANSLATE_NOOP("Desk", "Case ")) + c.ticket)
        + topBar(texts, m.csrf, self, m.user);
    html += "<main><h2>" + texts(QT_TRANSLATE_NOOP("Desk", "Case ")) + "<span class=ticket>"
        + escape(c.ticket) + "</span></h2>";
    if (!m.error.empty())
        html += "<p class=error role=alert>" + escape(m.error) + "</p>";
    html += "<table>";
    auto row = [&](const std::string &label, const std::string &value) {
        html += "<tr><th scope=row>" + escape(label) + "<td>" + escape(value) + "</tr>";
    };
    row(texts(QT_TRANSLATE_NOOP("Desk", "Name")), c.givenName + " " + c.familyName);
    row(texts(QT_TRANSLATE_NOOP("Desk", "Date of birth")), germanDate(c.birthDate));
    //: the person's own details as given at the kiosk (name, date of birth, contact).
    row(texts(QT_TRANSLATE_NOOP("Desk", "Details given")), c.person);
    //: what the person says happened.
    row(texts(QT_TRANSLATE_NOOP("Desk", "What happened")), c.note);
    //: where a case was opened when it was not at a kiosk.
    row(texts(QT_TRANSLATE_NOOP("Desk", "Opened")),
        deskTime(c.createdAtMs) + " · "
            + (c.kioskId.empty() ? texts(QT_TRANSLATE_NOOP("Desk", "clearing desk")) : c.kioskId));
    row(texts(QT_TRANSLATE_NOOP("Desk", "Center")), c.centerId);
    row(texts(QT_TRANSLATE_NOOP("Desk", "State")), stateText(texts, c));
    if (c.state != "open") {
        //: the text the desk wrote when resolving.
        row(texts(QT_TRANSLATE_NOOP("Desk", "Resolution")), c.resolution);
        if (m.attached)
            //: the appointment the case was attached to.
            row(texts(QT_TRANSLATE_NOOP("Desk", "Appointment")),
                m.attached->bookingRef + " · " + germanDate(m.attached->day) + " "
                    + clock(m.attached->slotStart) + "–" + clock(m.attached->slotEnd));
        if (!c.day.empty())
            //: the day the person may come without an appointment.
            row(texts(QT_TRANSLATE_NOOP("Desk", "Walk-in on")), germanDate(c.day));
    }
    html += "</table>";
    //: heading of a case's history: who did what, when, from which kiosk.
    html += "<h3>" + texts(QT_TRANSLATE_NOOP("Desk", "History")) + "</h3><table><tr><th>"
        + texts(QT_TRANSLATE_NOOP("Desk", "Time")) + "<th>" + texts(QT_TRANSLATE_NOOP("Desk", "Who")) + "<th>"
        + texts(QT_TRANSLATE_NOOP("Desk", "Kiosk")) + "<th>" + texts(QT_TRANSLATE_NOOP("Desk", "What"))
        + "<th>" + texts(QT_TRANSLATE_NOOP("Desk", "Details")) + "</tr>";
    for (const auto &e : m.history)
        html += "<tr><td>" + deskTime(e.atMs) + "<td>" + escape(actorText(texts, e.actor)) + "<td>"
            + escape(e.kioskId) + "<td>" + escape(actionText(texts, e.action)) + "<td>"
            + escape(e.action == "walk-in" ? germanDate(e.detail) : e.detail) + "</tr>";
    html += "</table>";
    if (c.state != "open")
        return html + "</main>";

    //: the text field every resolution needs.
    const std::string resolutionLabel = texts(QT_TRANSLATE_NOOP("Desk", "Resolution (required)"));
    //: heading: find the person's appointment to attach the case to.
    html += "<h3>" + texts(QT_TRANSLATE_NOOP("Desk", "Find and attach an appointment")) + "</h3>";
    html += "<form method=get action=\"" + escape(self) + "\">" + hidden("lang", texts.code());
    html += field("aname", texts(QT_TRANSLATE_NOOP("Desk", "Name")),
        m.appointmentQuery.name.empty() && !m.searched ? c.givenName + " " + c.familyName
                                                       : m.appointmentQuery.name);
    html += field("abirth", texts(QT_TRANSLATE_NOOP("Desk", "Date of birth")),
        m.appointmentQuery.birthDate.empty() && !m.searched ? germanDate(c.birthDate)
                                                            : m.appointmentQuery.birthDate);
    //: searches the center's appointments.
    html += "<button>" + texts(QT_TRANSLATE_NOOP("Desk", "Search appointments")) + "</button></form>";
    if (m.searched) {
        if (m.appointments.empty())
            //: no appointment matched.
            html += "<p role=status>" + texts(QT_TRANSLATE_NOOP("Desk", "No appointment found.")) + "</p>";
        else {
            html += "<table><tr><th>" + texts(QT_TRANSLATE_NOOP("Desk", "Booking")) + "<th>"
                + texts(QT_TRANSLATE_NOOP("Desk", "Name")) + "<th>"
                + texts(QT_TRANSLATE_NOOP("Desk", "Date of birth")) + "<th>"
                + texts(QT_TRANSLATE_NOOP("Desk", "Day")) + "<th>" + texts(QT_TRANSLATE_NOOP("Desk", "Time"))
                + "<th>" + texts(QT_TRANSLATE_NOOP("Desk", "State")) + "<th></tr>";
            for (const auto &a : m.appointments) {
                const std::string id = "res-" + std::to_string(a.id);
                html += "<tr><td>" + escape(a.bookingRef) + "<td>" + escape(a.givenName + " " + a.familyName)
                    + "<td>" + escape(germanDate(a.birthDate)) + "<td>" + escape(germanDate(a.day)) + "<td>"
                    + clock(a.slotStart) + "–" + clock(a.slotEnd) + "<td>" + statusText(texts, a.status)
                    + "<td>";
                if (a.status == cache::AppointmentStatus::Cancelled) {
                    html += "</tr>";
                    continue;
                }
                html += "<form method=post action=\"" + escape(self) + "/attach\">" + hidden("csrf", m.csrf)
                    + hidden("lang", texts.code()) + hidden("appointment_id", std::to_string(a.id))
                    + field(id, resolutionLabel, {}, "size=24", "resolution") + "<button>"
                    + (a.status == cache::AppointmentStatus::Pending
                            //: confirms a booking attempt and attaches the case to it.
                            ? texts(QT_TRANSLATE_NOOP("Desk", "Confirm and attach"))
                            //: attaches the case to this appointment.
                            : texts(QT_TRANSLATE_NOOP("Desk", "Attach")))
                    + "</button></form></tr>";
            }
            html += "</table>";
        }
    }
    //: heading: admit the person without an appointment.
    html += "<h3>" + texts(QT_TRANSLATE_NOOP("Desk", "Admit as walk-in")) + "</h3>";
    html += "<form method=post action=\"" + escape(self) + "/admit\">" + hidden("csrf", m.csrf)
        + hidden("lang", texts.code())
        + field("day", texts(QT_TRANSLATE_NOOP("Desk", "Day")), m.today, "type=date")
        + field("walkin-resolution", resolutionLabel, {}, "size=30", "resolution")
        //: admits the person as a walk-in.
        + "<button>" + texts(QT_TRANSLATE_NOOP("Desk", "Admit")) + "</button></form>";
    //: heading: close the case without an appointment (e.g. sent to the GP).
    html += "<h3>" + texts(QT_TRANSLATE_NOOP("Desk", "Close the case")) + "</h3>";
    html += "<form method=post action=\"" + escape(self) + "/close\">" + hidden("csrf", m.csrf)
        + hidden("lang", texts.code())
        + field("close-resolution", resolutionLabel, {}, "size=40", "resolution")
        //: closes the case.
        + "<button>" + texts(QT_TRANSLATE_NOOP("Desk", "Close")) + "</button></form>";
    return html + "</main>";
}

std::string renderDeskReport(const DeskReportModel &m)
{
    const PageTexts texts{m.language};
    const auto &r = m.report;
    //: title of the day's figures page, followed by center and day.
    const std::string title
        = texts(QT_TRANSLATE_NOOP("Desk", "Day report")) + " " + r.centerId + " " + germanDate(r.day);
    std::string html = head(texts, title)
        + topBar(texts, m.csrf, "/helpdesk/report?center=" + r.centerId + "&day=" + r.day, m.user);
    html += "<main><form method=get action=\"/helpdesk/report\">" + hidden("lang", texts.code())
        + "<label for=center>" + texts(QT_TRANSLATE_NOOP("Desk", "Vaccination center"))
        + "</label> <select id=center name=center>";
    for (const auto &center : m.centers)
        html += "<option" + std::string(center == r.centerId ? " selected" : "") + ">" + escape(center)
            + "</option>";
    html += "</select> "
        + field("day", texts(QT_TRANSLATE_NOOP("Desk", "Day")), r.day, "type=date")
        //: shows the figures of the chosen center and day.
        + "<button>" + texts(QT_TRANSLATE_NOOP("Desk", "Show")) + "</button></form>";
    if (!m.error.empty())
        return html + "<p class=error role=alert>" + escape(m.error) + "</p></main>";
    html += "<h2>" + escape(title) + "</h2><table>";
    auto row = [&](const std::string &label, int64_t value) {
        html += "<tr><th scope=row>" + escape(label) + "<td class=n>" + std::to_string(value) + "</tr>";
    };
    //: the day's figures (health authority report).
    row(texts(QT_TRANSLATE_NOOP("Desk", "Booked")), r.booked);
    row(texts(QT_TRANSLATE_NOOP("Desk", "Arrived")), r.arrived);
    row(texts(QT_TRANSLATE_NOOP("Desk", "No-shows")), r.noShows);
    row(texts(QT_TRANSLATE_NOOP("Desk", "Walk-ins")), r.walkIns);
    row(texts(QT_TRANSLATE_NOOP("Desk", "Confirmed on site")), r.onSiteConfirmations);
    row(texts(QT_TRANSLATE_NOOP("Desk", "Clearing cases opened")), r.casesOpened);
    row(texts(QT_TRANSLATE_NOOP("Desk", "Clearing cases resolved")), r.casesResolved);
    html += "</table><nav><a href=\"/helpdesk/report?format=csv&center=" + escape(r.centerId)
        + "&day=" + escape(r.day)
        + "\">"
        //: downloads the same figures as a CSV file.
        + texts(QT_TRANSLATE_NOOP("Desk", "Download as CSV")) + "</a></nav>";
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

std::string renderLoginPage(const std::string &message, const std::string &user)
{
    const PageTexts texts{DeskLanguage::German};
    //: the desk's sign-in page title.
    std::string html = head(texts, texts(QT_TRANSLATE_NOOP("Desk", "Clearing desk: sign in")))
        + "<h1>"
        //: the desk's name in the page header.
        + texts(QT_TRANSLATE_NOOP("Desk", "Clearing desk")) + "</h1>";
    if (!message.empty())
        html += "<p class=error role=alert>" + escape(message) + "</p>";
    //: the label of the desk user's name at sign-in.
    const std::string userLabel = texts(QT_TRANSLATE_NOOP("Desk", "User name"));
    //: under the user name at sign-in: who may leave it empty.
    const std::string userHint
        = texts(QT_TRANSLATE_NOOP("Desk", "Empty only on a hub without desk users (the shared access key)."));
    //: the label of the desk credential at sign-in.
    const std::string keyLabel = texts(QT_TRANSLATE_NOOP("Desk", "Access key"));
    return html + "<form method=post action=\"/helpdesk/login\"><p><label for=user>" + userLabel
        + "</label> <input id=user name=user value=\"" + escape(user)
        + "\" autocomplete=username autocapitalize=none spellcheck=false" + (user.empty() ? " autofocus" : "")
        + " aria-describedby=user-hint> <small id=user-hint>" + userHint
        + "</small></p><p><label for=credential>" + keyLabel
        + "</label> <input id=credential type=password name=credential autocomplete=current-password"
        + (user.empty() ? "" : " autofocus")
        + "></p> "
        //: signs in.
        + "<button>" + texts(QT_TRANSLATE_NOOP("Desk", "Sign in")) + "</button></form>";
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
