// TechnicianController: the technician page: camera test, decode rate, version, config, disk, database.
#pragma once

#include "terminal/core/config.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <deque>

namespace checkin::app {

/// Lives on the GUI thread. Everything shown is read from the running kiosk; refresh() reads
/// the disk and database file sizes again (cheap stat calls, no database access).
class TechnicianController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QStringList configSummary READ configSummary CONSTANT)
    Q_PROPERTY(double decodesPerMinute READ decodesPerMinute NOTIFY changed)
    Q_PROPERTY(int decodesTotal READ decodesTotal NOTIFY changed)
    Q_PROPERTY(QString diskFree READ diskFree NOTIFY changed)
    Q_PROPERTY(QString databaseSize READ databaseSize NOTIFY changed)
    Q_PROPERTY(QString databaseState READ databaseState NOTIFY changed)
    Q_PROPERTY(bool syncTestAvailable READ syncTestAvailable CONSTANT)

public:
    TechnicianController(const core::KioskConfig &config, QString version, QString dataDir,
        QString databasePath, QObject *parent = nullptr);

    QString version() const { return m_version; }
    QStringList configSummary() const { return m_configSummary; }
    double decodesPerMinute() const;
    int decodesTotal() const { return m_decodesTotal; }
    QString diskFree() const { return m_diskFree; }
    QString databaseSize() const { return m_databaseSize; }
    /// "open (N appointments)" | "failed: …" | "opening"
    QString databaseState() const { return m_databaseState; }
    /// False until the SyncService facade is merged; the page says so.
    bool syncTestAvailable() const { return false; }

    Q_INVOKABLE void refresh();

public slots:
    void countDecode();
    void setDatabaseOpened(qint64 appointments);
    void setDatabaseFailed(const QString &detail);

signals:
    void changed();

private:
    QString m_version;
    QStringList m_configSummary;
    QString m_dataDir;
    QString m_databasePath;
    QString m_diskFree;
    QString m_databaseSize;
    QString m_databaseState = QStringLiteral("opening");
    QElapsedTimer m_clock;
    std::deque<qint64> m_decodes; ///< monotonic ms of the last minute's decodes
    int m_decodesTotal = 0;
};

} // namespace checkin::app
