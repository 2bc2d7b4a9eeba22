// SyncClient: the three phases of a run and the parsing of the hub's answers.
#include "sync/client/syncclient.h"

#include <nlohmann/json.hpp>

namespace checkin::sync {

using nlohmann::json;

namespace {

SyncFailure storeFailure(const cache::Error &e)
{
    // The local disk failing is not the network's fault; retrying later is all the sync can do.
    return {FailureClass::Transient, "store: " + e.message, {}};
}

SyncFailure malformed(const std::string &what)
{
    return {FailureClass::Transient, "malformed answer: " + what, {}};
}

std::optional<int> minutesOf(const std::string &hhmm)
{
    if (hhmm.size() != 5 || hhmm[2] != ':')
        return std::nullopt;
    try {
        return std::stoi(hhmm.substr(0, 2)) * 60 + std::stoi(hhmm.substr(3, 2));
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

std::optional<PulledAppointment> appointmentFrom(const json &j)
{
    if (!j.is_object() || !j.contains("id") || !j["id"].is_number_integer())
        return std::nullopt;
    PulledAppointment p;
    auto &a = p.appointment;
    a.id = j["id"].get<int64_t>();
    auto text = [&](const char *key) {
        auto it = j.find(key);
        return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    a.bookingRef = text("booking_ref");
    a.centerId = text("center_id");
    a.day = text("day");
    auto start = minutesOf(text("slot_start"));
    auto end = minutesOf(text("slot_end"));
    if (a.bookingRef.empty() || a.day.empty() || !start || !end)
        return std::nullopt;
    a.slotStart = *start;
    a.slotEnd = *end;
    const auto status = text("status");
    a.status = status == "cancelled" ? cache::AppointmentStatus::Cancelled
        : status == "pending"        ? cache::AppointmentStatus::Pending
                                     : cache::AppointmentStatus::Confirmed;
    a.givenName = text("given_name");
    a.familyName = text("family_name");
    a.birthDate = text("birth_date");
    a.postalCode = text("postal_code");
    a.language = text("language");
    a.version = j.value("version", int64_t{0});
    p.code = text("code");
    return p;
}

} // namespace

SyncClient::SyncClient(SyncConfig config, HttpTransport &http, ClientStore &store, Now now, Today today)
    : m_config(std::move(config))
    , m_http(http)
    , m_store(store)
    , m_now(std::move(now))
    , m_today(std::move(today))
{ }

std::string SyncClient::cursorName() const
{
    return "appointments/" + m_config.centerId + "/" + m_today(0) + "/" + m_today(m_config.daysAhead);
}

std::optional<SyncFailure> SyncClient::exchange(
    const HttpRequest &request, HttpResponse &response, RunReport &report)
{
    auto answer = m_http.send(request);
    if (!answer) {
        if (answer.error().kind == TransportErrorKind::Interrupted)
            report.interrupted = true;
        return classify(answer.error());
    }
    response = std::move(*answer);
    report.bytesOnWire += response.bytesOnWire;
    if (response.status == 304)
        return std::nullopt;
    if (response.status < 200 || response.status > 299)
        return classify(response);
    // A captive portal or a misrouted proxy answers 200 with HTML: not our hub, try again later.
    if (!response.headers["content-type"].starts_with("application/json"))
        return malformed("content type \"" + response.headers["content-type"] + "\"");
    return std::nullopt;
}

RunReport SyncClient::runOnce(Wait wait)
{
    RunReport report = push();
    if (!report.ok())
        return report;
    RunReport keys = pullKeys();
    report.keysUpdated = keys.keysUpdated;
    report.bytesOnWire += keys.bytesOnWire;
    report.serverTimeMs = keys.serverTimeMs ? keys.serverTimeMs : report.serverTimeMs;
    if (!keys.ok()) {
        report.failure = keys.failure;
        return report;
    }
    // New rows arrived while we pushed: do not sit in a long-poll while they wait.
    if (wait == Wait::LongPoll) {
        if (auto depth = m_store.outboxDepth(); depth && *depth > 0)
            wait = Wait::No;
    }
    RunReport pull = pullAppointments(wait);
    pull.pushed = report.pushed;
    pull.accepted = report.accepted;
    pull.duplicates = report.duplicates;
    pull.conflicts = report.conflicts;
    pull.dropped = report.dropped;
    pull.keysUpdated = report.keysUpdated;
    pull.bytesOnWire += report.bytesOnWire;
    if (!pull.serverTimeMs)
        pull.serverTimeMs = report.serverTimeMs;
    return pull;
}

RunReport SyncClient::push()
{
    RunReport report;
    int batchSize = m_config.pushBatch;
    for (;;) {
        auto batch = m_store.outboxBatch(batchSize);
        if (!batch) {
            report.failure = storeFailure(batch.error());
            return report;
        }
        if (batch->empty())
            return report;
        json items = json::array();
        for (const auto &entry : *batch) {
            json item = json::parse(entry.payload, nullptr, false);
            if (!item.is_object())
                item = json::object(); // the hub answers "invalid" and the row leaves for good
            item["kind"] = entry.kind;
            item["id"] = entry.id;
            items.push_back(std::move(item));
        }
        HttpRequest request{
            "POST", m_config.baseUrl + "/v1/push", json{{"items", items}}.dump(), "application/json", {}, {}};
        HttpResponse response;
        if (auto failure = exchange(request, response, report)) {
            if (failure->kind != FailureClass::Permanent) {
                report.failure = failure;
                return report;
            }
            if (batch->size() > 1) {
                batchSize = 1; // find the one row the hub refuses; the others go through
                continue;
            }
            // Invariant 1: refused for good with the row alone, so the row is the cause.
            if (auto ok = m_store.markOutboxDone({batch->front().id}); !ok) {
                report.failure = storeFailure(ok.error());
                return report;
            }
            ++report.dropped;
            continue;
        }
        json body = json::parse(response.body, nullptr, false);
        if (!body.is_object() || !body.contains("results") || !body["results"].is_array()
            || body["results"].size() != batch->size()) {
            report.failure = malformed("push results do not match the batch");
            return report;
        }
        if (body.contains("server_time_ms") && body["server_time_ms"].is_number_integer())
            report.serverTimeMs = body["server_time_ms"].get<int64_t>();
        std::vector<std::string> done;
        for (size_t i = 0; i < batch->size(); ++i) {
            const auto &r = body["results"][i];
            if (!r.is_object() || r.value("id", "") != (*batch)[i].id) {
                report.failure = malformed("push result " + std::to_string(i) + " names another item");
                return report;
            }
            const auto result = r.value("result", "");
            if (result == "accepted")
                ++report.accepted;
            else if (result == "duplicate")
                ++report.duplicates;
            else if (result == "conflict")
                ++report.conflicts;
            else if (result == "invalid")
                ++report.dropped;
            else {
                report.failure = malformed("unknown push result \"" + result + "\"");
                return report;
            }
            done.push_back((*batch)[i].id);
        }
        if (auto ok = m_store.markOutboxDone(done); !ok) {
            report.failure = storeFailure(ok.error());
            return report;
        }
        report.pushed += static_cast<int>(done.size());
        batchSize = m_config.pushBatch;
    }
}

RunReport SyncClient::pullKeys()
{
    RunReport report;
    auto version = m_store.cursor("keys/version");
    if (!version) {
        report.failure = storeFailure(version.error());
        return report;
    }
    HttpRequest request{"GET", m_config.baseUrl + "/v1/keys", {}, {}, {}, {}};
    if (*version && !(*version)->empty())
        request.headers.emplace_back("If-None-Match", "\"k" + **version + "\"");
    HttpResponse response;
    if (auto failure = exchange(request, response, report)) {
        report.failure = failure;
        return report;
    }
    if (response.status == 304)
        return report;
    json body = json::parse(response.body, nullptr, false);
    if (!body.is_object() || !body.contains("version") || !body["version"].is_number_integer()
        || !body.contains("signed_list") || !body["signed_list"].is_string()) {
        report.failure = malformed("key list");
        return report;
    }
    report.serverTimeMs = body.value("server_time_ms", int64_t{0});
    const int64_t newVersion = body["version"].get<int64_t>();
    const std::string document = body["signed_list"].get<std::string>();
    if (newVersion == 0 || document.empty())
        return report; // the hub has no list yet: keep whatever the kiosk was provisioned with
    if (m_config.verifyKeyList && !m_config.verifyKeyList(document)) {
        // Keep the old list: a forged or damaged list must never replace a good one.
        report.failure = SyncFailure{FailureClass::Permanent, "the key list's signature does not verify", {}};
        return report;
    }
    if (auto ok = m_store.saveKeyList(newVersion, document); !ok) {
        // The store refuses a list not newer than its own (no rollback): resending will not help.
        report.failure = ok.error().kind == cache::ErrorKind::Invalid
            ? SyncFailure{FailureClass::Permanent, "key list refused: " + ok.error().message, {}}
            : storeFailure(ok.error());
        return report;
    }
    if (auto ok = m_store.setCursor("keys/version", std::to_string(newVersion)); !ok) {
        report.failure = storeFailure(ok.error());
        return report;
    }
    report.keysUpdated = true;
    return report;
}

RunReport SyncClient::pullAppointments(Wait wait)
{
    RunReport report;
    const std::string name = cursorName();
    const std::string progressName = name + "#progress";
    auto committed = m_store.cursor(name);
    auto progress = m_store.cursor(progressName);
    if (!committed || !progress) {
        report.failure = storeFailure(!committed ? committed.error() : progress.error());
        return report;
    }
    report.fullDownload = !*committed || (*committed)->empty();
    std::string cursor = *progress && !(*progress)->empty() ? **progress
        : report.fullDownload                               ? std::string("0")
                                                            : **committed;
    // Only a delta that is fully caught up may wait at the hub; a download in progress must not.
    bool longPoll = wait == Wait::LongPoll && !report.fullDownload && !(*progress && !(*progress)->empty());
    for (;;) {
        std::string url = m_config.baseUrl + "/v1/centers/" + m_config.centerId
            + "/appointments?from=" + m_today(0) + "&to=" + m_today(m_config.daysAhead) + "&cursor=" + cursor
            + "&limit=" + std::to_string(m_config.pageSize);
        HttpRequest request{"GET", url, {}, {}, {}, {}};
        if (longPoll) {
            url += "&wait=" + std::to_string(m_config.longPoll.count());
            request.url = url;
            request.totalTimeout = std::chrono::duration_cast<std::chrono::milliseconds>(m_config.longPoll)
                + m_config.longPollSlack;
            request.interruptible = true;
        }
        longPoll = false;
        HttpResponse response;
        if (auto failure = exchange(request, response, report)) {
            report.failure = failure;
            return report;
        }
        if (response.status == 304)
            break;
        json body = json::parse(response.body, nullptr, false);
        if (!body.is_object() || !body.contains("cursor") || !body["cursor"].is_string()
            || !body.contains("appointments") || !body["appointments"].is_array()) {
            report.failure = malformed("appointment page");
            return report;
        }
        if (body.contains("server_time_ms") && body["server_time_ms"].is_number_integer())
            report.serverTimeMs = body["server_time_ms"].get<int64_t>();
        std::vector<PulledAppointment> rows;
        rows.reserve(body["appointments"].size());
        for (const auto &item : body["appointments"]) {
            auto row = appointmentFrom(item);
            if (!row) {
                report.failure = malformed("appointment " + item.value("booking_ref", std::string("?")));
                return report;
            }
            rows.push_back(std::move(*row));
        }
        std::vector<RemoteAdmission> admissions;
        if (body.contains("admissions") && body["admissions"].is_array()) {
            for (const auto &item : body["admissions"]) {
                if (!item.is_object() || !item.contains("appointment_id")
                    || !item["appointment_id"].is_number_integer()) {
                    report.failure = malformed("admission");
                    return report;
                }
                admissions.push_back({item.value("checkin_id", ""), item["appointment_id"].get<int64_t>(),
                    item.value("kiosk_id", ""), item.value("scanned_at_ms", int64_t{0})});
            }
        }
        const std::string next = body["cursor"].get<std::string>();
        const bool hasMore = body.value("has_more", false);
        if (auto ok = m_store.applyPage(rows, admissions, progressName, next); !ok) {
            report.failure = storeFailure(ok.error());
            return report;
        }
        report.appointments += static_cast<int>(rows.size());
        report.admissions += static_cast<int>(admissions.size());
        cursor = next;
        if (!hasMore)
            break;
    }
    // Invariant 2: the run is complete, so the cursor becomes the committed one.
    if (auto ok = m_store.setCursor(name, cursor); !ok) {
        report.failure = storeFailure(ok.error());
        return report;
    }
    if (auto ok = m_store.setCursor(progressName, ""); !ok) {
        report.failure = storeFailure(ok.error());
        return report;
    }
    const auto nowMs
        = std::chrono::duration_cast<std::chrono::milliseconds>(m_now().time_since_epoch()).count();
    if (auto ok = m_store.setCursor("sync/last_ok_ms", std::to_string(nowMs)); !ok) {
        report.failure = storeFailure(ok.error());
        return report;
    }
    if (auto ok = m_store.setCursor("sync/day", m_today(0)); !ok) {
        report.failure = storeFailure(ok.error());
        return report;
    }
    report.completed = true;
    return report;
}

} // namespace checkin::sync
