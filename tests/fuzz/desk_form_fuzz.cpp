// libFuzzer target for the clearing desk's form bodies (application/x-www-form-urlencoded): the
// hub's form decoding and UTF-8 gate, the rule for a new case, the searches by ticket, name and
// date of birth, the walk-in day, and the pages that show what was typed. A typed value must never
// add markup to a page: the page with the fuzzed values holds as many '<' as with those values
// stripped of '<'.
#include "offline-cache/clearingcases.h"
#include "offline-cache/namefold.h"
#include "sync/hub/clearingdesk.h"
#include "sync/hub/helpdeskpage.h"
#include "sync/hub/hubimport.h"
#include "sync/hub/hubmessage.h"

#include <algorithm>
#include <cstdlib>
#include <map>

using namespace checkin;
using namespace checkin::sync;

namespace {

constexpr const char *kToday = "2026-12-01";

std::vector<ClearingCase> someCases()
{
    ClearingCase a;
    a.id = "01a232f9-0648-764e-bfa3-1ebd3eba276f";
    a.ticket = "K-XEW1B-Q3PTZ";
    a.givenName = "Jürgen";
    a.familyName = "Müller-Lüdenscheidt";
    a.birthDate = "1949-04-03";
    a.centerId = "SB1";
    a.state = "open";
    ClearingCase b = a;
    b.id = "7f00c0de-0000-4000-8000-000000000001";
    b.ticket = "K-0OIL1-AB2CD";
    b.givenName = "Ольга";
    b.familyName = "Kowalczyk";
    b.birthDate = "1961-02-28";
    b.state = "closed";
    b.resolution = "attached";
    return {a, b};
}

std::vector<cache::Appointment> someAppointments()
{
    cache::Appointment a;
    a.id = 7;
    a.centerId = "SB1";
    a.givenName = "Jürgen";
    a.familyName = "Mueller";
    a.birthDate = "1949-04-03";
    a.day = kToday;
    return {a};
}

std::string withoutTags(const std::string &s)
{
    std::string out = s;
    out.erase(std::remove(out.begin(), out.end(), '<'), out.end());
    return out;
}

size_t tags(const std::string &page)
{
    return static_cast<size_t>(std::count(page.begin(), page.end(), '<'));
}

struct Pages
{
    std::string home;
    std::string caseView;
};

/// The two pages that echo typed values, for `field` (every value through `clean`).
template <typename Clean>
Pages render(const std::map<std::string, std::string> &form, const Clean &clean, const std::string &error)
{
    auto field = [&](const char *name) {
        const auto it = form.find(name);
        return it == form.end() ? std::string() : clean(it->second);
    };
    DeskHomeModel home;
    home.language = deskLanguage(field("lang"));
    home.csrf = "csrf";
    home.query = {field("ticket"), field("name"), field("birth")};
    home.searched = !home.query.empty();
    home.error = clean(error);
    home.centers = {"SB1", field("center")};
    home.draft = {field("center"), field("given"), field("family"), {}, field("contact"), field("account")};
    home.birthTyped = field("birth");
    DeskCaseModel one;
    one.language = home.language;
    one.csrf = "csrf";
    one.clearingCase = someCases().front();
    one.clearingCase.note = field("note");
    one.clearingCase.resolution = field("resolution");
    one.appointmentQuery = {{}, field("aname"), field("abirth")};
    one.searched = true;
    one.error = home.error;
    one.today = kToday;
    return {renderDeskHome(home), renderDeskCase(one)};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HubRequest req;
    req.method = "POST";
    req.body.assign(reinterpret_cast<const char *>(data), size);
    const auto form = req.form();
    // The hub's gate: a form with a field that is not UTF-8 is refused before any handler.
    for (const auto &[k, v] : form)
        if (!isUtf8(k) || !isUtf8(v))
            return 0;
    auto field = [&](const char *name) {
        const auto it = form.find(name);
        return it == form.end() ? std::string() : it->second;
    };

    static cache::NameFolder folder;
    static const auto cases = someCases();
    static const auto appointments = someAppointments();

    std::string iso;
    const auto problem = cache::checkCaseDetails(
        field("given"), field("family"), field("birth"), field("contact"), field("account"), kToday, iso);
    // An accepted date of birth is an ISO date that is not after today.
    if (!problem && (iso.size() != 10 || iso[4] != '-' || iso[7] != '-' || iso > kToday))
        std::abort();

    std::string error;
    const DeskQuery query{field("ticket"), field("name"), field("birth")};
    if (auto found = findCases(cases, query, folder, 2026); !found)
        error = refusalText(found.error(), DeskLanguage::German);
    else if (found->size() > cases.size())
        std::abort();
    const DeskQuery byPerson{{}, field("aname"), field("abirth")};
    if (auto hits = findAppointments(appointments, byPerson, folder, 2026);
        hits && hits->size() > appointments.size())
        std::abort();
    if (const auto day = field("day"); !checkWalkInDay(day, kToday)) {
        // An accepted walk-in day lies from today up to 14 days later.
        if (day < kToday || day > addDays(kToday, 14))
            std::abort();
    }

    const auto fuzzed = render(
        form, [](const std::string &s) { return s; }, error);
    const auto stripped = render(form, withoutTags, error);
    if (tags(fuzzed.home) != tags(stripped.home) || tags(fuzzed.caseView) != tags(stripped.caseView))
        std::abort();
    return 0;
}
