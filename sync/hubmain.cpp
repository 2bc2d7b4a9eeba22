// checkin-hub: the reference hub server for development, tests, demos and small sites.
#include "sync/hubserver.h"

#include <csignal>
#include <cstdlib>
#include <iostream>
#include <string>

int main(int argc, char **argv)
{
    checkin::sync::HubServer::Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--port" && i + 1 < argc)
            options.port = std::atoi(argv[++i]);
        else if (arg == "--listen" && i + 1 < argc)
            options.host = argv[++i];
        else if (arg == "--db" && i + 1 < argc)
            options.databasePath = argv[++i];
        else {
            std::cerr << "usage: checkin-hub [--listen ADDR] [--port N] [--db PATH]\n";
            return 2;
        }
    }
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    checkin::sync::HubServer hub(options);
    const int port = hub.start();
    if (port < 0) {
        std::cerr << "checkin-hub: cannot listen on " << options.host << ":" << options.port << "\n";
        return 1;
    }
    std::cerr << "checkin-hub: listening on " << options.host << ":" << port << "\n";
    int sig = 0;
    sigwait(&set, &sig);
    hub.stop();
    return 0;
}
