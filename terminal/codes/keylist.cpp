// Key list text format (line based, signed as a whole; see docs/booking-code.md):
//   checkin-keylist 1 / version N / expires S / key ID PUBHEX FROM TO active|revoked CENTERS|* /
//   revoked-code HASHHEX / signature SIGHEX (last line, over every byte before it)
#include "terminal/codes/keylist.h"

#include <algorithm>
#include <charconv>
#include <sstream>

namespace checkin::core {

namespace {

using Fail = tl::unexpected<KeyListError>;

constexpr size_t kMaxText = 1 << 20;
constexpr std::string_view kHeader = "checkin-keylist 1\n";
constexpr std::string_view kSignatureTag = "signature ";

KeyListError malformed(const std::string &what)
{
    return KeyListError{KeyListErrorKind::Malformed, what};
}

std::vector<std::string_view> split(std::string_view line)
{
    std::vector<std::string_view> out;
    size_t start = 0;
    while (start <= line.size()) {
        const size_t end = std::min(line.find(' ', start), line.size());
        out.push_back(line.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

template <typename T> std::optional<T> number(std::string_view s)
{
    T v{};
    if (s.empty() || (s.size() > 1 && s[0] == '0'))
        return std::nullopt;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size())
        return std::nullopt;
    return v;
}

bool validCenter(std::string_view c)
{
    return !c.empty() && c.size() <= 8 && std::all_of(c.begin(), c.end(), [](char ch) {
        return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    });
}

} // namespace

KeyList::KeyList(
    int64_t version, int64_t expiresS, std::vector<KeyEntry> keys, std::set<std::string> revokedCodes)
    : m_version(version)
    , m_expiresS(expiresS)
    , m_keys(std::move(keys))
    , m_revokedCodes(std::move(revokedCodes))
{ }

const KeyEntry *KeyList::find(uint16_t id) const
{
    for (const auto &k : m_keys)
        if (k.id == id)
            return &k;
    return nullptr;
}

std::string KeyList::body() const
{
    std::ostringstream out;
    out << kHeader << "version " << m_version << "\nexpires " << m_expiresS << "\n";
    for (const auto &k : m_keys) {
        out << "key " << k.id << " " << toHex(k.publicKey) << " " << k.validFromS << " " << k.validToS << " "
            << (k.revoked ? "revoked" : "active") << " ";
        if (k.centers.empty())
            out << "*";
        for (size_t i = 0; i < k.centers.size(); ++i)
            out << (i ? "," : "") << k.centers[i];
        out << "\n";
    }
    for (const auto &h : m_revokedCodes)
        out << "revoked-code " << h << "\n";
    return out.str();
}

std::string KeyList::sign(const SigningKey &root) const
{
    const std::string text = body();
    const Signature sig = root.sign(std::span(reinterpret_cast<const uint8_t *>(text.data()), text.size()));
    return text + std::string(kSignatureTag) + toHex(sig) + "\n";
}

tl::expected<KeyList, KeyListError> KeyList::parse(std::string_view text, const PublicKey &root)
{
    if (text.size() > kMaxText || text.empty() || text.back() != '\n')
        return Fail(malformed("not a key list (size or final newline)"));
    const size_t sigLine = text.rfind('\n', text.size() - 2);
    const size_t sigStart = sigLine == std::string_view::npos ? 0 : sigLine + 1;
    const std::string_view last = text.substr(sigStart, text.size() - 1 - sigStart);
    if (last.substr(0, kSignatureTag.size()) != kSignatureTag)
        return Fail(malformed("the last line is not the signature"));
    const auto sig = fromHex<64>(last.substr(kSignatureTag.size()));
    if (!sig)
        return Fail(malformed("the signature is not 128 hex digits"));
    const std::string_view signedPart = text.substr(0, sigStart);
    if (!verifySignature(
            std::span(reinterpret_cast<const uint8_t *>(signedPart.data()), signedPart.size()), *sig, root))
        return Fail(KeyListError{KeyListErrorKind::BadSignature, "not signed by the pinned root key"});

    // Only now is the content read; it is still checked strictly (the root key could sign a bug).
    if (signedPart.substr(0, kHeader.size()) != kHeader)
        return Fail(malformed("unknown key list format"));
    KeyList list;
    bool haveVersion = false, haveExpiry = false;
    size_t pos = kHeader.size();
    int lineNo = 1;
    while (pos < signedPart.size()) {
        const size_t end = signedPart.find('\n', pos);
        const std::string_view line = signedPart.substr(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        const auto f = split(line);
        const std::string where = "line " + std::to_string(lineNo) + ": ";
        if (f[0] == "version" && f.size() == 2 && !haveVersion) {
            auto v = number<int64_t>(f[1]);
            if (!v || *v < 1)
                return Fail(malformed(where + "bad version"));
            list.m_version = *v;
            haveVersion = true;
        } else if (f[0] == "expires" && f.size() == 2 && !haveExpiry) {
            auto v = number<int64_t>(f[1]);
            if (!v)
                return Fail(malformed(where + "bad expiry"));
            list.m_expiresS = *v;
            haveExpiry = true;
        } else if (f[0] == "key" && f.size() == 7) {
            KeyEntry k;
            auto id = number<uint16_t>(f[1]);
            auto pub = fromHex<32>(f[2]);
            auto from = number<int64_t>(f[3]);
            auto to = number<int64_t>(f[4]);
            if (!id || !pub || !from || !to || *to <= *from || (f[5] != "active" && f[5] != "revoked"))
                return Fail(malformed(where + "bad key entry"));
            if (list.find(*id))
                return Fail(malformed(where + "duplicate key id"));
            k.id = *id;
            k.publicKey = *pub;
            k.validFromS = *from;
            k.validToS = *to;
            k.revoked = f[5] == "revoked";
            if (f[6] != "*") {
                std::string_view rest = f[6];
                while (true) {
                    const size_t comma = rest.find(',');
                    const std::string_view c = rest.substr(0, comma);
                    if (!validCenter(c))
                        return Fail(malformed(where + "bad center list"));
                    k.centers.emplace_back(c);
                    if (comma == std::string_view::npos)
                        break;
                    rest = rest.substr(comma + 1);
                }
            }
            list.m_keys.push_back(std::move(k));
        } else if (f[0] == "revoked-code" && f.size() == 2) {
            if (!fromHex<16>(f[1]) || f[1] != toHex(*fromHex<16>(f[1])))
                return Fail(malformed(where + "bad revocation hash"));
            list.m_revokedCodes.emplace(f[1]);
        } else {
            return Fail(malformed(where + "unexpected line"));
        }
    }
    if (!haveVersion || !haveExpiry)
        return Fail(malformed("version or expiry missing"));
    return list;
}

tl::expected<int64_t, std::string> KeyList::verifiedVersion(
    std::string_view signedText, const std::optional<PublicKey> &root)
{
    if (!root)
        return tl::unexpected(std::string("no root public key configured (trust.root_public_key)"));
    auto list = parse(signedText, *root);
    if (!list)
        return tl::unexpected(list.error().message);
    return list->version();
}

tl::expected<KeyList, KeyListError> KeyList::accept(const std::optional<KeyList> &current, KeyList incoming)
{
    if (current && incoming.version() <= current->version())
        return Fail(KeyListError{KeyListErrorKind::Rollback,
            "key list version " + std::to_string(incoming.version()) + " is not newer than the installed "
                + std::to_string(current->version())});
    return incoming;
}

} // namespace checkin::core
