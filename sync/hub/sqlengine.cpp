// Picks the engine a location names, and the row accessors both engines share.
#include "sync/hub/sqlengine.h"

#include "sync/hub/postgresengine.h"
#include "sync/hub/sqliteengine.h"

namespace checkin::sync {

int64_t SqlRow::int64(size_t column) const
{
    const auto &v = values.at(column);
    if (const auto *n = std::get_if<int64_t>(&v))
        return *n;
    if (const auto *s = std::get_if<std::string>(&v)) {
        int64_t out = 0;
        for (char c : *s)
            if (c >= '0' && c <= '9')
                out = out * 10 + (c - '0');
        return s->starts_with('-') ? -out : out;
    }
    return 0;
}

std::string SqlRow::text(size_t column) const
{
    const auto &v = values.at(column);
    if (const auto *s = std::get_if<std::string>(&v))
        return *s;
    if (const auto *n = std::get_if<int64_t>(&v))
        return std::to_string(*n);
    return {};
}

bool SqlRow::isNull(size_t column) const
{
    return std::holds_alternative<std::monostate>(values.at(column));
}

bool isPostgresLocation(const std::string &location)
{
    return location.starts_with("postgresql://") || location.starts_with("postgres://")
        || location.find("dbname=") != std::string::npos || location.find("host=") != std::string::npos;
}

cache::Result<std::unique_ptr<SqlEngine>> openSqlEngine(const std::string &location)
{
    if (isPostgresLocation(location))
        return openPostgresEngine(location);
    return openSqliteEngine(location);
}

} // namespace checkin::sync
