// Import of appointment exports: CSV (RFC 4180 quoting, header row names the columns) and JSON.
#include "sync/hub/hubimport.h"

#include "sync/hub/boundedjson.h"

#include <charconv>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>

namespace checkin::sync {

namespace {

struct RowError
{
    std::string field;
    std::string message;
};

using Fields = std::map<std::string, std::string>;

std::optional<int> parseClock(const std::string &text)
{
    // "HH:MM" as booking systems print it; minutes after midnight are accepted too.
    int h = 0;
    int m = 0;
    if (text.size() == 5 && text[2] == ':') {
        // Digits only: from_chars alone takes "-1" as an hour and stops early in "9-".
        for (size_t i : {0, 1, 3, 4})
            if (text[i] < '0' || text[i] > '9')
                return std::nullopt;
        auto r1 = std::from_chars(text.data(), text.data() + 2, h);
        auto r2 = std::from_chars(text.data() + 3, text.data() + 5, m);
        if (r1.ec != std::errc{} || r2.ec != std::errc{} || h > 24 || m > 59 || (h == 24 && m != 0))
            return std::nullopt;
        return h * 60 + m;
    }
    int minutes = 0;
    auto r = std::from_chars(text.data(), text.data() + text.size(), minutes);
    if (r.ec != std::errc{} || r.ptr != text.data() + text.size() || minutes < 0 || minutes > 1440)
        return std::nullopt;
    return minutes;
}

bool isIsoDate(const std::string &t)
{
    if (t.size() != 10 || t[4] != '-' || t[7] != '-')
        return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (t[i] < '0' || t[i] > '9')
            return false;
    const int month = (t[5] - '0') * 10 + (t[6] - '0');
    const int day = (t[8] - '0') * 10 + (t[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::optional<int64_t> parseInt(const std::string &text)
{
    int64_t v = 0;
    auto r = std::from_chars(text.data(), text.data() + text.size(), v);
    if (r.ec != std::errc{} || r.ptr != text.data() + text.size())
        return std::nullopt;
    return v;
}

/// Why a field's text cannot be stored (messages name the rule, never the value).
std::optional<std::string> textProblem(const std::string &key, const std::string &value)
{
    for (size_t i = 0; i < value.size(); ++i) {
        const auto c = static_cast<unsigned char>(value[i]);
        // C0 controls, DEL, and C1 controls (U+0080..U+009F are C2 80..C2 9F in UTF-8).
        if (c < 0x20 || c == 0x7f
            || (c == 0xc2 && i + 1 < value.size() && static_cast<unsigned char>(value[i + 1]) <= 0x9f))
            return std::string("contains a control character");
    }
    if (key == "center_id" || key == "booking_ref" || key == "language") {
        for (char c : value)
            if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_')
                return std::string("may hold only letters A-Z, digits, - and _");
    }
    if (key == "given_name" || key == "family_name" || key == "postal_code") {
        // Names reach the kiosk screen and the help desk page: no markup, whatever renders them.
        if (value.find_first_of("<>&\"`{}\\") != std::string::npos)
            return std::string("contains markup characters (< > & \" ` { } \\)");
        if (value.size() > 200)
            return std::string("is longer than 200 bytes");
    }
    return std::nullopt;
}

tl::expected<HubAppointment, RowError> rowFrom(const Fields &f)
{
    auto get = [&](const char *key) {
        auto it = f.find(key);
        return it == f.end() ? std::string() : it->second;
    };
    for (const auto &[key, value] : f)
        if (auto problem = textProblem(key, value))
            return tl::unexpected(RowError{key, *problem});
    HubAppointment h;
    auto &a = h.appointment;
    auto id = parseInt(get("id"));
    if (!id || *id <= 0)
        // TRANSLATORS: not shown on the kiosk; import messages go to the hub operator's console.
        return tl::unexpected(RowError{"id", "must be a positive whole number"});
    if (*id >= kWalkInIdBase)
        // TRANSLATORS: not shown on the kiosk; import messages go to the hub operator's console.
        return tl::unexpected(RowError{"id", "is in the range of the desk's walk-in appointments"});
    a.id = *id;
    a.bookingRef = get("booking_ref");
    if (a.bookingRef.empty())
        return tl::unexpected(RowError{"booking_ref", "is missing"});
    a.centerId = get("center_id");
    if (a.centerId.empty())
        return tl::unexpected(RowError{"center_id", "is missing"});
    a.day = get("day");
    if (!isIsoDate(a.day))
        return tl::unexpected(RowError{"day", "must be a date YYYY-MM-DD"});
    auto start = parseClock(get("slot_start"));
    if (!start)
        return tl::unexpected(RowError{"slot_start", "must be a time HH:MM"});
    auto end = parseClock(get("slot_end"));
    if (!end)
        return tl::unexpected(RowError{"slot_end", "must be a time HH:MM"});
    if (*end <= *start)
        return tl::unexpected(RowError{"slot_end", "must be after slot_start"});
    a.slotStart = *start;
    a.slotEnd = *end;
    const std::string status = get("status");
    if (status.empty() || status == "confirmed")
        a.status = cache::AppointmentStatus::Confirmed;
    else if (status == "cancelled")
        a.status = cache::AppointmentStatus::Cancelled;
    else if (status == "pending")
        a.status = cache::AppointmentStatus::Pending;
    else
        return tl::unexpected(RowError{"status", "must be confirmed, cancelled or pending"});
    a.givenName = get("given_name");
    a.familyName = get("family_name");
    if (a.familyName.empty())
        return tl::unexpected(RowError{"family_name", "is missing"});
    a.birthDate = get("birth_date");
    if (!a.birthDate.empty() && !isIsoDate(a.birthDate))
        return tl::unexpected(RowError{"birth_date", "must be a date YYYY-MM-DD"});
    a.postalCode = get("postal_code");
    a.language = get("language");
    h.code = get("code");
    if (const auto v = get("version"); !v.empty()) {
        auto version = parseInt(v);
        if (!version)
            return tl::unexpected(RowError{"version", "must be a whole number"});
        a.version = *version;
    }
    return h;
}

/// Splits CSV text into records of fields; tracks the line each record starts on.
struct CsvRecord
{
    int line = 0;
    std::vector<std::string> fields;
    bool unterminatedQuote = false;
};

std::vector<CsvRecord> splitCsv(std::string_view text)
{
    std::vector<CsvRecord> out;
    CsvRecord rec{1, {}};
    std::string field;
    bool quoted = false;
    bool any = false;
    int line = 1;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                if (c == '\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == '"') {
            quoted = true;
            any = true;
        } else if (c == ',' || c == ';') {
            rec.fields.push_back(std::move(field));
            field.clear();
            any = true;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            if (any || !field.empty()) {
                rec.fields.push_back(std::move(field));
                out.push_back(std::move(rec));
            }
            field.clear();
            any = false;
            ++line;
            rec = CsvRecord{line, {}};
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.empty()) {
        rec.fields.push_back(std::move(field));
        rec.unterminatedQuote = quoted;
        out.push_back(std::move(rec));
    }
    return out;
}

void finish(
    ImportReport &report, tl::expected<HubAppointment, RowError> row, int line, const CodeIssuer &issuer)
{
    if (!row) {
        report.issues.push_back({line, row.error().field, row.error().message});
        return;
    }
    if (row->code.empty() && issuer)
        row->code = issuer(row->appointment);
    report.rows.push_back(std::move(*row));
}

ImportReport parseCsv(std::string_view text, const CodeIssuer &issuer)
{
    ImportReport report;
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3); // spreadsheet programs write a UTF-8 byte order mark
    auto records = splitCsv(text);
    if (records.empty()) {
        report.issues.push_back({1, {}, "the file is empty: a header row with the column names is needed"});
        return report;
    }
    const auto header = records.front().fields;
    for (const char *required :
        {"id", "booking_ref", "center_id", "day", "slot_start", "slot_end", "family_name"}) {
        if (std::find(header.begin(), header.end(), required) == header.end()) {
            report.issues.push_back({records.front().line, required, "the header row has no such column"});
            return report;
        }
    }
    for (size_t r = 1; r < records.size(); ++r) {
        const auto &rec = records[r];
        if (rec.unterminatedQuote) {
            report.issues.push_back({rec.line, {}, "a quoted field is not closed"});
            continue;
        }
        if (rec.fields.size() != header.size()) {
            report.issues.push_back({rec.line, {},
                "has " + std::to_string(rec.fields.size()) + " fields, the header has "
                    + std::to_string(header.size())});
            continue;
        }
        Fields fields;
        for (size_t i = 0; i < header.size(); ++i)
            fields[header[i]] = rec.fields[i];
        finish(report, rowFrom(fields), rec.line, issuer);
    }
    return report;
}

ImportReport parseJson(std::string_view text, const CodeIssuer &issuer)
{
    ImportReport report;
    auto doc = parseBoundedJson(text);
    if (doc.is_discarded()) {
        report.issues.push_back({0, {}, "not valid JSON"});
        return report;
    }
    if (doc.is_object() && doc.contains("appointments"))
        doc = doc["appointments"];
    if (!doc.is_array()) {
        report.issues.push_back({0, {}, "expected an array of appointments or {\"appointments\": [...]}"});
        return report;
    }
    int index = 0;
    for (const auto &item : doc) {
        ++index;
        if (!item.is_object()) {
            report.issues.push_back({index, {}, "is not an object"});
            continue;
        }
        Fields fields;
        std::optional<RowError> typeError;
        for (const auto &[key, value] : item.items()) {
            if (value.is_string())
                fields[key] = value.get<std::string>();
            else if (value.is_number_integer())
                fields[key] = std::to_string(value.get<int64_t>());
            else if (value.is_null())
                fields[key] = "";
            else if (!typeError)
                typeError = RowError{key, "must be a string or a whole number"};
        }
        if (typeError)
            report.issues.push_back({index, typeError->field, typeError->message});
        else
            finish(report, rowFrom(fields), index, issuer);
    }
    return report;
}

void appendUtf8(std::string &out, uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xc0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    } else {
        out += static_cast<char>(0xe0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    }
}

/// Windows-1252, the superset of Latin-1 that spreadsheet exports use, to UTF-8. Its five undefined
/// bytes become C1 controls, which the row check then refuses with the line.
std::string fromWindows1252(std::string_view s)
{
    static constexpr uint16_t k80[32] = {0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6,
        0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013,
        0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178};
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        appendUtf8(out, c >= 0x80 && c < 0xa0 ? k80[c - 0x80] : c);
    }
    return out;
}

} // namespace

bool isUtf8(std::string_view s)
{
    // Strict: no overlong forms, no surrogates, nothing above U+10FFFF.
    size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        size_t n = 0;
        uint32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xc2 && c <= 0xdf) {
            n = 1;
            cp = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            n = 2;
            cp = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            n = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        for (size_t k = 1; k <= n; ++k) {
            if (i + k >= s.size())
                return false;
            const auto d = static_cast<unsigned char>(s[i + k]);
            if ((d & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (d & 0x3f);
        }
        if ((n == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)))
            || (n == 3 && (cp < 0x10000 || cp > 0x10ffff)))
            return false;
        i += n + 1;
    }
    return true;
}

ImportReport parseAppointments(std::string_view text, ImportFormat format, const CodeIssuer &issuer)
{
    // Never store broken text: a file that is not UTF-8 is read as Windows-1252 (Excel's export).
    std::string converted;
    const bool utf8 = isUtf8(text);
    if (!utf8) {
        converted = fromWindows1252(text);
        text = converted;
    }
    auto report = format == ImportFormat::Json ? parseJson(text, issuer) : parseCsv(text, issuer);
    report.encoding = utf8 ? "utf-8" : "windows-1252";
    return report;
}

ImportFormat formatForPath(const std::string &path)
{
    return path.ends_with(".json") ? ImportFormat::Json : ImportFormat::Csv;
}

} // namespace checkin::sync
