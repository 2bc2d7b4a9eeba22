// The technician's sync test: one health request and one authorized request, and what they showed.
#pragma once

#include "sync/client/httptransport.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace checkin::sync {

/// What a sync test found, in the order a technician fixes things.
enum class ProbeOutcome {
    Reached = 0, ///< the hub answered and accepted this kiosk's token
    Unreachable = 1, ///< nothing answers at the address (or the name does not resolve)
    Timeout = 2, ///< no answer in time
    TlsFailed = 3, ///< the certificate or its pin does not match
    Unauthorized = 4, ///< the hub answered but refused the token (401/403)
    HubError = 5, ///< the hub (or a proxy in front of it) answered with an error
};

struct ProbeReport
{
    ProbeOutcome outcome = ProbeOutcome::HubError;
    long httpStatus = 0; ///< the status of the last answer (0: none)
    int64_t roundTripMs = 0; ///< of the health request
    std::optional<int64_t> clockOffsetMs; ///< hub time minus kiosk time, from the health answer
    std::string message; ///< for the log
};

/// Blocking; runs on the caller's thread with a transport made for it. GET /v1/health (no token),
/// then GET /v1/keys with the token the transport carries.
ProbeReport probeHub(const std::string &baseUrl, HttpTransport &http,
    const std::function<std::chrono::system_clock::time_point()> &now);

} // namespace checkin::sync
