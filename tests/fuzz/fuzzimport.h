// Shared by the import fuzz targets: parseAppointments as the hub calls it, and what it promises.
#pragma once

#include "sync/hub/hubimport.h"
#include "sync/protocol/codec.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace checkin::fuzz {

/// Valid UTF-8 (no overlong forms, surrogates or code points above U+10FFFF): an oracle of its own,
/// not the importer's check.
inline bool validUtf8(std::string_view s)
{
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
            cp = c & 0x1fu;
        } else if (c >= 0xe0 && c <= 0xef) {
            n = 2;
            cp = c & 0x0fu;
        } else if (c >= 0xf0 && c <= 0xf4) {
            n = 3;
            cp = c & 0x07u;
        } else {
            return false;
        }
        if (i + n >= s.size())
            return false;
        for (size_t k = 1; k <= n; ++k) {
            const auto d = static_cast<unsigned char>(s[i + k]);
            if ((d & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (d & 0x3fu);
        }
        if ((n == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)))
            || (n == 3 && (cp < 0x10000 || cp > 0x10ffff)))
            return false;
        i += n + 1;
    }
    return true;
}

/// Imports `text` without a store. Every row kept is one the kiosks can use (an id, a name, a slot
/// that ends after it starts and that the appointments page can carry) and holds only UTF-8 text
/// ("never store broken text").
inline void fuzzImport(std::string_view text, sync::ImportFormat format)
{
    static const sync::CodeIssuer issuer
        = [](const cache::Appointment &a) { return "CK1:" + std::to_string(a.id); };
    const auto report = sync::parseAppointments(text, format, issuer);
    for (const auto &row : report.rows) {
        const auto &a = row.appointment;
        if (a.id <= 0 || a.familyName.empty() || a.bookingRef.empty() || a.slotEnd <= a.slotStart
            || row.code.empty())
            std::abort();
        // The hub writes the slots into the appointments page as "HH:MM": the kiosks must read them.
        if (sync::protocol::clockMinutes(sync::protocol::clockText(a.slotStart)) != a.slotStart
            || sync::protocol::clockMinutes(sync::protocol::clockText(a.slotEnd)) != a.slotEnd)
            std::abort();
        for (const auto *field : {&a.bookingRef, &a.centerId, &a.day, &a.givenName, &a.familyName,
                 &a.birthDate, &a.postalCode, &a.language, &row.code})
            if (!validUtf8(*field))
                std::abort();
    }
    if (report.encoding != "utf-8" && report.encoding != "windows-1252")
        std::abort();
}

} // namespace checkin::fuzz
