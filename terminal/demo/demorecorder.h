// DemoRecorder: in the headless demo, saves a PNG of every screen shown and ends the run.
#pragma once

#include "terminal/app/kioskapp.h"
#include "terminal/demo/demodata.h"

#include <QDir>
#include <QObject>
#include <QPointer>
#include <QQuickWindow>
#include <functional>
#include <optional>

namespace checkin::terminal {

/// Lives on the GUI thread. After each screen change it waits for the scene to settle, grabs the
/// window and writes NN-<screen>[-<family>-<reason>].png. When the feed has ended it compares the
/// verdicts with the scripted arrivals, tours the remaining screens (lookup or search, a clearing
/// ticket, PIN, figures, technician page; at a self-service kiosk also the last reject again in
/// Arabic and the reach layout with larger text on a portrait window) and quits with 0 when all
/// verdicts matched.
class DemoRecorder : public QObject
{
    Q_OBJECT
public:
    DemoRecorder(app::KioskApp &app, const QString &shotDir, std::vector<core::demo::Arrival> arrivals,
        bool quitAtEnd, QObject *parent = nullptr);
    void setWindow(QQuickWindow *window) { m_window = window; }

    /// After the feed: the screens the arrivals do not reach, each reached by its action and saved
    /// as NN-<name>.png.
    struct TourStep
    {
        QString name;
        std::function<void()> action;
    };

public slots:
    void onVerdict(const checkin::core::Verdict &verdict);
    void onFeedEnded();

private:
    void capture();
    void grab(const QString &name, int delayMs, const std::function<void()> &then = {});
    void runTour(size_t step);
    void finish();
    std::vector<TourStep> tourOf(app::KioskApp &app);
    void setPortrait(bool portrait);
    app::KioskController &m_controller;
    QDir m_dir;
    QPointer<QQuickWindow> m_window;
    std::vector<core::demo::Arrival> m_arrivals;
    std::vector<std::string> m_seen;
    std::optional<core::Verdict> m_lastReject; ///< shown again in Arabic by the self-service tour
    bool m_quitAtEnd;
    int m_shot = 0;
    std::vector<TourStep> m_tour;
    bool m_touring = false;
};

} // namespace checkin::terminal
