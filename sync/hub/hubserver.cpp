// HubServer over HttpFront: routing, authentication, the store's connections and the hub's life cycle.
#include "sync/hub/boundedjson.h"
#include "sync/hub/hubimport.h"
#include "sync/hub/hubrequests.h"
#include "sync/hub/hubserverimpl.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <iostream>
#include <pthread.h>
#include <sodium.h>

namespace checkin::sync {

namespace {

constexpr size_t kKiB = 1024;

constexpr size_t kMiB = 1024 * kKiB;

// The single list of routes: the router, the head check and the protocol test all read it.
constexpr RouteSpec kRoutes[] = {
    {"GET", "/v1/health", Who::Anyone, 0},
    {"GET", "/v1/centers/{center}/appointments", Who::Kiosk, 0},
    {"POST", "/v1/push", Who::Kiosk, 4 * kMiB},
    {"GET", "/v1/keys", Who::Kiosk, 0},
    {"POST", "/v1/status", Who::Kiosk, 64 * kKiB},
    {"PUT", "/v1/keys", Who::Admin, 1 * kMiB},
    {"POST", "/v1/appointments/import", Who::Admin, 64 * kMiB},
    {"GET", "/v1/clearing", Who::Admin, 0},
    {"GET", "/v1/kiosks", Who::Admin, 0},
    {"POST", "/v1/clearing/cases/{id}/attach", Who::Admin, 64 * kKiB},
    {"POST", "/v1/clearing/cases/{id}/admit", Who::Admin, 64 * kKiB},
    {"POST", "/v1/clearing/cases/{id}/close", Who::Admin, 64 * kKiB},
    {"GET", "/helpdesk", Who::Desk, 0},
    {"GET", "/helpdesk/cases/{id}", Who::Desk, 0},
    {"POST", "/helpdesk/cases/{id}/{action}", Who::Desk, 64 * kKiB},
    {"POST", "/helpdesk/cases", Who::Desk, 64 * kKiB},
    {"GET", "/helpdesk/report", Who::Desk, 0},
    {"GET", "/helpdesk/login", Who::Anyone, 0},
    {"POST", "/helpdesk/login", Who::Anyone, 4 * kKiB},
    {"POST", "/helpdesk/logout", Who::Desk, 4 * kKiB},
};

std::string regexFor(const std::string &path)
{
    return std::regex_replace(path, std::regex(R"(\{[a-z_]+\})"), "([^/]+)");
}

} // namespace

int64_t systemNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now().time_since_epoch())
        .count();
}

/// The local date `days` days before `nowMs` (YYYY-MM-DD, the hub's time zone).
std::string dayBefore(int64_t nowMs, int days)
{
    const std::time_t t = static_cast<std::time_t>(nowMs / 1000 - int64_t{days} * 86400);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

const RouteSpec *HubServer::Impl::match(HubRequest &req) const
{
    for (size_t i = 0; i < std::size(kRoutes); ++i) {
        std::smatch m;
        if (req.method == kRoutes[i].method && std::regex_match(req.path, m, patterns[i])) {
            req.matches.assign(m.begin(), m.end());
            return &kRoutes[i];
        }
    }
    return nullptr;
}

bool HubServer::Impl::authenticate(
    const RouteSpec &spec, const HubRequest &req, KioskIdentity &who, HubResponse &refusal)
{
    if (spec.who == Who::Anyone)
        return true;
    if (spec.who == Who::Desk) {
        // A browser: its session cookie; a POST also from the hub's own page (the CSRF token, in
        // the body, is checked by deskAccess once the body is read).
        if (deskSessionOf(*desk, req, now()) && (req.method != "POST" || sameOrigin(req)))
            return true;
        auto access = deskAccess(*desk, req, now());
        refusal = access.refusal ? std::move(*access.refusal) : HubResponse{};
        if (!access.refusal)
            fail(refusal, 403, "forbidden", "not allowed from here");
        return false;
    }
    // Wrong tries are counted per address; past the limit the address waits, whatever it sends.
    if (const auto waitMs = throttle.blockedForMs(req.peer, now()); waitMs > 0) {
        refusal.setHeader("Retry-After", std::to_string((waitMs + 999) / 1000));
        fail(refusal, 429, "too_many_attempts", "too many failed authentications from this address");
        return false;
    }
    if (spec.who == Who::Kiosk) {
        auto kiosk = kioskOf(req);
        if (!kiosk) {
            throttle.failed(req.peer, now());
            fail(refusal, 401, "unauthorized", "a valid kiosk bearer token is needed");
            return false;
        }
        who = std::move(*kiosk);
        return true;
    }
    if (!isAdmin(req)) {
        throttle.failed(req.peer, now());
        fail(refusal, 401, "unauthorized", "the admin token is needed");
        return false;
    }
    return true;
}

HeadVerdict HubServer::Impl::headCheck(const HubRequest &head)
{
    HubRequest probe = head;
    const RouteSpec *spec = match(probe);
    HeadVerdict verdict;
    if (!spec) {
        // No such route: answered before any body byte is read (a wrong base URL must read as a
        // 404, not as a body too large for a route that does not exist).
        HubResponse notFound;
        fail(notFound, 404, "not_found", "no such route");
        verdict.refuse = std::move(notFound);
        return verdict;
    }
    verdict.bodyLimit = spec->bodyLimit;
    verdict.cheap = std::string_view(spec->path) == "/v1/health";
    // A body is read only for a caller that proved who it is (invariant 1 of the front).
    KioskIdentity who;
    HubResponse refusal;
    if (authenticate(*spec, head, who, refusal)) {
        if (spec->who == Who::Kiosk)
            verdict.caller = HubCaller{who.kioskId, who.centerId};
        return verdict;
    }
    refusal.setHeader("X-Server-Time-Ms", std::to_string(now()));
    verdict.refuse = std::move(refusal);
    return verdict;
}

void HubServer::Impl::serve(HubRequest req, const Responder &respond)
{
    HubResponse res;
    const RouteSpec *spec = match(req);
    if (!spec) {
        ++requests;
        fail(res, 404, "not_found", "no such route");
        return respond(std::move(res));
    }
    Answer answer = Answer::Now;
    try {
        answer = handle(*spec, req, res, respond);
    } catch (const std::exception &e) {
        // A bug must cost one request, never the hub: the caller may retry, nothing was committed
        // (writes roll back on an exception). The log names the route, never the body.
        std::cerr << "checkin-hub: internal error on " << spec->path << ": " << e.what() << "\n";
        res = HubResponse{};
        fail(res, 500, "internal_error", "the hub could not answer this request");
        answer = Answer::Now;
    }
    if (answer == Answer::Now)
        respond(std::move(res));
}

Answer HubServer::Impl::handle(
    const RouteSpec &spec, const HubRequest &req, HubResponse &res, const Responder &respond)
{
    ++requests;
    res.setHeader("X-Server-Time-Ms", std::to_string(now()));
    KioskIdentity who;
    if (spec.who == Who::Kiosk && req.caller) {
        // The head check found the token's kiosk before the body was read: looked up once.
        who = KioskIdentity{req.caller->kioskId, req.caller->centerId};
    } else if (HubResponse refusal; !authenticate(spec, req, who, refusal)) {
        refusal.setHeader("X-Server-Time-Ms", std::to_string(now()));
        res = std::move(refusal);
        return Answer::Now;
    }
    std::optional<DeskSession> session;
    if (spec.who == Who::Desk) {
        auto access = deskAccess(*desk, req, now());
        if (access.refusal) {
            res = std::move(*access.refusal);
            return Answer::Now;
        }
        session = access.session;
    }
    const std::string path = spec.path;
    json body;
    if (req.method == "POST" || req.method == "PUT") {
        const auto type = req.header("content-type");
        if (type.starts_with("application/json")) {
            body = parseBoundedJson(req.body);
            if (body.is_discarded())
                return fail(res, 400, "bad_json",
                    "the request body is not JSON of at most " + std::to_string(kMaxJsonDepth) + " levels");
        } else if (type.starts_with("application/x-www-form-urlencoded")) {
            body = json::object();
            for (const auto &[k, v] : req.form()) {
                // A form value goes into JSON and onto pages: broken UTF-8 is refused here, once.
                if (!isUtf8(k) || !isUtf8(v))
                    return fail(res, 400, "bad_form", "a form field is not UTF-8 text");
                body[k] = v;
            }
        }
    }
    if (path == "/v1/health")
        return reply(res, 200, {{"status", "ok"}});
    switch (spec.who) {
    case Who::Kiosk:
        return kioskRoute(path, who, req, res, respond);
    case Who::Admin:
        return adminRoute(path, req, body, res);
    case Who::Desk:
    case Who::Anyone: // the desk's sign-in page
        break;
    }
    return deskRoute(path, req, body, session, res);
}

cache::Result<void> HubServer::Impl::openStore()
{
    if (store)
        return {};
    auto opened = HubStore::open(options.databasePath);
    if (!opened)
        return tl::unexpected(opened.error());
    store = std::move(*opened);
    auto reader = HubStore::open(options.databasePath);
    if (!reader) {
        store.reset();
        return tl::unexpected(reader.error());
    }
    {
        std::lock_guard lock(authMutex);
        authStore = std::move(*reader);
    }
    const int pageReaders = std::clamp(options.threads, 1, 8);
    std::vector<std::unique_ptr<HubStore>> pageStores;
    for (int i = 0; i < pageReaders; ++i) {
        auto next = HubStore::open(options.databasePath);
        if (!next) {
            store.reset();
            return tl::unexpected(next.error());
        }
        pageStores.push_back(std::move(*next));
    }
    {
        std::lock_guard lock(readersMutex);
        readers = std::move(pageStores);
    }
    refreshSeq();
    // Other hub processes on the same PostgreSQL database: their commits wake our long-polls too.
    store->listen([this] {
        {
            std::lock_guard lock(storeMutex);
            noticePending = true;
        }
        // Read the announced change on a handler thread, which wakes the polls it passed.
        onFront([this](HttpFront &f) {
            f.post([this] {
                std::lock_guard lock(storeMutex);
                if (noticePending && store)
                    refreshSeq();
            });
        });
    });
    return {};
}

void HubServer::Impl::provision()
{
    for (const auto &grant : options.kiosks) {
        const auto hash = hashToken(grant.token);
        const auto current = store->kioskForTokenHash(hash);
        const std::optional<KioskIdentity> known = current ? *current : std::nullopt;
        if (known.has_value() && known->kioskId == grant.kioskId && known->centerId == grant.centerId)
            continue;
        (void)store->revokeKiosk(grant.kioskId, now());
        if (auto ok = store->addKiosk({grant.kioskId, grant.centerId, now(), std::nullopt}, hash); !ok)
            std::cerr << "checkin-hub: kiosk " << grant.kioskId << ": " << ok.error().message << "\n";
    }
}

std::string HubServer::Impl::purge()
{
    if (options.retentionDays <= 0)
        return "retention is off";
    const int64_t nowMs = now();
    auto counts = store->purge(
        dayBefore(nowMs, options.retentionDays), nowMs - int64_t{options.retentionDays} * 86'400'000);
    if (!counts)
        return "retention failed: " + counts.error().message;
    return std::to_string(counts->appointments) + " appointments, " + std::to_string(counts->cases)
        + " cases";
}

tl::expected<int64_t, std::string> HubServer::Impl::installKeyList(const std::string &document)
{
    if (!options.keyListVerifier)
        return tl::unexpected(std::string("this hub has no root key (--root-public): it takes no key list"));
    // The version comes from the signed document, never from the request around it.
    auto version = options.keyListVerifier(document);
    if (!version)
        return tl::unexpected(version.error());
    std::lock_guard lock(storeMutex);
    auto stored = store->setKeyList(document, *version);
    if (!stored)
        return tl::unexpected(stored.error().message);
    if (*stored == KeyListUpdate::Rollback) {
        auto current = store->keyList();
        return tl::unexpected("key list version " + std::to_string(*version)
            + " is not newer than the stored version " + std::to_string(current ? current->second : 0));
    }
    // A new list moved every center's sequence: the parked long-polls return and their kiosks
    // fetch it at once, not one long-poll later.
    refreshSeq();
    return *version;
}

HubServer::HubServer(Options options)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->options = std::move(options);
    // Only hashes of the desk credential stay in memory.
    m_impl->desk = std::make_unique<DeskSessions>(m_impl->options.adminToken);
    sodium_memzero(m_impl->options.adminToken.data(), m_impl->options.adminToken.size());
    m_impl->options.adminToken.clear();
    m_impl->desk->setUserCheck(
        [impl = m_impl.get()](const std::string &user) { return impl->deskUserActive(user); });
}

HubServer::~HubServer()
{
    stop();
}

int HubServer::start()
{
    auto &d = *m_impl;
    {
        std::lock_guard lock(d.storeMutex);
        if (auto ok = d.openStore(); !ok) {
            d.error = ok.error().message;
            return -1;
        }
        for (const auto &grant : d.options.kiosks)
            if (grant.token.size() < kMinTokenLength) {
                d.error = "kiosk " + grant.kioskId + ": a token needs at least "
                    + std::to_string(kMinTokenLength) + " characters";
                return -1;
            }
        d.provision();
    }
    for (const auto &spec : kRoutes)
        d.patterns.emplace_back(regexFor(spec.path));
    FrontOptions front;
    front.host = d.options.host;
    front.port = d.options.port;
    front.workerThreads = d.options.threads;
    front.idleTimeout = std::chrono::seconds(d.options.keepAliveSeconds);
    front.headTimeout = d.options.headTimeout;
    front.bodyTimeout = d.options.bodyTimeout;
    front.maxConnectionsPerAddress = d.options.maxConnectionsPerAddress;
    front.maxConnections = d.options.maxConnections;
    front.trustedProxies = d.options.trustedProxies;
    front.certPath = d.options.certPath;
    front.keyPath = d.options.keyPath;
    front.clientCaPath = d.options.clientCaPath;
    d.stopping = false;
    d.front = std::make_unique<HttpFront>(
        front, [&d](const HubRequest &head) { return d.headCheck(head); },
        [&d](HubRequest req, const Responder &respond) { d.serve(std::move(req), respond); });
    d.port = d.front->start();
    if (d.port < 0) {
        d.error = d.front->error();
        d.front.reset();
        return -1;
    }
    {
        std::lock_guard lock(d.liveMutex);
        d.live = d.front.get();
    }
    if (d.options.retentionDays > 0) {
        // Once now, before the first request, then every hour.
        {
            std::lock_guard lock(d.storeMutex);
            std::cerr << "checkin-hub: retention (" << d.options.retentionDays << " days): purged "
                      << d.purge() << "\n";
        }
        d.retention = std::thread([this] {
            pthread_setname_np(pthread_self(), "hub-retention");
            auto &i = *m_impl;
            std::unique_lock lock(i.storeMutex);
            while (!i.changed.wait_for(lock, std::chrono::hours(1), [&] { return i.stopping.load(); }))
                std::cerr << "checkin-hub: retention (" << i.options.retentionDays << " days): purged "
                          << i.purge() << "\n";
        });
    }
    return d.port;
}

void HubServer::stop()
{
    auto &d = *m_impl;
    {
        std::lock_guard lock(d.storeMutex);
        d.stopping = true;
        d.changed.notify_all();
    }
    {
        std::lock_guard lock(d.liveMutex);
        d.live = nullptr;
    }
    if (d.front)
        d.front->stop();
    d.polls.clear();
    if (d.retention.joinable())
        d.retention.join();
}

int HubServer::port() const
{
    return m_impl->port;
}

const std::string &HubServer::error() const
{
    return m_impl->error;
}

ImportReport HubServer::importText(std::string_view text, ImportFormat format)
{
    auto &d = *m_impl;
    auto report = parseAppointments(text, format, d.options.codeIssuer);
    std::lock_guard lock(d.storeMutex);
    if (auto ok = d.openStore(); !ok) {
        report.issues.push_back({0, {}, ok.error().message});
        report.rows.clear();
        return report;
    }
    if (auto ok = d.store->upsertAppointments(report.rows); !ok) {
        report.issues.push_back({0, {}, ok.error().message});
        report.rows.clear();
    }
    d.refreshSeq();
    return report;
}

tl::expected<int64_t, std::string> HubServer::installKeyList(const std::string &document)
{
    {
        std::lock_guard lock(m_impl->storeMutex);
        if (auto ok = m_impl->openStore(); !ok)
            return tl::unexpected(ok.error().message);
    }
    return m_impl->installKeyList(document);
}

std::string HubServer::purgeNow()
{
    std::lock_guard lock(m_impl->storeMutex);
    if (auto ok = m_impl->openStore(); !ok)
        return ok.error().message;
    return m_impl->purge();
}

int64_t HubServer::checkInCount()
{
    auto &d = *m_impl;
    std::lock_guard lock(d.storeMutex);
    return d.store ? d.store->checkInCount().value_or(-1) : -1;
}

int64_t HubServer::requestCount() const
{
    return m_impl->requests.load();
}

std::vector<std::pair<std::string, std::string>> HubServer::routes()
{
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto &r : kRoutes)
        out.emplace_back(r.method, r.path);
    return out;
}

} // namespace checkin::sync
