// probeHub: classifies the two answers of a sync test.
#include "sync/client/hubprobe.h"

#include <nlohmann/json.hpp>

namespace checkin::sync {

namespace {

int64_t msOf(std::chrono::system_clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

ProbeOutcome outcomeOf(const TransportError &e)
{
    switch (e.kind) {
    case TransportErrorKind::Refused:
        return ProbeOutcome::Unreachable;
    case TransportErrorKind::Timeout:
        return ProbeOutcome::Timeout;
    case TransportErrorKind::Tls:
        return ProbeOutcome::TlsFailed;
    default:
        return ProbeOutcome::HubError;
    }
}

} // namespace

ProbeReport probeHub(const std::string &baseUrl, HttpTransport &http,
    const std::function<std::chrono::system_clock::time_point()> &now)
{
    ProbeReport report;
    HttpRequest health;
    health.url = baseUrl + "/v1/health";
    health.totalTimeout = std::chrono::milliseconds(5000);
    const int64_t sentMs = msOf(now());
    auto answer = http.send(health);
    const int64_t receivedMs = msOf(now());
    report.roundTripMs = receivedMs - sentMs;
    if (!answer) {
        report.outcome = outcomeOf(answer.error());
        report.message = answer.error().message;
        return report;
    }
    report.httpStatus = answer->status;
    if (answer->status != 200) {
        report.outcome = ProbeOutcome::HubError;
        report.message = "health answered " + std::to_string(answer->status);
        return report;
    }
    const auto body = nlohmann::json::parse(answer->body, nullptr, false);
    if (body.is_discarded() || !body.is_object() || body.value("status", std::string()) != "ok") {
        report.outcome = ProbeOutcome::HubError;
        report.message = "health answer is not a hub's";
        return report;
    }
    if (body.contains("server_time_ms") && body["server_time_ms"].is_number_integer())
        report.clockOffsetMs = body["server_time_ms"].get<int64_t>() - (sentMs + receivedMs) / 2;

    HttpRequest keys;
    keys.url = baseUrl + "/v1/keys";
    keys.totalTimeout = std::chrono::milliseconds(5000);
    auto authorized = http.send(keys);
    if (!authorized) {
        report.outcome = outcomeOf(authorized.error());
        report.message = authorized.error().message;
        return report;
    }
    report.httpStatus = authorized->status;
    if (authorized->status == 401 || authorized->status == 403) {
        report.outcome = ProbeOutcome::Unauthorized;
        report.message = "the hub refused the kiosk token";
    } else if (authorized->status == 200 || authorized->status == 304 || authorized->status == 404) {
        // 404: the hub has no key list yet, which is no fault of this kiosk's connection.
        report.outcome = ProbeOutcome::Reached;
    } else {
        report.outcome = ProbeOutcome::HubError;
        report.message = "keys answered " + std::to_string(authorized->status);
    }
    return report;
}

} // namespace checkin::sync
