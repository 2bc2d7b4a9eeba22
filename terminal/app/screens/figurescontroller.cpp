// FiguresController: counts by family and by hour of the recorded check-in.
#include "terminal/app/screens/figurescontroller.h"

#include <QDateTime>

namespace checkin::app {

FiguresController::FiguresController(QObject *parent)
    : QObject(parent)
{ }

QVariantList FiguresController::arrivalsByHour() const
{
    QVariantList out;
    for (int h = 0; h < 24; ++h)
        if (m_byHour[h] > 0)
            out << QVariantMap{{QStringLiteral("hour"), h}, {QStringLiteral("count"), m_byHour[h]}};
    return out;
}

void FiguresController::setExpected(qint64 count)
{
    m_expected = static_cast<int>(count);
    emit changed();
}

void FiguresController::countVerdict(const core::Verdict &verdict)
{
    switch (verdict.family()) {
    case core::Family::Pass: {
        ++m_arrived;
        // The hour of the stored check-in (kiosk clock), not of the screen update.
        const qint64 ms
            = verdict.recorded ? verdict.recorded->scannedAtMs : QDateTime::currentMSecsSinceEpoch();
        ++m_byHour[QDateTime::fromMSecsSinceEpoch(ms).time().hour()];
        break;
    }
    case core::Family::Reject:
        ++m_rejected;
        break;
    case core::Family::Technical:
        break;
    }
    emit changed();
}

} // namespace checkin::app
