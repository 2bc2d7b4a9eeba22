// FiguresController: republishes the store thread's counts for the figures screen.
#include "terminal/app/screens/figurescontroller.h"

namespace checkin::app {

namespace {

QVariantList byHour(const std::array<int64_t, 24> &counts)
{
    QVariantList out;
    for (int h = 0; h < 24; ++h)
        if (counts[static_cast<size_t>(h)] > 0)
            out << QVariantMap{{QStringLiteral("hour"), h},
                {QStringLiteral("count"), qint64(counts[static_cast<size_t>(h)])}};
    return out;
}

} // namespace

FiguresController::FiguresController(QObject *parent)
    : QObject(parent)
{ }

QVariantList FiguresController::arrivalsByHour() const
{
    return byHour(m_figures.arrivalsByHour);
}

QVariantList FiguresController::noShowsByHour() const
{
    return byHour(m_figures.noShowsByHour);
}

void FiguresController::refresh()
{
    emit figuresRequested();
}

void FiguresController::setFigures(const cache::DayFigures &figures)
{
    m_figures = figures;
    m_known = true;
    emit changed();
}

} // namespace checkin::app
