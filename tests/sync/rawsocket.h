// A blocking-with-deadline TCP client for hostile HTTP tests: write what a library would never send.
#pragma once

#include <arpa/inet.h>
#include <chrono>
#include <fstream>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

namespace checkin::testing {

/// One TCP connection to 127.0.0.1:port. Every read waits at most its deadline; nothing sleeps.
class RawSocket
{
public:
    explicit RawSocket(int port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(static_cast<uint16_t>(port));
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (m_fd >= 0 && ::connect(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~RawSocket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    RawSocket(RawSocket &&other) noexcept
        : m_fd(other.m_fd)
    {
        other.m_fd = -1;
    }
    RawSocket(const RawSocket &) = delete;
    RawSocket &operator=(const RawSocket &) = delete;

    bool connected() const { return m_fd >= 0; }

    /// Sends all of `data`, waiting for room at most `deadline`; false when the peer closed or the
    /// deadline passed (a server that stopped reading).
    bool send(const std::string &data, std::chrono::milliseconds deadline = std::chrono::milliseconds(5000))
    {
        const auto end = std::chrono::steady_clock::now() + deadline;
        size_t done = 0;
        while (done < data.size()) {
            if (!waitFor(POLLOUT, end))
                return false;
            const ssize_t n
                = ::send(m_fd, data.data() + done, data.size() - done, MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                continue;
            if (n <= 0)
                return false;
            done += static_cast<size_t>(n);
        }
        return true;
    }

    /// Reads until the response head and its Content-Length body arrived, the peer closed, or the
    /// deadline passed; returns what arrived.
    std::string readResponse(std::chrono::milliseconds deadline = std::chrono::milliseconds(5000))
    {
        const auto end = std::chrono::steady_clock::now() + deadline;
        while (!complete()) {
            if (!waitFor(POLLIN, end))
                break;
            char buf[65536];
            const ssize_t n = ::recv(m_fd, buf, sizeof buf, MSG_DONTWAIT);
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                continue;
            if (n <= 0) {
                m_closed = true;
                break;
            }
            m_in.append(buf, static_cast<size_t>(n));
        }
        std::string out = m_in;
        m_in.clear();
        return out;
    }

    /// Reads whatever has arrived without waiting; true once a whole response is buffered (a
    /// client that uploads keeps reading, so it sees an early refusal before the connection ends).
    bool pump()
    {
        char buf[65536];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buf, sizeof buf, MSG_DONTWAIT);
            if (n <= 0) {
                m_closed = m_closed || n == 0;
                break;
            }
            m_in.append(buf, static_cast<size_t>(n));
        }
        return complete();
    }

    /// True when the peer closed the connection within `deadline` (any data before is dropped).
    bool closedWithin(std::chrono::milliseconds deadline)
    {
        const auto end = std::chrono::steady_clock::now() + deadline;
        while (!m_closed) {
            if (!waitFor(POLLIN, end))
                return false;
            char buf[4096];
            const ssize_t n = ::recv(m_fd, buf, sizeof buf, MSG_DONTWAIT);
            if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK))
                m_closed = true;
        }
        return true;
    }

    static int status(const std::string &response)
    {
        if (!response.starts_with("HTTP/1.1 ") || response.size() < 12)
            return 0;
        return std::stoi(response.substr(9, 3));
    }

private:
    bool waitFor(short events, std::chrono::steady_clock::time_point end)
    {
        for (;;) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                end - std::chrono::steady_clock::now());
            if (left.count() <= 0)
                return false;
            pollfd p{m_fd, events, 0};
            const int r = ::poll(&p, 1, static_cast<int>(left.count()));
            if (r > 0)
                return true;
            if (r == 0)
                return false;
        }
    }
    bool complete() const
    {
        const auto headEnd = m_in.find("\r\n\r\n");
        if (headEnd == std::string::npos)
            return false;
        size_t length = 0;
        std::string head = m_in.substr(0, headEnd);
        for (auto &c : head)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (const auto at = head.find("content-length:"); at != std::string::npos)
            length = std::stoul(head.substr(at + 15));
        return m_in.size() >= headEnd + 4 + length;
    }

    int m_fd = -1;
    std::string m_in;
    bool m_closed = false;
};

/// Resident memory of this process in KiB (VmRSS of /proc/self/status).
inline long residentKiB()
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.starts_with("VmRSS:"))
            return std::stol(line.substr(6));
    return -1;
}

/// Threads of this process (Threads of /proc/self/status).
inline long threadCount()
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.starts_with("Threads:"))
            return std::stol(line.substr(8));
    return -1;
}

} // namespace checkin::testing
