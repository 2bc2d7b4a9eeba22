// The reference hub: the central side of the sync protocol, over its own SQLite file.
#pragma once

#include <memory>
#include <string>

namespace checkin::sync {

/// An HTTP server on its own thread ("hub"). Start it on port 0 in tests to get a free port.
class HubServer
{
public:
    struct Options
    {
        std::string host = "127.0.0.1";
        int port = 0;
        std::string databasePath;
    };

    explicit HubServer(Options options);
    ~HubServer();
    /// Binds and starts serving; returns the bound port, or -1 when binding failed.
    int start();
    void stop();
    int port() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace checkin::sync
