// DeskSessions over libsodium: BLAKE2b for the credential, HMAC-SHA-512/256 for cookies and CSRF.
#include "sync/hub/desksession.h"

#include <charconv>
#include <sodium.h>
#include <vector>

namespace checkin::sync {

namespace {

std::string hex(const unsigned char *data, size_t size)
{
    std::string out(size * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), data, size);
    out.pop_back();
    return out;
}

std::array<unsigned char, 32> keyedHash(std::string_view text, std::string_view context)
{
    std::array<unsigned char, 32> out{};
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char *>(text.data()),
        text.size(), reinterpret_cast<const unsigned char *>(context.data()), context.size());
    return out;
}

std::optional<int64_t> number(std::string_view text)
{
    int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::string lower(std::string s)
{
    for (auto &c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

/// "https://host:port/path" -> "host:port", with the scheme in `scheme`.
std::string authorityOf(std::string_view url, std::string &scheme)
{
    const auto sep = url.find("://");
    if (sep == std::string_view::npos)
        return {};
    scheme = lower(std::string(url.substr(0, sep)));
    const auto rest = url.substr(sep + 3);
    return lower(std::string(rest.substr(0, rest.find('/'))));
}

std::string withoutDefaultPort(std::string authority, const std::string &scheme)
{
    if ((scheme == "https" && authority.ends_with(":443"))
        || (scheme == "http" && authority.ends_with(":80")))
        authority.erase(authority.rfind(':'));
    return authority;
}

HubResponse refuse(int status, const std::string &text)
{
    HubResponse r;
    r.status = status;
    r.contentType = "text/plain; charset=utf-8";
    r.body = text + "\n";
    return r;
}

} // namespace

DeskSessions::DeskSessions(std::string_view credential)
    : m_enabled(!credential.empty())
{
    if (sodium_init() < 0)
        m_enabled = false;
    m_credentialHash = keyedHash(credential, "checkin-hub desk credential");
    m_macKey = keyedHash(credential, "checkin-hub desk session key");
}

bool DeskSessions::checkCredential(std::string_view given) const
{
    if (!m_enabled)
        return false;
    const auto hash = keyedHash(given, "checkin-hub desk credential");
    return sodium_memcmp(hash.data(), m_credentialHash.data(), hash.size()) == 0;
}

std::string DeskSessions::sign(const std::string &payload) const
{
    static_assert(crypto_auth_KEYBYTES == 32);
    std::array<unsigned char, crypto_auth_BYTES> mac{};
    crypto_auth(
        mac.data(), reinterpret_cast<const unsigned char *>(payload.data()), payload.size(), m_macKey.data());
    return hex(mac.data(), mac.size());
}

bool validDeskUserName(std::string_view name)
{
    if (name.empty() || name.size() > 32)
        return false;
    for (const char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    return true;
}

void DeskSessions::setUserCheck(std::function<bool(const std::string &)> active)
{
    m_userActive = std::move(active);
}

std::string DeskSessions::issue(int64_t nowMs, const std::string &user) const
{
    std::array<unsigned char, 16> nonce{};
    randombytes_buf(nonce.data(), nonce.size());
    return renew({hex(nonce.data(), nonce.size()), nowMs, 0, user}, nowMs);
}

std::string DeskSessions::renew(const DeskSession &session, int64_t nowMs) const
{
    const int64_t expires = std::min(nowMs + kIdleMs, session.issuedMs + kMaxMs);
    const std::string payload = "v2." + std::to_string(session.issuedMs) + "." + std::to_string(expires) + "."
        + session.nonce + "." + session.user;
    return payload + "." + sign(payload);
}

std::optional<DeskSession> DeskSessions::verify(std::string_view value, int64_t nowMs) const
{
    if (!m_enabled || value.size() > 256)
        return std::nullopt;
    const auto dot = value.rfind('.');
    if (dot == std::string_view::npos)
        return std::nullopt;
    const std::string payload(value.substr(0, dot));
    const std::string expected = sign(payload);
    const auto given = value.substr(dot + 1);
    if (given.size() != expected.size() || sodium_memcmp(given.data(), expected.data(), expected.size()) != 0)
        return std::nullopt;
    std::vector<std::string_view> parts;
    std::string_view rest = payload;
    for (size_t at; (at = rest.find('.')) != std::string_view::npos; rest = rest.substr(at + 1))
        parts.push_back(rest.substr(0, at));
    parts.push_back(rest);
    if (parts.size() != 5 || parts[0] != "v2" || (!parts[4].empty() && !validDeskUserName(parts[4])))
        return std::nullopt;
    const auto issued = number(parts[1]);
    const auto expires = number(parts[2]);
    if (!issued || !expires || nowMs >= *expires || nowMs - *issued >= kMaxMs)
        return std::nullopt;
    DeskSession session{std::string(parts[3]), *issued, *expires, std::string(parts[4])};
    // A revoked desk user's sessions end at once, in every hub process (the store says so).
    if (!session.user.empty() && (!m_userActive || !m_userActive(session.user)))
        return std::nullopt;
    std::lock_guard lock(m_mutex);
    while (!m_revoked.empty() && m_revoked.begin()->first <= nowMs)
        m_revoked.erase(m_revoked.begin());
    for (const auto &[until, nonce] : m_revoked)
        if (nonce == session.nonce)
            return std::nullopt;
    return session;
}

void DeskSessions::revoke(const DeskSession &session)
{
    std::lock_guard lock(m_mutex);
    m_revoked.emplace(session.issuedMs + kMaxMs, session.nonce);
}

std::string DeskSessions::csrfToken(const DeskSession &session) const
{
    return sign("csrf." + session.nonce);
}

bool DeskSessions::checkCsrf(const DeskSession &session, std::string_view token) const
{
    const std::string expected = csrfToken(session);
    return token.size() == expected.size()
        && sodium_memcmp(token.data(), expected.data(), expected.size()) == 0;
}

std::string DeskSessions::cookieHeader(const std::string &value, bool secure, int64_t maxAgeSeconds)
{
    return std::string(kCookie) + "=" + value + "; Path=/; Max-Age=" + std::to_string(maxAgeSeconds)
        + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
}

std::optional<DeskSession> deskSessionOf(
    const DeskSessions &sessions, const HubRequest &request, int64_t nowMs)
{
    const std::string cookies = request.header("cookie");
    const std::string name = std::string(DeskSessions::kCookie) + "=";
    std::string_view rest = cookies;
    while (!rest.empty()) {
        const auto semi = rest.find(';');
        std::string_view part = rest.substr(0, semi);
        rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
        while (part.starts_with(' '))
            part.remove_prefix(1);
        if (part.starts_with(name))
            if (auto session = sessions.verify(part.substr(name.size()), nowMs))
                return session;
    }
    return std::nullopt;
}

bool sameOrigin(const HubRequest &request)
{
    const std::string host = lower(request.header("host"));
    if (host.empty())
        return false;
    std::string scheme;
    std::string authority;
    if (const auto origin = request.header("origin"); !origin.empty())
        authority = authorityOf(origin, scheme);
    else if (const auto referer = request.header("referer"); !referer.empty())
        authority = authorityOf(referer, scheme);
    if (authority.empty() || (scheme != "http" && scheme != "https") || (request.tls && scheme != "https"))
        return false;
    return withoutDefaultPort(authority, scheme) == withoutDefaultPort(host, scheme);
}

DeskAccess deskAccess(const DeskSessions &sessions, const HubRequest &request, int64_t nowMs)
{
    DeskAccess access;
    access.session = deskSessionOf(sessions, request, nowMs);
    const bool post = request.method != "GET" && request.method != "HEAD";
    if (post && !sameOrigin(request)) {
        access.session.reset();
        access.refusal = refuse(403, "cross-origin request refused");
        return access;
    }
    if (!access.session) {
        if (post) {
            access.refusal = refuse(403, "sign in first");
        } else {
            HubResponse r;
            r.status = 303;
            r.setHeader("Location", "/helpdesk/login");
            access.refusal = std::move(r);
        }
        return access;
    }
    if (post) {
        std::string token = request.header("x-csrf-token");
        if (token.empty())
            if (const auto form = request.form(); form.count("csrf"))
                token = form.at("csrf");
        if (!sessions.checkCsrf(*access.session, token)) {
            access.session.reset();
            access.refusal = refuse(403, "the form's CSRF token is missing or wrong");
        }
    }
    return access;
}

} // namespace checkin::sync
