// Recoverable failures of the offline cache, returned as values (never thrown).
#pragma once

#include <source_location>
#include <string>
#include <tl/expected.hpp>

namespace checkin::cache {

enum class ErrorKind {
    Io, ///< any other I/O failure
    DiskFull, ///< SQLITE_FULL: the file system is full
    ReadOnly, ///< the file or file system cannot be written
    Locked, ///< another process holds the database
    Corrupt, ///< the file is not a sound SQLite database
    Schema, ///< the file has a schema this build cannot use
    Invalid, ///< the caller passed something the store refuses
};

struct Error
{
    ErrorKind kind = ErrorKind::Io;
    std::string message;
    std::source_location where = std::source_location::current();
};

template <typename T> using Result = tl::expected<T, Error>;

const char *errorKindName(ErrorKind kind);

} // namespace checkin::cache
