// DeskSessions: the help desk's sign-in. Desk users' own access keys (checked by the hub against
// the hashes its store keeps) or the one shared credential (kept as hashes only), short-lived signed
// session cookies naming the user, per-session CSRF tokens, and deskAccess(), the one check every
// desk page uses.
#pragma once

#include "sync/hub/hubmessage.h"

#include <array>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace checkin::sync {

/// A signed-in desk browser, as its cookie says.
struct DeskSession
{
    std::string nonce; ///< random, names the session
    int64_t issuedMs = 0;
    int64_t expiresMs = 0;
    std::string user; ///< the desk user who signed in; empty: the shared credential
    /// Who the case history names: "desk:" and the user, or "desk" for the shared credential.
    std::string actor() const { return user.empty() ? std::string("desk") : "desk:" + user; }
};

/// A desk user's name: 1 to 32 of a-z, 0-9, '-' and '_' (it is shown in case histories and
/// travels in the session cookie).
bool validDeskUserName(std::string_view name);

/// Thread-safe. Cookies are stateless (a MAC over issue time, expiry and nonce, keyed from the
/// credential), so every hub process that reads the same credential file accepts them; a sign-out
/// is remembered by the process that saw it until the cookie would have expired anyway.
class DeskSessions
{
public:
    static constexpr const char *kCookie = "hub_desk";
    static constexpr int64_t kIdleMs = int64_t{15} * 60 * 1000; ///< a page view renews up to this
    static constexpr int64_t kMaxMs = int64_t{10} * 60 * 60 * 1000; ///< a working day, then sign in again

    /// An empty credential turns the desk and the admin API off.
    explicit DeskSessions(std::string_view credential);
    bool enabled() const { return m_enabled; }
    /// Constant time in the credential's content.
    bool checkCredential(std::string_view given) const;

    /// Whether a desk user may still sign in and work (their key not revoked); set once by the hub
    /// before it serves. A session of a user it says no to is no session.
    void setUserCheck(std::function<bool(const std::string &user)> active);

    /// A new session's cookie value; `user` empty for the shared credential.
    std::string issue(int64_t nowMs, const std::string &user = {}) const;
    /// The same session with a fresh idle expiry (never past kMaxMs after it was issued).
    std::string renew(const DeskSession &session, int64_t nowMs) const;
    std::optional<DeskSession> verify(std::string_view cookieValue, int64_t nowMs) const;
    void revoke(const DeskSession &session);

    std::string csrfToken(const DeskSession &session) const;
    bool checkCsrf(const DeskSession &session, std::string_view token) const;

    /// Set-Cookie values; Secure when the browser reached the hub over TLS.
    static std::string cookieHeader(const std::string &value, bool secure, int64_t maxAgeSeconds);

private:
    std::string sign(const std::string &payload) const;

    bool m_enabled = false;
    std::array<unsigned char, 32> m_credentialHash{};
    std::array<unsigned char, 32> m_macKey{};
    mutable std::mutex m_mutex;
    mutable std::set<std::pair<int64_t, std::string>> m_revoked; ///< (expiresMs, nonce)
    std::function<bool(const std::string &)> m_userActive;
};

/// What a desk request may do: its session, or the answer that refuses it.
struct DeskAccess
{
    std::optional<DeskSession> session;
    std::optional<HubResponse> refusal; ///< GET without a session: to the login page; POST: 403
};

/// The one check of every desk page and form: a valid session cookie; for a POST also the same
/// origin (Origin, else Referer) and the session's CSRF token (form field `csrf` or header
/// X-CSRF-Token). Desk pages call this and nothing else to know who is there.
DeskAccess deskAccess(const DeskSessions &sessions, const HubRequest &request, int64_t nowMs);

/// The session named by the request's cookie, or none (no origin or CSRF check: for the head check).
std::optional<DeskSession> deskSessionOf(
    const DeskSessions &sessions, const HubRequest &request, int64_t nowMs);

/// True when Origin (or, without it, Referer) names the host the request was sent to.
bool sameOrigin(const HubRequest &request);

} // namespace checkin::sync
