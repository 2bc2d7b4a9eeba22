// Certificates for TLS tests, made with the openssl command line in a test's temporary folder.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace checkin::testing {

/// A CA with a hub certificate (for 127.0.0.1 and localhost) and a client certificate, plus an
/// impostor CA with its own hub and client certificates. Paths are inside `dir`.
class TestCerts
{
public:
    explicit TestCerts(const std::string &dir)
        : m_dir(dir)
    {
        m_ok = ca("ca") && ca("evil-ca") && leaf("hub", "ca", "127.0.0.1", true)
            && leaf("kiosk", "ca", "sb-01", false) && leaf("impostor", "evil-ca", "127.0.0.1", true)
            && leaf("rogue-kiosk", "evil-ca", "sb-01", false);
    }
    bool ok() const { return m_ok; }
    std::string path(const std::string &name) const { return m_dir + "/" + name; }
    /// "sha256//BASE64" of a certificate's public key.
    std::string pin(const std::string &cert) const
    {
        const std::string out = path(cert + ".pin");
        run("openssl x509 -in " + path(cert + ".pem") + " -pubkey -noout | openssl pkey -pubin -outform der"
            + " | openssl dgst -sha256 -binary | openssl base64 -A -out " + out);
        std::ifstream in(out);
        std::string text;
        std::getline(in, text);
        return "sha256//" + text;
    }

private:
    static bool run(const std::string &command)
    {
        return std::system((command + " >/dev/null 2>&1").c_str()) == 0;
    }
    bool ca(const std::string &name)
    {
        return run(
            "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN="
            + name + " -keyout " + path(name + ".key") + " -out " + path(name + ".pem"));
    }
    bool leaf(const std::string &name, const std::string &issuer, const std::string &cn, bool server)
    {
        const std::string ext = path(name + ".ext");
        std::ofstream(ext) << (server
                ? "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n"
                : "extendedKeyUsage=clientAuth\n");
        return run("openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj /CN=" + cn
                   + " -keyout " + path(name + ".key") + " -out " + path(name + ".csr"))
            && run("openssl x509 -req -days 2 -in " + path(name + ".csr") + " -CA " + path(issuer + ".pem")
                + " -CAkey " + path(issuer + ".key") + " -CAcreateserial -extfile " + ext + " -out "
                + path(name + ".pem"));
    }

    std::string m_dir;
    bool m_ok = false;
};

} // namespace checkin::testing
