// checkinctl keys: make Ed25519 key pairs and sign key lists (the hub's side, tests and the demo).
#include "sync/protocol/messages.h"
#include "terminal/codes/keylist.h"
#include "terminal/tools/commands.h"
#include "terminal/tools/keyfile.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <sys/stat.h>

namespace checkin::ctl {

namespace {

constexpr const char *kSecretTag = "ed25519-seed ";

[[noreturn]] void fail(const std::string &message, int code = 2)
{
    std::cerr << "checkinctl: " << message << "\n";
    throw CLI::RuntimeError(code);
}

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        fail("cannot read " + path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeFile(const std::string &path, const std::string &text, mode_t mode)
{
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << text;
        if (!out.flush())
            fail("cannot write " + path);
    }
    ::chmod(path.c_str(), mode);
}

/// "ID:PUBLICHEX:FROM:TO[:CENTER,CENTER][:revoked]" with Unix seconds.
core::KeyEntry parseKeySpec(const std::string &spec)
{
    std::vector<std::string> parts;
    std::stringstream in(spec);
    for (std::string part; std::getline(in, part, ':');)
        parts.push_back(part);
    core::KeyEntry k;
    try {
        if (parts.size() < 4 || parts.size() > 6)
            throw std::invalid_argument("field count");
        const unsigned long id = std::stoul(parts[0]);
        if (id > 0xFFFF)
            throw std::invalid_argument("id");
        k.id = static_cast<uint16_t>(id);
        auto pub = core::fromHex<32>(parts[1]);
        if (!pub)
            throw std::invalid_argument("public key");
        k.publicKey = *pub;
        k.validFromS = std::stoll(parts[2]);
        k.validToS = std::stoll(parts[3]);
        for (size_t i = 4; i < parts.size(); ++i) {
            if (parts[i] == "revoked") {
                k.revoked = true;
                continue;
            }
            std::stringstream centers(parts[i]);
            for (std::string c; std::getline(centers, c, ',');)
                k.centers.push_back(c);
        }
    } catch (const std::exception &) {
        fail("bad --key " + spec + " (want ID:PUBLICHEX:FROM:TO[:CENTERS][:revoked])");
    }
    return k;
}

} // namespace

core::SigningKey readSecretKey(const std::string &path)
{
    std::string text = readFile(path);
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    // The tag keeps a public key file (also 64 hex digits) from being taken for a secret one.
    const std::string_view tag = kSecretTag;
    auto key = text.starts_with(tag)
        ? core::SigningKey::fromSeedHex(std::string_view(text).substr(tag.size()))
        : std::nullopt;
    if (!key)
        fail(path + ": not a secret key file from `checkinctl keys generate`");
    return *key;
}

void addKeysCommand(CLI::App &app)
{
    auto *keys = app.add_subcommand("keys", "Ed25519 keys for booking codes and key lists");
    keys->require_subcommand(1);

    struct GenerateOptions
    {
        std::string out;
        std::string passphrase;
    };
    auto gen = std::make_shared<GenerateOptions>();
    auto *generate = keys->add_subcommand("generate", "write OUT.secret (0600) and OUT.public");
    generate->add_option("--out", gen->out, "path prefix")->required();
    generate->add_option(
        "--from-passphrase", gen->passphrase, "derive deterministically (tests and demos only)");
    generate->callback([gen] {
        const core::SigningKey key = gen->passphrase.empty()
            ? core::SigningKey::generate()
            : core::SigningKey::fromPassphrase(gen->passphrase);
        writeFile(gen->out + ".secret", std::string(kSecretTag) + key.seedHex() + "\n", 0600);
        writeFile(gen->out + ".public", core::toHex(key.publicKey()) + "\n", 0644);
        std::cout << "public key: " << core::toHex(key.publicKey()) << "\nsecret: " << gen->out
                  << ".secret\n";
    });

    struct ListOptions
    {
        std::string root;
        std::string out;
        int64_t version = 0;
        int64_t expires = 0;
        std::vector<std::string> keys;
        std::vector<std::string> revokedCodes;
    };
    auto list = std::make_shared<ListOptions>();
    auto *sign = keys->add_subcommand("sign-list", "write a key list signed by the root key");
    sign->add_option("--root", list->root, "root secret key file")->required();
    // Kiosks refuse a version above the protocol's bound, so a typo cannot lock them out.
    sign->add_option("--version", list->version, "list version (must exceed the kiosks' current one)")
        ->required()
        ->check(CLI::Range(int64_t{1}, sync::protocol::kMaxKeyListVersion));
    sign->add_option("--expires", list->expires, "Unix seconds after which kiosks send codes to staff")
        ->required();
    sign->add_option("--key", list->keys, "ID:PUBLICHEX:FROM:TO[:CENTERS][:revoked]");
    sign->add_option("--revoke-code", list->revokedCodes, "revocation hash of a withdrawn code");
    sign->add_option("--out", list->out, "output file")->required();
    sign->callback([list] {
        std::vector<core::KeyEntry> entries;
        for (const auto &spec : list->keys)
            entries.push_back(parseKeySpec(spec));
        const core::KeyList keyList(list->version, list->expires, entries,
            std::set<std::string>(list->revokedCodes.begin(), list->revokedCodes.end()));
        const core::SigningKey root = readSecretKey(list->root);
        const std::string text = keyList.sign(root);
        // Check our own output the way a kiosk will.
        if (auto back = core::KeyList::parse(text, root.publicKey()); !back)
            fail("the key list does not verify: " + back.error().message);
        writeFile(list->out, text, 0644);
        std::cout << "key list version " << list->version << " with " << entries.size()
                  << " keys: " << list->out << "\n";
    });
}

} // namespace checkin::ctl
