// HubRequest accessors, Responder forwarding and URL decoding.
#include "sync/hub/hubmessage.h"

namespace checkin::sync {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

std::string urlDecode(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0
            && hexValue(text[i + 2]) >= 0) {
            out += static_cast<char>(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

std::string HubRequest::header(std::string_view lowerName) const
{
    auto it = headers.find(std::string(lowerName));
    return it == headers.end() ? std::string() : it->second;
}

bool HubRequest::hasParam(std::string_view name) const
{
    for (const auto &[k, v] : query)
        if (k == name)
            return true;
    return false;
}

std::string HubRequest::param(std::string_view name) const
{
    for (const auto &[k, v] : query)
        if (k == name)
            return v;
    return {};
}

std::map<std::string, std::string> HubRequest::form() const
{
    std::map<std::string, std::string> out;
    std::string_view rest = body;
    while (!rest.empty()) {
        const auto amp = rest.find('&');
        const std::string_view pair = rest.substr(0, amp);
        rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
        if (pair.empty())
            continue;
        const auto eq = pair.find('=');
        out.emplace(urlDecode(pair.substr(0, eq)),
            eq == std::string_view::npos ? std::string() : urlDecode(pair.substr(eq + 1)));
    }
    return out;
}

void HubResponse::setHeader(std::string name, std::string value)
{
    for (auto &[k, v] : headers)
        if (k == name) {
            v = std::move(value);
            return;
        }
    headers.emplace_back(std::move(name), std::move(value));
}

Responder::Responder(std::shared_ptr<Target> target)
    : m_target(std::move(target))
{ }

void Responder::operator()(HubResponse response) const
{
    if (m_target)
        m_target->deliver(std::move(response));
}

bool Responder::open() const
{
    return m_target && m_target->open();
}

} // namespace checkin::sync
