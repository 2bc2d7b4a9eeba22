// The hub's own plain HTTP request and response types, and the callback that answers a request later.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace checkin::sync {

/// Who the head check found the caller to be, handed on to the handler with the request, so a
/// request's credential is looked up once.
struct HubCaller
{
    std::string kioskId;
    std::string centerId;
};

/// One parsed request as the handlers see it: no Boost type, no socket.
struct HubRequest
{
    std::string method; ///< "GET", "POST", ...
    std::string target; ///< as sent: "/v1/x?y=z"
    std::string path; ///< the target without its query, percent-decoded
    std::vector<std::pair<std::string, std::string>> query; ///< decoded, in order
    std::map<std::string, std::string> headers; ///< lower-case names; repeated ones joined with ", "
    std::string body; ///< decoded from chunks when chunked; never larger than the route's limit
    std::string peer; ///< the client's address (the forwarded one when the peer is a trusted proxy)
    bool tls = false; ///< arrived over TLS at this hub, or at a trusted proxy that said so
    std::vector<std::string> matches; ///< path parameters, filled by the hub's router
    std::optional<HubCaller> caller; ///< set from the head check's verdict, never from the wire

    std::string header(std::string_view lowerName) const;
    bool hasParam(std::string_view name) const;
    std::string param(std::string_view name) const; ///< the first value, or empty
    /// The body as application/x-www-form-urlencoded pairs (first value of each name).
    std::map<std::string, std::string> form() const;
};

struct HubResponse
{
    int status = 200;
    std::string contentType;
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;

    void setHeader(std::string name, std::string value);
};

/// Answers one request, from any thread, at most once; calls after the first, or after the
/// connection closed or the front stopped, do nothing. Copyable; the last copy dropped without a
/// call closes the connection.
class Responder
{
public:
    struct Target
    {
        virtual ~Target() = default;
        virtual void deliver(HubResponse response) = 0;
        virtual bool open() const = 0;
    };
    Responder() = default;
    explicit Responder(std::shared_ptr<Target> target);
    void operator()(HubResponse response) const;
    /// False once the client has gone (a parked long-poll need not compute its answer).
    bool open() const;

private:
    std::shared_ptr<Target> m_target;
};

/// Percent-decoding of a URL component ('+' is a space in form bodies and queries).
std::string urlDecode(std::string_view text);

} // namespace checkin::sync
