// The interface the evaluation runs every decoder through: ours and the peers alike.
#pragma once

#include "scanner/frame.h"

#include <string>
#include <vector>

namespace checkin::scanner::peers {

/// One decoder under evaluation: every text it reads in a grayscale frame. Used on one thread.
class PeerDecoder
{
public:
    virtual ~PeerDecoder() = default;
    virtual std::string name() const = 0;
    virtual std::vector<std::string> decode(const Frame &frame) = 0;
};

} // namespace checkin::scanner::peers
