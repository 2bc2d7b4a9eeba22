// FiguresController: today's figures on the staff page, counted from the cache on the store thread.
#pragma once

#include "offline-cache/entranceday.h"

#include <QObject>
#include <QVariantList>

namespace checkin::app {

/// Lives on the GUI thread and holds the last counts the store thread made (StoreService::
/// requestFigures); it counts nothing itself, so a restart changes nothing and a repeated scan is
/// no second arrival. refresh() asks for new counts (the figures screen opens, a verdict was stored).
class FiguresController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool known READ known NOTIFY changed)
    Q_PROPERTY(int booked READ booked NOTIFY changed)
    Q_PROPERTY(int arrived READ arrived NOTIFY changed)
    Q_PROPERTY(int stillExpected READ stillExpected NOTIFY changed)
    Q_PROPERTY(int noShows READ noShows NOTIFY changed)
    Q_PROPERTY(int walkIns READ walkIns NOTIFY changed)
    Q_PROPERTY(int onSiteConfirmations READ onSiteConfirmations NOTIFY changed)
    Q_PROPERTY(int clearingCases READ clearingCases NOTIFY changed)
    Q_PROPERTY(int pending READ pending NOTIFY changed)
    Q_PROPERTY(QVariantList arrivalsByHour READ arrivalsByHour NOTIFY changed)
    Q_PROPERTY(QVariantList noShowsByHour READ noShowsByHour NOTIFY changed)

public:
    explicit FiguresController(QObject *parent = nullptr);

    bool known() const { return m_known; }
    /// Confirmed appointments today (cancelled ones are not expected).
    int booked() const { return static_cast<int>(m_figures.booked - m_figures.cancelled); }
    int arrived() const { return static_cast<int>(m_figures.arrived); }
    int stillExpected() const { return static_cast<int>(m_figures.stillExpected); }
    int noShows() const { return static_cast<int>(m_figures.noShows); }
    int walkIns() const { return static_cast<int>(m_figures.walkIns); }
    int onSiteConfirmations() const { return static_cast<int>(m_figures.onSiteConfirmations); }
    int clearingCases() const { return static_cast<int>(m_figures.clearingCases); }
    int pending() const { return static_cast<int>(m_figures.pending); }
    /// [{hour, count}] for the hours with arrivals, in order.
    QVariantList arrivalsByHour() const;
    /// [{hour, count}] for the hours with no-shows, in order.
    QVariantList noShowsByHour() const;

    /// Asks the store thread for today's counts (figuresRequested).
    Q_INVOKABLE void refresh();

public slots:
    void setFigures(const checkin::cache::DayFigures &figures);

signals:
    void changed();
    void figuresRequested();

private:
    bool m_known = false;
    cache::DayFigures m_figures;
};

} // namespace checkin::app
