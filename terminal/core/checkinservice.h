// The check-in flow for one scanned code: decide, then store before anything is shown.
#pragma once

#include "terminal/core/admission.h"

namespace checkin::core {

/// Owns nothing; runs on the store thread with the store it is given.
/// Invariant: a verdict of family Pass is returned only after its check-in row is committed
/// (synchronous=FULL); when the commit fails the verdict becomes StoreFailure.
class CheckInService
{
public:
    CheckInService(cache::Store &store, const Policy &policy, const Clock &clock);

    Verdict handleScan(std::string_view scanned, cache::CheckInMethod method = cache::CheckInMethod::Code,
        const std::string &operatorId = {});

private:
    cache::Store &m_store;
    const Policy &m_policy;
    const Clock &m_clock;
};

} // namespace checkin::core
