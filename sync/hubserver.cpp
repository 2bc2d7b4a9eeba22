// HubServer over cpp-httplib.
#include "sync/hubserver.h"

#include <chrono>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <pthread.h>
#include <thread>

namespace checkin::sync {

struct HubServer::Impl
{
    Options options;
    httplib::Server server;
    std::thread thread;
    int port = -1;
};

HubServer::HubServer(Options options)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->options = std::move(options);
    m_impl->server.Get("/v1/health", [](const httplib::Request &, httplib::Response &res) {
        const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::system_clock::now().time_since_epoch())
                             .count();
        res.set_content(nlohmann::json{{"status", "ok"}, {"server_time_ms", now}}.dump(), "application/json");
    });
}

HubServer::~HubServer()
{
    stop();
}

int HubServer::start()
{
    auto &d = *m_impl;
    d.port = d.options.port == 0
        ? d.server.bind_to_any_port(d.options.host)
        : (d.server.bind_to_port(d.options.host, d.options.port) ? d.options.port : -1);
    if (d.port < 0)
        return -1;
    d.thread = std::thread([this] {
        pthread_setname_np(pthread_self(), "hub");
        m_impl->server.listen_after_bind();
    });
    // cpp-httplib 0.11 has no wait_until_ready(); the socket is bound already, so this is short.
    for (int i = 0; i < 2000 && !d.server.is_running(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return d.port;
}

void HubServer::stop()
{
    if (m_impl->thread.joinable()) {
        m_impl->server.stop();
        m_impl->thread.join();
    }
}

int HubServer::port() const
{
    return m_impl->port;
}

} // namespace checkin::sync
