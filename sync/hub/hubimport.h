// Reads a day's appointments from the CSV or JSON exports of booking systems (columns: sync/README.md).
#pragma once

#include "sync/hub/hubstore.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace checkin::sync {

/// Makes the signed booking code for an appointment (the hub program injects the terminal's signer;
/// sync/ itself knows no code format).
using CodeIssuer = std::function<std::string(const cache::Appointment &)>;

/// One refused row: the rest of the file still imports.
struct ImportIssue
{
    int line = 0; ///< CSV: the 1-based line in the file; JSON: the 1-based position in the array
    std::string field; ///< the column or key at fault, empty when the whole row is unreadable
    std::string message;
};

struct ImportReport
{
    std::vector<HubAppointment> rows;
    std::vector<ImportIssue> issues;
    std::string encoding; ///< "utf-8", or "windows-1252" when the file was converted from it
};

enum class ImportFormat { Csv, Json };

/// Parses `text` without touching any store; every readable row is kept, every bad one reported.
/// A file that cannot be read at all (no header, not JSON) yields one issue at line 0 or 1.
ImportReport parseAppointments(std::string_view text, ImportFormat format, const CodeIssuer &issuer = {});

/// "csv" or "json" from a file name, Csv for anything else.
ImportFormat formatForPath(const std::string &path);

/// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool isUtf8(std::string_view s);

} // namespace checkin::sync
