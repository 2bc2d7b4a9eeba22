// HubServer: the help desk's pages: sign-in, the cases, a case for a caller, the day's report.
#include "offline-cache/clearingcases.h"
#include "sync/hub/hubserverimpl.h"

#include <algorithm>
#include <ctime>
#include <sodium.h>

namespace checkin::sync {

namespace {

/// [start, end) of a local day (the process time zone) in Unix ms; a day with a clock change is
/// 23 or 25 hours long.
std::pair<int64_t, int64_t> localDayMs(const std::string &day)
{
    auto at = [](const std::string &d) {
        std::tm tm{};
        tm.tm_year = std::atoi(d.substr(0, 4).c_str()) - 1900;
        tm.tm_mon = std::atoi(d.substr(5, 2).c_str()) - 1;
        tm.tm_mday = std::atoi(d.substr(8, 2).c_str());
        tm.tm_isdst = -1;
        return static_cast<int64_t>(std::mktime(&tm)) * 1000;
    };
    return {at(day), at(addDays(day, 1))};
}

int localMinute(int64_t unixMs)
{
    const std::time_t t = static_cast<std::time_t>(unixMs / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    return tm.tm_hour * 60 + tm.tm_min;
}

} // namespace

Answer HubServer::Impl::deskRoute(const std::string &path, const HubRequest &req, const json &body,
    const std::optional<DeskSession> &session, HubResponse &res)
{
    if (path == "/helpdesk/login")
        return login(req, res);
    if (!session) // deskAccess() gave every other desk route a session or refused it
        return fail(res, 403, "no_session", "sign in at /helpdesk/login");
    if (path == "/helpdesk/logout") {
        desk->revoke(*session);
        res.status = 303;
        res.setHeader("Location", "/helpdesk/login");
        res.setHeader("Set-Cookie", DeskSessions::cookieHeader("", req.tls, 0));
        setPageHeaders(res);
        return Answer::Now;
    }
    if (path == "/helpdesk") {
        deskHome(req, res, *session);
        return Answer::Now;
    }
    if (path == "/helpdesk/cases/{id}") {
        deskCase(req, res, *session, req.matches[1], {}, 200);
        return Answer::Now;
    }
    if (path == "/helpdesk/cases") {
        deskOpenCase(req, res, *session, body);
        return Answer::Now;
    }
    if (path == "/helpdesk/report") {
        deskReport(req, res, *session);
        return Answer::Now;
    }
    if (path == "/helpdesk/cases/{id}/{action}") {
        const std::string &id = req.matches[1];
        const std::string &action = req.matches[2];
        const auto language = deskLanguage(body.value("lang", std::string()));
        std::string storeError;
        const auto refusal = action == "attach" || action == "admit" || action == "close"
            ? clearingAction(id, action, body, session->actor(), storeError)
            : std::optional<DeskRefusal>(DeskRefusal::NoSuchCase);
        if (!storeError.empty()) {
            //: the hub's database refused the change; nothing was changed.
            deskCase(req, res, *session, id,
                deskText(
                    language, QT_TRANSLATE_NOOP("Desk", "The change could not be saved. Please try again.")),
                500);
            return Answer::Now;
        }
        if (refusal) {
            deskCase(req, res, *session, id, refusalText(*refusal, language), refusalStatus(*refusal));
            return Answer::Now;
        }
        res.status = 303;
        res.body.clear();
        res.setHeader("Location",
            "/helpdesk/cases/" + id + "?lang=" + (language == DeskLanguage::English ? "en" : "de"));
        deskPage(res, req, *session);
        return Answer::Now;
    }
    return fail(res, 404, "not_found", "no such route");
}

Answer HubServer::Impl::login(const HubRequest &req, HubResponse &res)
{
    setPageHeaders(res);
    if (req.method == "GET") {
        if (deskSessionOf(*desk, req, now())) {
            res.status = 303;
            res.setHeader("Location", "/helpdesk");
            return Answer::Now;
        }
        res.body = renderLoginPage({}, {});
        return Answer::Now;
    }
    if (!sameOrigin(req)) {
        res.status = 403;
        //: the desk's sign-in was posted from another site's page.
        res.body = renderLoginPage(deskText(DeskLanguage::German,
            QT_TRANSLATE_NOOP("Desk", "This form must be sent from the hub's own page.")));
        return Answer::Now;
    }
    if (const auto waitMs = throttle.blockedForMs(req.peer, now()); waitMs > 0) {
        res.status = 429;
        res.setHeader("Retry-After", std::to_string((waitMs + 999) / 1000));
        //: too many wrong credentials from this computer; it must wait a minute.
        res.body = renderLoginPage(deskText(
            DeskLanguage::German, QT_TRANSLATE_NOOP("Desk", "Too many wrong tries. Please wait a minute.")));
        return Answer::Now;
    }
    const auto form = req.form();
    const auto field = [&form](const char *name) { return form.count(name) ? form.at(name) : std::string(); };
    const std::string user = field("user");
    const auto signedIn = deskSignIn(user, field("credential"));
    if (!signedIn) {
        throttle.failed(req.peer, now());
        res.status = 401;
        //: the desk user name or the access key typed at sign-in is wrong.
        res.body = renderLoginPage(
            deskText(DeskLanguage::German, QT_TRANSLATE_NOOP("Desk", "Wrong user name or access key.")),
            validDeskUserName(user) ? user : std::string());
        return Answer::Now;
    }
    res.status = 303;
    res.setHeader("Location", "/helpdesk");
    res.setHeader("Set-Cookie",
        DeskSessions::cookieHeader(desk->issue(now(), *signedIn), req.tls, DeskSessions::kIdleMs / 1000));
    return Answer::Now;
}

std::optional<std::string> HubServer::Impl::deskSignIn(const std::string &user, const std::string &key)
{
    std::lock_guard lock(authMutex);
    if (!authStore || !desk->enabled())
        return std::nullopt;
    if (user.empty()) {
        // People with their own keys are named in every case history; once there is one, the
        // shared credential opens the admin API only.
        auto users = authStore->deskUsers();
        if (!users || std::any_of(users->begin(), users->end(), [](const auto &u) { return u.second; }))
            return std::nullopt;
        return desk->checkCredential(key) ? std::optional<std::string>(std::string()) : std::nullopt;
    }
    const auto hash = hashToken(key); // computed for every name, so a wrong name takes as long
    if (!validDeskUserName(user))
        return std::nullopt;
    auto stored = authStore->deskUserKeyHash(user);
    if (!stored)
        return std::nullopt;
    const std::optional<std::string> &expected = *stored;
    if (!expected || expected->size() != hash.size()
        || sodium_memcmp(expected->data(), hash.data(), hash.size()) != 0)
        return std::nullopt;
    return user;
}

std::string HubServer::Impl::today() const
{
    const std::time_t t = static_cast<std::time_t>(now() / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

void HubServer::Impl::deskHome(const HubRequest &req, HubResponse &res, const DeskSession &session)
{
    DeskHomeModel model;
    model.language = deskLanguage(req.param("lang"));
    model.csrf = desk->csrfToken(session);
    model.user = session.user;
    model.query = {req.param("ticket"), req.param("name"), req.param("birth")};
    model.searched = req.hasParam("ticket") || req.hasParam("name") || req.hasParam("birth");
    std::lock_guard lock(storeMutex);
    if (auto centers = store->centers())
        model.centers = std::move(*centers);
    auto conflicts = store->conflicts();
    auto cases = store->cases(!model.searched);
    if (!conflicts || !cases) {
        res.status = 500;
        //: the hub's database could not be read; the page says so instead of a list.
        model.error = deskText(model.language,
            QT_TRANSLATE_NOOP("Desk", "The cases cannot be read just now. Please try again later."));
    } else {
        model.conflicts = std::move(*conflicts);
        if (model.searched) {
            auto found = findCases(*cases, model.query, folder, std::stoi(today().substr(0, 4)));
            if (found)
                model.cases = std::move(*found);
            else {
                res.status = 400;
                model.error = refusalText(found.error(), model.language);
            }
        } else {
            model.cases = std::move(*cases);
        }
    }
    res.body = renderDeskHome(model);
    deskPage(res, req, session);
}

void HubServer::Impl::deskCase(const HubRequest &req, HubResponse &res, const DeskSession &session,
    const std::string &id, const std::string &message, int status)
{
    DeskCaseModel model;
    const json form = [&] {
        json f = json::object();
        if (req.method == "POST")
            for (const auto &[k, v] : req.form())
                f[k] = v;
        return f;
    }();
    model.language
        = deskLanguage(req.method == "POST" ? form.value("lang", std::string()) : req.param("lang"));
    model.csrf = desk->csrfToken(session);
    model.user = session.user;
    model.error = message;
    model.today = today();
    res.status = status;
    std::lock_guard lock(storeMutex);
    auto found = store->findCase(id);
    std::optional<ClearingCase> theCase = found ? std::move(*found) : std::nullopt;
    if (!theCase) {
        DeskHomeModel home;
        home.language = model.language;
        home.csrf = model.csrf;
        res.status = found ? 404 : 500;
        home.error = refusalText(DeskRefusal::NoSuchCase, model.language);
        res.body = renderDeskHome(home);
        deskPage(res, req, session);
        return;
    }
    model.clearingCase = std::move(*theCase);
    if (auto history = store->caseHistory(id))
        model.history = std::move(*history);
    if (const auto appointmentId = model.clearingCase.appointmentId)
        if (auto attached = store->appointment(*appointmentId))
            model.attached = std::move(*attached);
    if (req.hasParam("aname") || req.hasParam("abirth")) {
        model.searched = true;
        model.appointmentQuery = {{}, req.param("aname"), req.param("abirth")};
        auto all = store->appointmentsOf(
            model.clearingCase.centerId, addDays(model.today, -7), addDays(model.today, 60));
        if (all) {
            auto hits
                = findAppointments(*all, model.appointmentQuery, folder, std::stoi(model.today.substr(0, 4)));
            if (hits)
                model.appointments = std::move(*hits);
            else if (model.error.empty())
                model.error = refusalText(hits.error(), model.language);
        }
    }
    res.body = renderDeskCase(model);
    deskPage(res, req, session);
}

void HubServer::Impl::deskOpenCase(
    const HubRequest &req, HubResponse &res, const DeskSession &session, const json &form)
{
    auto text = [&](const char *key) {
        return form.is_object() && form.contains(key) && form[key].is_string() ? form[key].get<std::string>()
                                                                               : std::string();
    };
    DeskHomeModel model;
    model.language = deskLanguage(text("lang"));
    model.csrf = desk->csrfToken(session);
    model.user = session.user;
    model.draft = {text("center"), text("given"), text("family"), {}, text("contact"), text("account")};
    model.birthTyped = text("birth");
    std::string iso;
    const auto problem = cache::checkCaseDetails(model.draft.givenName, model.draft.familyName,
        model.birthTyped, model.draft.contact, model.draft.account, today(), iso);
    std::unique_lock lock(storeMutex);
    auto centers = store->centers();
    if (centers)
        model.centers = *centers;
    std::optional<DeskRefusal> refusal;
    if (problem)
        refusal = *problem == cache::CaseDetailsProblem::FamilyNameMissing ? DeskRefusal::FamilyNameMissing
            : *problem == cache::CaseDetailsProblem::TooLong               ? DeskRefusal::TooLong
                                                                           : DeskRefusal::BadBirthDate;
    else if (!centers || std::find(centers->begin(), centers->end(), model.draft.centerId) == centers->end())
        refusal = DeskRefusal::NoSuchCenter;
    if (refusal) {
        res.status = 400;
        model.error = refusalText(*refusal, model.language);
        res.body = renderDeskHome(model);
        deskPage(res, req, session);
        return;
    }
    model.draft.birthDate = iso;
    auto opened = store->openDeskCase(model.draft, now(), session.actor());
    if (!opened) {
        res.status = 500;
        model.error = refusalText(DeskRefusal::StoreFailed, model.language);
        res.body = renderDeskHome(model);
        deskPage(res, req, session);
        return;
    }
    lock.unlock();
    res.status = 303;
    res.setHeader("Location",
        "/helpdesk/cases/" + *opened + "?lang=" + (model.language == DeskLanguage::English ? "en" : "de"));
    deskPage(res, req, session);
}

void HubServer::Impl::deskReport(const HubRequest &req, HubResponse &res, const DeskSession &session)
{
    DeskReportModel model;
    model.language = deskLanguage(req.param("lang"));
    model.csrf = desk->csrfToken(session);
    model.user = session.user;
    const std::string todayNow = today();
    std::string day = req.hasParam("day") && !req.param("day").empty() ? req.param("day") : todayNow;
    std::lock_guard lock(storeMutex);
    auto centers = store->centers();
    if (centers)
        model.centers = *centers;
    std::string center = req.param("center");
    if (center.empty() && !model.centers.empty())
        center = model.centers.front();
    model.report.centerId = center;
    model.report.day = day;
    std::optional<DeskRefusal> refusal;
    if (checkWalkInDay(day, day))
        refusal = DeskRefusal::BadDay;
    else if (std::find(model.centers.begin(), model.centers.end(), center) == model.centers.end())
        refusal = DeskRefusal::NoSuchCenter;
    if (!refusal) {
        const auto [startMs, endMs] = localDayMs(day);
        const int nowMinute = day < todayNow ? -1 : day == todayNow ? localMinute(now()) : 0;
        auto report = store->dayReport(center, day, startMs, endMs, nowMinute);
        if (report)
            model.report = *report;
        else
            refusal = DeskRefusal::StoreFailed;
    }
    if (refusal) {
        res.status = refusalStatus(*refusal);
        model.error = refusalText(*refusal, model.language);
    } else if (req.param("format") == "csv") {
        res.status = 200;
        res.body = deskReportCsv(model.report);
        deskPage(res, req, session);
        res.contentType = "text/csv; charset=utf-8";
        res.setHeader("Content-Disposition",
            "attachment; filename=\"tagesbericht-" + model.report.centerId + "-" + model.report.day
                + ".csv\"");
        return;
    }
    res.body = renderDeskReport(model);
    deskPage(res, req, session);
}

} // namespace checkin::sync
