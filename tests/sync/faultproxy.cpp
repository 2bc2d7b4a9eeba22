// FaultProxy over POSIX sockets: each mode is one small branch in serve().
#include "tests/sync/faultproxy.h"

#include <arpa/inet.h>
#include <chrono>
#include <cstring>
#include <netinet/in.h>
#include <nlohmann/json.hpp>
#include <poll.h>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

namespace checkin::testing {

namespace {

bool sendAll(int fd, const std::string &data)
{
    size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::send(fd, data.data() + done, data.size() - done, MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        done += static_cast<size_t>(n);
    }
    return true;
}

/// Reads one request (headers and a Content-Length body); empty when the peer went away.
std::string readRequest(int fd)
{
    std::string data;
    char buf[65536];
    size_t headerEnd = std::string::npos;
    size_t need = 0;
    for (;;) {
        if (headerEnd != std::string::npos && data.size() >= headerEnd + 4 + need)
            return data;
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            return {};
        data.append(buf, static_cast<size_t>(n));
        if (headerEnd == std::string::npos && (headerEnd = data.find("\r\n\r\n")) != std::string::npos) {
            std::string lower = data.substr(0, headerEnd);
            for (auto &c : lower)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (auto at = lower.find("content-length:"); at != std::string::npos)
                need = std::stoul(lower.substr(at + 15));
        }
    }
}

std::string withConnectionClose(const std::string &request)
{
    const size_t lineEnd = request.find("\r\n");
    std::string out = request.substr(0, lineEnd + 2) + "Connection: close\r\n";
    size_t pos = lineEnd + 2;
    const size_t headerEnd = request.find("\r\n\r\n");
    while (pos < headerEnd + 2) {
        const size_t next = request.find("\r\n", pos);
        const std::string line = request.substr(pos, next - pos + 2);
        if (strncasecmp(line.c_str(), "connection:", 11) != 0)
            out += line;
        pos = next + 2;
    }
    return out + request.substr(headerEnd + 2);
}

std::string answer(
    int status, const std::string &type, const std::string &body, const std::string &extra = {})
{
    return "HTTP/1.1 " + std::to_string(status) + " X\r\nContent-Type: " + type + "\r\nContent-Length: "
        + std::to_string(body.size()) + "\r\nConnection: close\r\n" + extra + "\r\n" + body;
}

/// The request with the second push item's scan time removed and Content-Length set to match.
std::string withBrokenSecondItem(const std::string &request)
{
    const size_t headerEnd = request.find("\r\n\r\n");
    auto body = nlohmann::json::parse(request.substr(headerEnd + 4), nullptr, false);
    if (!body.is_object() || !body.contains("items") || body["items"].size() < 2)
        return request;
    body["items"][1].erase("scanned_at_ms");
    const std::string text = body.dump();
    std::string head;
    size_t pos = 0;
    while (pos < headerEnd + 2) {
        const size_t next = request.find("\r\n", pos);
        const std::string line = request.substr(pos, next - pos + 2);
        if (strncasecmp(line.c_str(), "content-length:", 15) != 0)
            head += line;
        pos = next + 2;
    }
    return head + "Content-Length: " + std::to_string(text.size()) + "\r\n\r\n" + text;
}

size_t bodySize(const std::string &request)
{
    const size_t headerEnd = request.find("\r\n\r\n");
    return headerEnd == std::string::npos ? 0 : request.size() - headerEnd - 4;
}

} // namespace

FaultProxy::FaultProxy(int upstreamPort)
    : m_upstream(upstreamPort)
{
    m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(m_listen, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    ::listen(m_listen, 64);
    socklen_t len = sizeof addr;
    ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&addr), &len);
    m_port = ntohs(addr.sin_port);
    m_acceptor = std::thread([this] { acceptLoop(); });
}

FaultProxy::~FaultProxy()
{
    stop();
}

void FaultProxy::stop()
{
    if (m_stopping.exchange(true))
        return;
    ::shutdown(m_listen, SHUT_RDWR);
    m_acceptor.join();
    ::close(m_listen);
    std::vector<std::thread> workers;
    {
        std::lock_guard lock(m_mutex);
        for (int fd : m_fds)
            ::shutdown(fd, SHUT_RDWR);
        workers.swap(m_workers);
    }
    for (auto &t : workers)
        t.join();
    std::lock_guard lock(m_mutex);
    for (int fd : m_fds)
        ::close(fd);
    m_fds.clear();
}

int FaultProxy::forwarded()
{
    std::lock_guard lock(m_mutex);
    return m_forwarded;
}

bool FaultProxy::waitForForwarded(int count, std::chrono::seconds limit)
{
    std::unique_lock lock(m_mutex);
    return m_forwardedChanged.wait_for(lock, limit, [&] { return m_forwarded >= count; });
}

void FaultProxy::acceptLoop()
{
    while (!m_stopping) {
        const int fd = ::accept(m_listen, nullptr, nullptr);
        if (fd < 0)
            return;
        std::lock_guard lock(m_mutex);
        m_fds.push_back(fd);
        m_workers.emplace_back([this, fd] { serve(fd); });
    }
}

void FaultProxy::serve(int fd)
{
    std::string request = readRequest(fd);
    if (request.empty())
        return; // the fd is closed in stop() or by the peer
    ++m_requests;
    Mode mode = m_mode;
    if (mode == Mode::BreakSecondItem) {
        request = withBrokenSecondItem(request);
        mode = Mode::Pass;
    }
    if (mode == Mode::LimitBody)
        mode = bodySize(request) > m_bodyLimit ? Mode::Status413 : Mode::Pass;
    switch (mode) {
    case Mode::Status400:
        sendAll(fd, answer(400, "text/html", "<html><body>400 Bad Request</body></html>"));
        break;
    case Mode::Status404:
        sendAll(fd, answer(404, "text/html", "<html><body>404 Not Found</body></html>"));
        break;
    case Mode::Status413:
        sendAll(fd, answer(413, "text/html", "<html><body>413 Request Entity Too Large</body></html>"));
        break;
    case Mode::Status502:
        sendAll(fd, answer(502, "text/html", "<html><body>502 Bad Gateway</body></html>"));
        break;
    case Mode::GarbageBody:
        sendAll(fd, answer(200, "application/json", std::string("\x00\xff\xfe garbage \x01", 13)));
        break;
    case Mode::EmptyObject:
        sendAll(fd, answer(200, "application/json", "{}"));
        break;
    case Mode::Status500:
        sendAll(fd, answer(500, "application/json", "{\"error\":\"boom\"}"));
        break;
    case Mode::Status503RetryAfter:
        sendAll(fd, answer(503, "application/json", "{\"error\":\"busy\"}", "Retry-After: 7\r\n"));
        break;
    case Mode::BlackHole: {
        char b;
        (void)::recv(fd, &b, 1, 0); // returns when the client gives up or stop() shuts us down
        break;
    }
    case Mode::SlowDrip:
        sendAll(fd, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n");
        while (!m_stopping && sendAll(fd, " ")) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, 200) > 0)
                break; // the client hung up (readable means EOF here)
        }
        break;
    case Mode::Truncated:
        sendAll(fd,
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"cursor\":");
        break;
    case Mode::MalformedJson:
        sendAll(fd, answer(200, "application/json", "{\"results\": [ {\"id\": "));
        break;
    case Mode::WrongContentType:
        sendAll(fd, answer(200, "text/html", "<html><body>Please log in to the hotel Wi-Fi</body></html>"));
        break;
    case Mode::Huge: {
        const size_t total = 50u * 1024 * 1024;
        sendAll(fd,
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(total)
                + "\r\n\r\n");
        const std::string chunk(1024 * 1024, ' ');
        for (size_t sent = 0; sent < total && sendAll(fd, chunk); sent += chunk.size()) { }
        break;
    }
    case Mode::Pass:
    case Mode::ForwardThenDrop:
    case Mode::ForwardThenHold:
    case Mode::BreakSecondItem:
    case Mode::LimitBody: {
        const int up = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = htons(static_cast<uint16_t>(m_upstream.load()));
        if (::connect(up, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
            && sendAll(up, withConnectionClose(request))) {
            char buf[65536];
            std::string reply;
            ssize_t n;
            while ((n = ::recv(up, buf, sizeof buf, 0)) > 0)
                reply.append(buf, static_cast<size_t>(n));
            // ForwardThenDrop: the hub has done the work, the kiosk never hears of it.
            {
                std::lock_guard lock(m_mutex);
                ++m_forwarded;
            }
            m_forwardedChanged.notify_all();
            if (mode == Mode::Pass)
                sendAll(fd, reply);
            if (mode == Mode::ForwardThenHold) {
                char b;
                (void)::recv(fd, &b, 1, 0);
            }
        }
        ::close(up);
        break;
    }
    }
    ::shutdown(fd, SHUT_RDWR);
}

} // namespace checkin::testing
