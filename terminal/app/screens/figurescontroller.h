// FiguresController: today's figures on the staff page, counted from what this kiosk saw.
#pragma once

#include "terminal/core/verdict.h"

#include <QObject>
#include <QVariantList>
#include <array>

namespace checkin::app {

/// Lives on the GUI thread. Expected comes from the store (the day's appointments when it
/// opened); arrivals and rejects are counted from this kiosk's verdicts since it started.
/// Center-wide arrivals, no-shows and open clearing cases need store queries that are not in
/// main yet (the cache and resolution work): `centerWide` stays false until they are wired.
class FiguresController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int expected READ expected NOTIFY changed)
    Q_PROPERTY(int arrived READ arrived NOTIFY changed)
    Q_PROPERTY(int rejected READ rejected NOTIFY changed)
    Q_PROPERTY(int stillToCome READ stillToCome NOTIFY changed)
    Q_PROPERTY(QVariantList arrivalsByHour READ arrivalsByHour NOTIFY changed)
    Q_PROPERTY(bool centerWide READ centerWide CONSTANT)

public:
    explicit FiguresController(QObject *parent = nullptr);

    int expected() const { return m_expected; }
    int arrived() const { return m_arrived; }
    int rejected() const { return m_rejected; }
    int stillToCome() const { return std::max(0, m_expected - m_arrived); }
    /// [{hour, count}] for the hours with arrivals, in order.
    QVariantList arrivalsByHour() const;
    bool centerWide() const { return false; }

public slots:
    void setExpected(qint64 count);
    void countVerdict(const checkin::core::Verdict &verdict);

signals:
    void changed();

private:
    int m_expected = 0;
    int m_arrived = 0;
    int m_rejected = 0;
    std::array<int, 24> m_byHour{};
};

} // namespace checkin::app
