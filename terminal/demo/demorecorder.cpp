// DemoRecorder: screenshots and the end-of-demo check.
#include "terminal/demo/demorecorder.h"

#include <QCoreApplication>
#include <QTimer>
#include <iostream>
#include <string_view>

namespace checkin::terminal {

DemoRecorder::DemoRecorder(app::KioskApp &app, const QString &shotDir,
    std::vector<core::demo::Arrival> arrivals, bool quitAtEnd, QObject *parent)
    : QObject(parent)
    , m_controller(app.kiosk())
    , m_dir(shotDir)
    , m_arrivals(std::move(arrivals))
    , m_quitAtEnd(quitAtEnd)
{
    m_tour = tourOf(app);
    connect(&app.store(), &app::StoreService::verdictReady, this, &DemoRecorder::onVerdict);
    connect(
        &app.scanner(), &app::ScannerService::cameraStateChanged, this, [this](int state, const QString &) {
            if (state == static_cast<int>(scanner::CameraState::Ended))
                onFeedEnded();
        });
    if (!shotDir.isEmpty()) {
        m_dir.mkpath(QStringLiteral("."));
        for (const QString &old : m_dir.entryList({QStringLiteral("*.png")}, QDir::Files))
            m_dir.remove(old);
        connect(&m_controller, &app::KioskController::screenChanged, this, &DemoRecorder::capture);
        // A new verdict while one is shown changes no screen; one shown from the scan screen does.
        connect(&m_controller, &app::KioskController::verdictChanged, this, [this] {
            if (m_controller.screen() == QStringLiteral("verdict"))
                capture();
        });
    }
}

std::vector<DemoRecorder::TourStep> DemoRecorder::tourOf(app::KioskApp &app)
{
    auto &kiosk = app.kiosk();
    const bool staff = kiosk.isStaff();
    std::vector<TourStep> tour{
        {QStringLiteral("scan-ar"),
            [&app] {
                app.kiosk().showScanScreen();
                app.language().setLanguage(QStringLiteral("ar"));
            }},
        {QStringLiteral("scan-tr"), [&app] { app.language().setLanguage(QStringLiteral("tr")); }},
        {staff ? QStringLiteral("search") : QStringLiteral("lookup"),
            [&app, staff] {
                app.language().resetToDefault();
                if (staff)
                    app.kiosk().openSearch();
                else
                    app.kiosk().openLookup();
            }},
        // On-site resolution (README "At the entrance"): a staff search by name and a check-in by
        // lookup; at a self-service kiosk a person nobody can find gets a clearing ticket.
        {staff ? QStringLiteral("search-results") : QStringLiteral("lookup-typed"),
            [&app, staff] {
                if (staff)
                    app.staffSearch().search(QStringLiteral("müller"));
                else
                    app.lookup().search(QStringLiteral("Nowak-Kowalczyk"), QStringLiteral("01.01.1931"));
            }},
        {staff ? QStringLiteral("search-checked-in") : QStringLiteral("lookup-not-found"),
            [&app, staff] {
                if (staff && !app.staffSearch().results().isEmpty())
                    app.staffSearch().checkIn(app.staffSearch()
                                                  .results()
                                                  .constFirst()
                                                  .toMap()
                                                  .value(QStringLiteral("id"))
                                                  .toLongLong(),
                        true);
            }},
        {QStringLiteral("pin"), [&app] { app.kiosk().openStaffArea(); }},
        {QStringLiteral("figures"),
            [&app] {
                for (const char c : std::string_view(core::demo::kStaffPin))
                    app.pin().appendDigit(c - '0');
                app.pin().submit();
            }},
        {QStringLiteral("technician"), [&app] { app.kiosk().openStaffPage(QStringLiteral("technician")); }},
    };
    if (staff) {
        // Nobody matches: staff open a clearing case at the door and hand over its ticket.
        const std::vector<TourStep> clearing{
            {QStringLiteral("search-nobody"),
                [&app] {
                    if (app.kiosk().screen() == QStringLiteral("verdict"))
                        app.kiosk().dismissVerdict();
                    app.staffSearch().search(QStringLiteral("Nowak-Kowalczyk 01.01.1931"));
                }},
            {QStringLiteral("case-form"), [&app] { app.staffSearch().startCase(); }},
            {QStringLiteral("case-opened"),
                [&app] {
                    app.staffSearch().openCase({}, QStringLiteral("Nowak-Kowalczyk"),
                        QStringLiteral("01.01.1931"), {}, QStringLiteral("booked online, never got a code"));
                }},
        };
        tour.insert(tour.begin() + 5, clearing.begin(), clearing.end());
    } else {
        tour.insert(
            tour.begin() + 5, {QStringLiteral("clearing-ticket"), [&app] { app.lookup().requestTicket(); }});
        // The citizen's screens for someone who reads Arabic, or cannot see or reach the screen well.
        std::vector<TourStep> access{
            {QStringLiteral("verdict-ar"),
                [this, &app] {
                    app.language().setLanguage(QStringLiteral("ar"));
                    if (m_lastReject)
                        app.kiosk().showVerdict(*m_lastReject);
                }},
            {QStringLiteral("reach-scan"),
                [this, &app] {
                    app.kiosk().dismissVerdict();
                    app.language().resetToDefault();
                    setPortrait(true);
                    app.access().toggleReachLayout();
                    app.access().toggleLargeText();
                }},
            {QStringLiteral("reach-verdict"),
                [this, &app] {
                    if (m_lastReject)
                        app.kiosk().showVerdict(*m_lastReject);
                }},
            {QStringLiteral("reach-lookup"),
                [&app] {
                    app.kiosk().dismissVerdict();
                    app.kiosk().openLookup();
                }},
            {QStringLiteral("scan-after-reach"),
                [this, &app] {
                    app.kiosk().goBack();
                    app.access().reset();
                    setPortrait(false);
                }},
        };
        tour.insert(tour.begin() + 2, access.begin(), access.end());
    }
    return tour;
}

void DemoRecorder::setPortrait(bool portrait)
{
    if (m_window)
        m_window->resize(portrait ? QSize(800, 1280) : QSize(1280, 800));
}

void DemoRecorder::capture()
{
    if (m_touring)
        return;
    QString name = m_controller.screen();
    if (m_controller.screen() == QStringLiteral("verdict"))
        name += QStringLiteral("-%1-%2").arg(m_controller.family(), m_controller.reason());
    // Let the Loader switch and the scene render before grabbing.
    grab(name, 250);
}

void DemoRecorder::grab(const QString &name, int delayMs, const std::function<void()> &then)
{
    if (m_dir.path().isEmpty() || m_dir.path() == QStringLiteral(".")) {
        if (then)
            then();
        return;
    }
    const QString numbered = QStringLiteral("%1-%2").arg(++m_shot, 2, 10, QLatin1Char('0')).arg(name);
    QTimer::singleShot(delayMs, this, [this, numbered, then] {
        if (m_window) {
            const QImage image = m_window->grabWindow();
            const QString path = m_dir.filePath(numbered + QStringLiteral(".png"));
            if (!image.save(path))
                std::cerr << "checkin-terminal: cannot write " << path.toStdString() << "\n";
        }
        if (then)
            then();
    });
}

void DemoRecorder::runTour(size_t step)
{
    if (step >= m_tour.size()) {
        m_touring = false;
        finish();
        return;
    }
    m_tour[step].action();
    grab(m_tour[step].name, 400, [this, step] { runTour(step + 1); });
}

void DemoRecorder::onVerdict(const core::Verdict &verdict)
{
    m_seen.emplace_back(core::reasonKey(verdict.reason));
    if (verdict.family() == core::Family::Reject)
        m_lastReject = verdict;
}

void DemoRecorder::onFeedEnded()
{
    if (!m_quitAtEnd)
        return;
    // Give the last verdict its screenshot before the tour, the check and the exit.
    QTimer::singleShot(1500, this, [this] {
        m_touring = true;
        runTour(0);
    });
}

void DemoRecorder::finish()
{
    int mismatches = 0;
    std::cerr << "checkin-terminal: demo arrivals\n";
    for (size_t i = 0; i < m_arrivals.size(); ++i) {
        const std::string got = i < m_seen.size() ? m_seen[i] : std::string("(not scanned)");
        const bool ok = got == m_arrivals[i].expectedReason;
        mismatches += ok ? 0 : 1;
        std::cerr << "  " << (ok ? "ok      " : "MISMATCH") << " " << m_arrivals[i].note << ": expected "
                  << m_arrivals[i].expectedReason << ", got " << got << "\n";
    }
    if (m_seen.size() > m_arrivals.size()) {
        std::cerr << "  MISMATCH " << (m_seen.size() - m_arrivals.size()) << " extra verdicts\n";
        ++mismatches;
    }
    QCoreApplication::exit(mismatches == 0 ? 0 : 1);
}

} // namespace checkin::terminal
