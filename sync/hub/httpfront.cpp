// HttpFront over Boost.Beast/Asio: one strand per connection, deadlines per phase, caps before reading.
//
// A connection's states, in order:
//   handshake (TLS only, head deadline) -> head (head deadline; idle deadline after the first request)
//   -> head check -> body (body deadline, decoded size capped) -> handler (no deadline; the peer's
//   close is watched) -> write (write deadline) -> head again, or close.
// Invariants:
//   1. No body byte is read before the head check has answered and the declared length fits its limit.
//   2. A request whose body was not read ends its connection (the unread bytes are drained briefly so
//      the client sees the answer, then the socket closes).
//   3. No I/O thread waits for a handler; a handler answers through its Responder from any thread.
//   4. After stop() no Responder touches a socket.
#include "sync/hub/httpfront.h"

#include <atomic>
#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <condition_variable>
#include <map>
#include <mutex>
#include <pthread.h>
#include <sys/socket.h>
#include <thread>
#include <unordered_map>
#include <zlib.h>

namespace checkin::sync {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

namespace {

std::string lower(std::string_view s)
{
    std::string out(s);
    for (auto &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string trim(std::string_view s)
{
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string_view::npos)
        return {};
    const auto e = s.find_last_not_of(" \t");
    return std::string(s.substr(b, e - b + 1));
}

bool compressible(const std::string &contentType)
{
    return contentType.starts_with("application/json") || contentType.starts_with("text/");
}

/// gzip of `in`, or empty when zlib fails (then the body goes out as it is).
std::string gzip(const std::string &in)
{
    z_stream z{};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    std::string out(deflateBound(&z, static_cast<uLong>(in.size())), '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    z.avail_in = static_cast<uInt>(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : std::string();
}

HubResponse plain(int status, const std::string &text)
{
    HubResponse r;
    r.status = status;
    r.contentType = "text/plain";
    r.body = text + "\n";
    return r;
}

void nameThread(const char *name)
{
    pthread_setname_np(pthread_self(), name);
}

} // namespace

class SessionBase
{
public:
    virtual ~SessionBase() = default;
    virtual void send(uint64_t generation, HubResponse response) = 0;
    virtual void abandon(uint64_t generation) = 0;
    virtual bool isOpen() const = 0;
    virtual void closeNow() = 0;
};

struct FrontState
{
    using HeadCheck = HttpFront::HeadCheck;
    using Handler = HttpFront::Handler;
    FrontOptions options;
    HeadCheck headCheck;
    Handler handler;
    std::atomic<bool> stopped{false};
    std::string error;
    int port = -1;

    std::mutex mutex; ///< guards the maps below
    std::map<std::string, int> perAddress;
    std::unordered_map<SessionBase *, std::weak_ptr<SessionBase>> sessions;
    std::map<uint64_t, std::function<void()>> timed; ///< after() tasks not yet due
    uint64_t nextTimed = 0;

    std::atomic<int64_t> requests{0};
    std::atomic<int64_t> refusedConnections{0};
    std::atomic<int64_t> timedOut{0};
    std::atomic<int64_t> refusedHeads{0};

    // Declared after the maps: destroying the contexts destroys queued handlers, whose sessions
    // unregister from the maps.
    net::io_context work;
    std::optional<net::executor_work_guard<net::io_context::executor_type>> workGuard;
    std::vector<std::thread> workThreads;
    net::io_context io;
    std::optional<net::executor_work_guard<net::io_context::executor_type>> ioGuard;
    std::vector<std::thread> ioThreads;
    std::optional<net::ssl::context> ssl;
    tcp::acceptor acceptor{io};
    std::optional<net::steady_timer> acceptRetry;

    bool trusted(const std::string &address) const
    {
        for (const auto &p : options.trustedProxies)
            if (p == address)
                return true;
        return false;
    }
    /// Counts a new connection in, or refuses it when a cap is reached.
    bool admit(const std::string &address)
    {
        std::lock_guard lock(mutex);
        if (static_cast<int>(sessions.size()) >= options.maxConnections)
            return false;
        if (options.maxConnectionsPerAddress > 0 && !trusted(address)
            && perAddress[address] >= options.maxConnectionsPerAddress)
            return false;
        ++perAddress[address];
        return true;
    }
    void release(SessionBase *session, const std::string &address)
    {
        std::lock_guard lock(mutex);
        sessions.erase(session);
        if (auto it = perAddress.find(address); it != perAddress.end() && --it->second <= 0)
            perAddress.erase(it);
    }
    void accept();
    std::weak_ptr<FrontState> self; ///< Replies hold the state strongly; sessions and io handlers never do
};

/// The Responder's target: one request of one session.
class Reply final : public Responder::Target
{
public:
    Reply(std::shared_ptr<FrontState> state, std::shared_ptr<SessionBase> session, uint64_t generation,
        bool gzipOk)
        : m_state(std::move(state))
        , m_session(std::move(session))
        , m_generation(generation)
        , m_gzipOk(gzipOk)
    { }
    ~Reply() override
    {
        if (!m_used.load() && !m_state->stopped.load())
            m_session->abandon(m_generation);
    }
    void deliver(HubResponse response) override
    {
        if (m_used.exchange(true) || m_state->stopped.load())
            return;
        bool encoded = false;
        for (const auto &[name, value] : response.headers)
            encoded = encoded || lower(name) == "content-encoding";
        if (m_gzipOk && !encoded && response.body.size() >= 1024 && compressible(response.contentType)) {
            if (auto z = gzip(response.body); !z.empty()) {
                response.body = std::move(z);
                response.headers.emplace_back("Content-Encoding", "gzip");
                response.headers.emplace_back("Vary", "Accept-Encoding");
            }
        }
        m_session->send(m_generation, std::move(response));
    }
    bool open() const override { return !m_used.load() && m_session->isOpen(); }

private:
    std::shared_ptr<FrontState> m_state;
    std::shared_ptr<SessionBase> m_session;
    uint64_t m_generation;
    bool m_gzipOk;
    std::atomic<bool> m_used{false};
};

/// One connection; every member is touched on its strand only, except m_open.
template <class Stream>
class Session final : public SessionBase, public std::enable_shared_from_this<Session<Stream>>
{
public:
    Session(FrontState &state, Stream stream, std::string address)
        : m_state(state)
        , m_stream(std::move(stream))
        , m_address(std::move(address))
    { }
    ~Session() override { unregister(); }

    void run()
    {
        if constexpr (std::is_same_v<Stream, beast::ssl_stream<beast::tcp_stream>>) {
            beast::get_lowest_layer(m_stream).expires_after(m_state.options.headTimeout);
            m_stream.async_handshake(
                net::ssl::stream_base::server, [self = this->shared_from_this()](beast::error_code ec) {
                    if (ec) {
                        if (ec == beast::error::timeout)
                            ++self->m_state.timedOut;
                        return self->closeNow();
                    }
                    self->readHead();
                });
        } else {
            readHead();
        }
    }

    void send(uint64_t generation, HubResponse response) override
    {
        net::dispatch(m_stream.get_executor(),
            [self = this->shared_from_this(), generation, r = std::move(response)]() mutable {
                if (generation == self->m_generation && self->m_open.load())
                    self->write(std::move(r));
            });
    }
    void abandon(uint64_t generation) override
    {
        net::dispatch(m_stream.get_executor(), [self = this->shared_from_this(), generation] {
            if (generation == self->m_generation)
                self->closeNow();
        });
    }
    bool isOpen() const override { return m_open.load(); }
    void closeNow() override
    {
        if (!m_open.exchange(false))
            return;
        beast::error_code ec;
        auto &socket = beast::get_lowest_layer(m_stream).socket();
        socket.shutdown(tcp::socket::shutdown_both, ec);
        beast::get_lowest_layer(m_stream).close();
        unregister();
    }

private:
    void unregister()
    {
        if (!m_registered.exchange(false))
            return;
        m_state.release(this, m_address);
    }

    void readHead()
    {
        m_parser.emplace();
        m_parser->header_limit(static_cast<std::uint32_t>(m_state.options.maxHeadBytes));
        m_parser->body_limit(m_state.options.maxBodyBytes);
        beast::get_lowest_layer(m_stream).expires_after(
            m_served == 0 ? m_state.options.headTimeout : m_state.options.idleTimeout);
        http::async_read_header(m_stream, m_buffer, *m_parser,
            [self = this->shared_from_this()](beast::error_code ec, size_t) { self->onHead(ec); });
    }

    void onHead(beast::error_code ec)
    {
        if (ec == beast::error::timeout)
            ++m_state.timedOut;
        if (ec == http::error::header_limit)
            return refuse(plain(431, "request head too large"));
        // A declared length past the front's maximum is refused before anything else is looked at.
        if (ec == http::error::body_limit)
            return refuse(
                plain(413, "body larger than " + std::to_string(m_state.options.maxBodyBytes) + " bytes"));
        if (ec == http::error::end_of_stream || ec == beast::error::timeout
            || ec == net::error::operation_aborted || !m_open.load())
            return closeNow();
        if (ec)
            return refuse(plain(400, "malformed request"));
        ++m_state.requests;
        const auto &head = m_parser->get();
        m_request = HubRequest{};
        m_request.method = std::string(head.method_string());
        m_request.target = std::string(head.target());
        for (const auto &field : head) {
            const std::string name
                = lower(std::string_view(field.name_string().data(), field.name_string().size()));
            auto [it, fresh] = m_request.headers.emplace(name, std::string(field.value()));
            if (!fresh)
                it->second += ", " + std::string(field.value());
        }
        const std::string_view target = m_request.target;
        const auto question = target.find('?');
        m_request.path = urlDecode(target.substr(0, question));
        if (question != std::string_view::npos) {
            std::string_view rest = target.substr(question + 1);
            while (!rest.empty()) {
                const auto amp = rest.find('&');
                const auto pair = rest.substr(0, amp);
                rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
                if (pair.empty())
                    continue;
                const auto eq = pair.find('=');
                m_request.query.emplace_back(urlDecode(pair.substr(0, eq)),
                    eq == std::string_view::npos ? std::string() : urlDecode(pair.substr(eq + 1)));
            }
        }
        m_request.tls = std::is_same_v<Stream, beast::ssl_stream<beast::tcp_stream>>;
        m_request.peer = m_address;
        if (m_state.trusted(m_address)) {
            if (auto real = trim(m_request.header("x-real-ip")); !real.empty())
                m_request.peer = real;
            m_request.tls = m_request.tls || lower(trim(m_request.header("x-forwarded-proto"))) == "https";
        }
        // Compressed request bodies would be inflated by nobody here; refuse before reading them.
        if (const auto encoding = lower(trim(m_request.header("content-encoding")));
            !encoding.empty() && encoding != "identity")
            return refuse(plain(415, "Content-Encoding " + encoding + " is not accepted"));
        if (const auto te = lower(trim(m_request.header("transfer-encoding")));
            !te.empty() && te != "chunked")
            return refuse(plain(501, "Transfer-Encoding " + te + " is not supported"));
        HeadVerdict verdict = m_state.headCheck(m_request);
        if (verdict.refuse)
            return refuse(std::move(*verdict.refuse));
        const size_t limit = std::min(verdict.bodyLimit, m_state.options.maxBodyBytes);
        if (const auto length = m_parser->content_length(); length && *length > limit)
            return refuse(plain(413, "body larger than " + std::to_string(limit) + " bytes"));
        m_parser->body_limit(limit);
        m_cheap = verdict.cheap;
        m_request.caller = std::move(verdict.caller);
        if (m_parser->is_done())
            return dispatch();
        if (lower(m_request.header("expect")) == "100-continue") {
            auto cont = std::make_shared<http::response<http::empty_body>>(http::status::continue_, 11);
            beast::get_lowest_layer(m_stream).expires_after(m_state.options.writeTimeout);
            return http::async_write(
                m_stream, *cont, [self = this->shared_from_this(), cont](beast::error_code e, size_t) {
                    if (e)
                        return self->closeNow();
                    self->readBody();
                });
        }
        readBody();
    }

    void readBody()
    {
        beast::get_lowest_layer(m_stream).expires_after(m_state.options.bodyTimeout);
        http::async_read(
            m_stream, m_buffer, *m_parser, [self = this->shared_from_this()](beast::error_code ec, size_t) {
                if (ec == http::error::body_limit)
                    return self->refuse(plain(413, "body larger than the limit"));
                if (ec == beast::error::timeout) {
                    ++self->m_state.timedOut;
                    return self->closeNow();
                }
                if (ec)
                    return self->closeNow();
                self->m_request.body = std::move(self->m_parser->get().body());
                self->dispatch();
            });
    }

    void dispatch()
    {
        m_keepAlive = m_parser->keep_alive();
        const bool gzipOk = lower(m_request.header("accept-encoding")).find("gzip") != std::string::npos;
        beast::get_lowest_layer(m_stream).expires_never();
        watchPeer();
        Responder respond(
            std::make_shared<Reply>(m_state.self.lock(), this->shared_from_this(), m_generation, gzipOk));
        if (m_cheap)
            return m_state.handler(std::move(m_request), std::move(respond));
        net::post(m_state.work, [state = &m_state, request = std::move(m_request), respond]() mutable {
            state->handler(std::move(request), std::move(respond));
        });
    }

    /// While a handler works, a peer that hangs up frees its connection (and its place in the caps).
    void watchPeer()
    {
        beast::get_lowest_layer(m_stream).socket().async_wait(tcp::socket::wait_read,
            [self = this->shared_from_this(), generation = m_generation](beast::error_code ec) {
                if (ec || generation != self->m_generation || !self->m_open.load())
                    return;
                char probe = 0;
                const auto fd = beast::get_lowest_layer(self->m_stream).socket().native_handle();
                const ssize_t n = ::recv(fd, &probe, 1, MSG_PEEK | MSG_DONTWAIT);
                if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK))
                    return self->closeNow();
                if (n < 0)
                    self->watchPeer(); // a spurious wake-up
                // n > 0: the next request is already coming; it waits in the socket until we read it.
            });
    }

    /// Answers from the head or body phase: the body is not read, so the connection ends (invariant 2).
    void refuse(HubResponse response)
    {
        ++m_state.refusedHeads;
        m_keepAlive = false;
        m_drain = true;
        write(std::move(response));
    }

    void write(HubResponse r)
    {
        ++m_generation; // a late Responder of this request can no longer reach the connection
        beast::error_code ignored;
        beast::get_lowest_layer(m_stream).socket().cancel(ignored); // ends watchPeer
        auto res
            = std::make_shared<http::response<http::string_body>>(static_cast<http::status>(r.status), 11);
        for (auto &[name, value] : r.headers)
            res->set(name, value);
        res->set("X-Content-Type-Options", "nosniff");
        if (!r.contentType.empty())
            res->set(http::field::content_type, r.contentType);
        res->body() = std::move(r.body);
        res->keep_alive(m_keepAlive && !m_state.stopped.load());
        res->prepare_payload();
        beast::get_lowest_layer(m_stream).expires_after(m_state.options.writeTimeout);
        http::async_write(
            m_stream, *res, [self = this->shared_from_this(), res](beast::error_code ec, size_t) {
                ++self->m_served;
                if (ec == beast::error::timeout)
                    ++self->m_state.timedOut;
                if (ec)
                    return self->closeNow();
                if (self->m_drain)
                    return self->drain();
                if (!res->keep_alive())
                    return self->closeNow();
                self->readHead();
            });
    }

    /// Sends FIN, then reads and drops what the client still sends for a moment, so that it reads
    /// our answer instead of a reset.
    void drain()
    {
        beast::error_code ec;
        beast::get_lowest_layer(m_stream).socket().shutdown(tcp::socket::shutdown_send, ec);
        beast::get_lowest_layer(m_stream).expires_after(std::chrono::milliseconds(1000));
        drainSome();
    }
    void drainSome()
    {
        beast::get_lowest_layer(m_stream).async_read_some(
            net::buffer(m_discard), [self = this->shared_from_this()](beast::error_code ec, size_t n) {
                self->m_drained += n;
                if (ec || self->m_drained > 4 * 1024 * 1024)
                    return self->closeNow();
                self->drainSome();
            });
    }

    FrontState &m_state; ///< outlives every session: sessions live in its io_context or in Replies
    Stream m_stream;
    std::string m_address;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    HubRequest m_request;
    uint64_t m_generation = 0;
    uint64_t m_served = 0;
    size_t m_drained = 0;
    bool m_keepAlive = true;
    bool m_cheap = false;
    bool m_drain = false;
    std::atomic<bool> m_open{true};
    std::atomic<bool> m_registered{true};
    std::array<char, 4096> m_discard{};

public:
    // The session registers itself once it is owned by a shared_ptr.
    void enroll()
    {
        std::lock_guard lock(m_state.mutex);
        m_state.sessions.emplace(this, this->weak_from_this());
    }
};

void FrontState::accept()
{
    acceptor.async_accept(net::make_strand(io), [this](beast::error_code ec, tcp::socket socket) {
        if (stopped.load() || ec == net::error::operation_aborted)
            return;
        if (ec) {
            // Out of descriptors, most likely: try again shortly rather than spin.
            acceptRetry.emplace(io, std::chrono::milliseconds(50));
            acceptRetry->async_wait([this](beast::error_code e) {
                if (!e)
                    accept();
            });
            return;
        }
        beast::error_code peerError;
        const auto endpoint = socket.remote_endpoint(peerError);
        const std::string address = peerError ? std::string("?") : endpoint.address().to_string();
        if (!admit(address)) {
            ++refusedConnections;
            socket.close(peerError);
            return accept();
        }
        socket.set_option(tcp::no_delay(true), peerError);
        if (ssl) {
            auto s = std::make_shared<Session<beast::ssl_stream<beast::tcp_stream>>>(
                *this, beast::ssl_stream<beast::tcp_stream>(std::move(socket), *ssl), address);
            s->enroll();
            s->run();
        } else {
            auto s = std::make_shared<Session<beast::tcp_stream>>(
                *this, beast::tcp_stream(std::move(socket)), address);
            s->enroll();
            s->run();
        }
        accept();
    });
}

HttpFront::HttpFront(FrontOptions options, HeadCheck headCheck, Handler handler)
    : m_state(std::make_shared<FrontState>())
{
    m_state->options = std::move(options);
    m_state->headCheck = std::move(headCheck);
    m_state->handler = std::move(handler);
    m_state->self = m_state;
}

HttpFront::~HttpFront()
{
    stop();
}

int HttpFront::start()
{
    auto &s = *m_state;
    if (!s.options.certPath.empty()) {
        try {
            s.ssl.emplace(net::ssl::context::tls_server);
            s.ssl->set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2
                | net::ssl::context::no_sslv3 | net::ssl::context::no_tlsv1 | net::ssl::context::no_tlsv1_1
                | net::ssl::context::single_dh_use);
            s.ssl->use_certificate_chain_file(s.options.certPath);
            s.ssl->use_private_key_file(s.options.keyPath, net::ssl::context::pem);
            if (!s.options.clientCaPath.empty()) {
                s.ssl->load_verify_file(s.options.clientCaPath);
                s.ssl->set_verify_mode(net::ssl::verify_peer | net::ssl::verify_fail_if_no_peer_cert);
            }
        } catch (const boost::system::system_error &e) {
            s.error = "cannot load the TLS certificate, key or client CA: " + std::string(e.what());
            return -1;
        }
    }
    beast::error_code ec;
    const auto address = net::ip::make_address(s.options.host, ec);
    if (ec) {
        s.error = "not an address to listen on: " + s.options.host;
        return -1;
    }
    const tcp::endpoint endpoint(address, static_cast<unsigned short>(s.options.port));
    s.acceptor.open(endpoint.protocol(), ec);
    // SO_REUSEADDR lets a restarted hub take its port while old connections linger in TIME_WAIT;
    // it never lets two listeners share a port (SO_REUSEPORT would, and is not set).
    if (!ec)
        s.acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
    if (!ec)
        s.acceptor.bind(endpoint, ec);
    if (!ec)
        s.acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec) {
        s.error = ec == net::error::address_in_use ? "port " + std::to_string(s.options.port) + " on "
                + s.options.host + " is in use by another process"
                                                   : "cannot listen on " + s.options.host + ":"
                + std::to_string(s.options.port) + ": " + ec.message();
        beast::error_code ignored;
        s.acceptor.close(ignored);
        return -1;
    }
    s.port = s.acceptor.local_endpoint().port();
    s.workGuard.emplace(s.work.get_executor());
    s.ioGuard.emplace(s.io.get_executor());
    for (int i = 0; i < std::max(1, s.options.workerThreads); ++i)
        s.workThreads.emplace_back([state = &s] {
            nameThread("hub-work");
            state->work.run();
        });
    s.accept();
    for (int i = 0; i < std::max(1, s.options.ioThreads); ++i)
        s.ioThreads.emplace_back([state = &s] {
            nameThread("hub-io");
            state->io.run();
        });
    return s.port;
}

void HttpFront::stop()
{
    auto &s = *m_state;
    if (s.stopped.exchange(true) || s.ioThreads.empty())
        return;
    // The I/O threads end first (no new requests), then the handlers finish (their answers are
    // dropped), then the sockets close from here, where no other thread touches them (invariant 4).
    s.io.stop();
    for (auto &t : s.ioThreads)
        t.join();
    s.ioThreads.clear();
    s.workGuard.reset();
    for (auto &t : s.workThreads)
        t.join();
    s.workThreads.clear();
    beast::error_code ignored;
    s.acceptor.close(ignored);
    std::vector<std::shared_ptr<SessionBase>> open;
    std::map<uint64_t, std::function<void()>> timed;
    {
        std::lock_guard lock(s.mutex);
        for (auto &[raw, weak] : s.sessions)
            if (auto session = weak.lock())
                open.push_back(std::move(session));
        timed.swap(s.timed);
    }
    for (auto &session : open)
        session->closeNow();
}

int HttpFront::port() const
{
    return m_state->port;
}

const std::string &HttpFront::error() const
{
    return m_state->error;
}

FrontStats HttpFront::stats() const
{
    auto &s = *m_state;
    FrontStats out;
    out.requests = s.requests.load();
    out.refusedConnections = s.refusedConnections.load();
    out.timedOut = s.timedOut.load();
    out.refusedHeads = s.refusedHeads.load();
    std::lock_guard lock(s.mutex);
    out.open = static_cast<int64_t>(s.sessions.size());
    return out;
}

void HttpFront::post(std::function<void()> task)
{
    if (!m_state->stopped.load())
        net::post(m_state->work, std::move(task));
}

void HttpFront::after(std::chrono::milliseconds delay, std::function<void()> task)
{
    auto &s = *m_state;
    if (s.stopped.load())
        return;
    uint64_t id = 0;
    {
        std::lock_guard lock(s.mutex);
        id = ++s.nextTimed;
        s.timed.emplace(id, std::move(task));
    }
    // The timer's handler holds only the id: a task that owns a Responder never sits in the io queue.
    auto timer = std::make_shared<net::steady_timer>(s.io, delay);
    timer->async_wait([state = &s, id, timer](beast::error_code ec) {
        if (ec)
            return;
        std::function<void()> due;
        {
            std::lock_guard lock(state->mutex);
            auto it = state->timed.find(id);
            if (it == state->timed.end())
                return;
            due = std::move(it->second);
            state->timed.erase(it);
        }
        if (!state->stopped.load())
            net::post(state->work, std::move(due));
    });
}

} // namespace checkin::sync
