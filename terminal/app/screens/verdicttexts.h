// Verdict texts: the title and the next step of every verdict reason, in the current language.
#pragma once

#include "terminal/core/verdict.h"

#include <QString>

namespace checkin::app {

/// The facts a next step names, already formatted for the screen (HH:mm, dd.MM.yyyy).
struct VerdictFacts
{
    core::Reason reason = core::Reason::Unreadable;
    QString slotTime;
    QString otherDay;
    QString comeBackAt;
    QString previousTime;
};

/// One table for the screen and for speech output, so that both say the same. An unknown reason
/// gives "" so that the screenshot tests notice a reason added without texts.
QString verdictTitle(core::Reason reason);
QString verdictNextStep(const VerdictFacts &facts);

/// A verdict with a date or time the person must remember (another day, come back at): it stays
/// longer on screen.
bool carriesSomethingToRemember(core::Reason reason);

} // namespace checkin::app
