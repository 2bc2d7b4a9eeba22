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
    , m_kioskId(QString::fromStdString(config.policy.kioskId))
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
    if (m_stats) {
        // Frames the decoder finished since the last refresh: the real rate, not the configured fps.
        const int64_t frames = m_stats().framesDecoded;
        if (m_lastFrames >= 0 && now > m_lastFramesAt)
            m_framesPerSecond = static_cast<double>(frames - m_lastFrames) * 1000.0
                / static_cast<double>(now - m_lastFramesAt);
        m_lastFrames = frames;
        m_lastFramesAt = now;
    }
    emit changed();
}

void TechnicianController::setSync(SyncService *sync)
{
    m_sync = sync;
    if (!sync)
        return;
    for (auto signal : {&SyncService::onlineChanged, &SyncService::lastGoodSyncChanged,
             &SyncService::outboxDepthChanged, &SyncService::freshnessChanged})
        connect(sync, signal, this, &TechnicianController::changed);
    connect(sync, &SyncService::connectionTestStarted, this, [this] {
        m_syncTest = SyncTest::TestRunning;
        emit changed();
    });
    connect(sync, &SyncService::connectionTested, this, &TechnicianController::setSyncTested);
    emit changed();
}

bool TechnicianController::syncOnline() const
{
    return m_sync && m_sync->online();
}

QString TechnicianController::syncLastGood() const
{
    if (!m_sync || !m_sync->lastGoodSync().isValid())
        return {};
    return m_sync->lastGoodSync().toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

int TechnicianController::syncOutbox() const
{
    return m_sync ? static_cast<int>(m_sync->outboxDepth()) : 0;
}

TechnicianController::DataState TechnicianController::syncData() const
{
    return m_sync ? static_cast<DataState>(m_sync->freshness()) : DataState::DataNeverSynced;
}

void TechnicianController::testSync()
{
    if (m_sync && !m_sync->testRunning())
        m_sync->testConnection();
}

static_assert(static_cast<int>(TechnicianController::SyncTest::TestHubError)
    == static_cast<int>(sync::ProbeOutcome::HubError) + 2);
static_assert(static_cast<int>(TechnicianController::DataState::DataNeverSynced)
    == static_cast<int>(SyncService::Freshness::NeverSynced));

void TechnicianController::setSyncTested(const sync::ProbeReport &report)
{
    m_syncTest = static_cast<SyncTest>(static_cast<int>(report.outcome) + 2);
    m_roundTripMs = static_cast<int>(report.roundTripMs);
    m_clockOffsetS = report.clockOffsetMs ? static_cast<int>(*report.clockOffsetMs / 1000) : 0;
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
