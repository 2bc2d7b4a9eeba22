// The hub store's refusal of a caller's input, shared by the files of HubStore.
#pragma once

#include "offline-cache/error.h"

#include <string>

namespace checkin::sync {

/// An input the store refuses (ErrorKind::Invalid), with why; never a personal value.
inline cache::Error invalid(std::string message)
{
    return cache::Error{cache::ErrorKind::Invalid, std::move(message)};
}

} // namespace checkin::sync
