// Reading the secret key files that `checkinctl keys generate` writes.
#pragma once

#include "terminal/codes/signingkey.h"

#include <string>

namespace checkin::ctl {

/// The key in `path`; prints a clear message and throws CLI::RuntimeError(2) when it is not one.
core::SigningKey readSecretKey(const std::string &path);

} // namespace checkin::ctl
