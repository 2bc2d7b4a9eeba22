// TechnicianController: gathers what a technician checks first.
#include "terminal/app/screens/techniciancontroller.h"

#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

namespace checkin::app {

TechnicianController::TechnicianController(
    const core::KioskConfig &config, QString version, QString dataDir, QString databasePath, QObject *parent)
    : QObject(parent)
    , m_version(std::move(version))
    , m_dataDir(std::move(dataDir))
    , m_databasePath(std::move(databasePath))
{
    m_clock.start();
    const auto s = [](const std::string &v) { return QString::fromStdString(v); };
    m_configSummary = {
        QStringLiteral("kiosk.mode = %1")
            .arg(config.mode == core::KioskMode::Staff ? QStringLiteral("staff")
                                                       : QStringLiteral("self-service")),
        QStringLiteral("kiosk.center_id = %1").arg(s(config.policy.centerId)),
        QStringLiteral("kiosk.language = %1").arg(s(config.language)),
        QStringLiteral("camera.source = %1").arg(s(config.cameraSource)),
        QStringLiteral("camera = %1x%2 @ %3 fps")
            .arg(config.cameraWidth)
            .arg(config.cameraHeight)
            .arg(config.cameraFps),
        QStringLiteral("policy.early_minutes = %1").arg(config.policy.earlyMinutes),
        QStringLiteral("policy.late_minutes = %1").arg(config.policy.lateMinutes),
        QStringLiteral("sync.url = %1").arg(config.syncUrl.empty() ? QStringLiteral("-") : s(config.syncUrl)),
    };
    refresh();
}

double TechnicianController::decodesPerMinute() const
{
    return static_cast<double>(m_decodes.size());
}

void TechnicianController::refresh()
{
    const QLocale c = QLocale::c();
    const QStorageInfo storage(m_dataDir);
    m_diskFree = storage.isValid() ? c.formattedDataSize(storage.bytesAvailable()) : QStringLiteral("-");
    const QFileInfo db(m_databasePath);
    m_databaseSize = db.exists() ? c.formattedDataSize(db.size()) : QStringLiteral("-");
    const qint64 now = m_clock.elapsed();
    while (!m_decodes.empty() && now - m_decodes.front() > 60000)
        m_decodes.pop_front();
    emit changed();
}

void TechnicianController::countDecode()
{
    m_decodes.push_back(m_clock.elapsed());
    ++m_decodesTotal;
    refresh();
}

void TechnicianController::setDatabaseOpened(qint64 appointments)
{
    m_databaseState = QStringLiteral("open (%1 appointments)").arg(appointments);
    refresh();
}

void TechnicianController::setDatabaseFailed(const QString &detail)
{
    m_databaseState = QStringLiteral("failed: %1").arg(detail);
    refresh();
}

} // namespace checkin::app
