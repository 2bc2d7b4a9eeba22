// FrameBench: timestamps from the scene graph's own signals; no sleeps, no guessing.
#include "terminal/demo/framebench.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace checkin::terminal {

namespace {
double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}
} // namespace

FrameBench::FrameBench(QQuickWindow *window, int seconds, std::function<void()> stopScanner, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_seconds(seconds)
    , m_stopScanner(std::move(stopScanner))
{ }

void FrameBench::start()
{
    if (!m_window)
        return;
    m_clock.start();
    // Direct connections: these fire on the render thread when there is one.
    connect(
        m_window, &QQuickWindow::beforeRendering, this, [this] { m_renderStart = m_clock.nsecsElapsed(); },
        Qt::DirectConnection);
    connect(
        m_window, &QQuickWindow::afterRendering, this,
        [this] {
            if (m_running)
                m_renderMs.push_back(static_cast<double>(m_clock.nsecsElapsed() - m_renderStart) / 1e6);
        },
        Qt::DirectConnection);
    connect(
        m_window, &QQuickWindow::frameSwapped, this,
        [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_running && m_lastSwap >= 0)
                m_intervalsMs.push_back(static_cast<double>(now - m_lastSwap) / 1e6);
            m_lastSwap = now;
            QMetaObject::invokeMethod(
                m_window,
                [w = m_window] {
                    if (w)
                        w->update();
                },
                Qt::QueuedConnection);
        },
        Qt::DirectConnection);
    m_window->update();
    // One second of warm-up: the camera opens and the first preview arrives outside the figures.
    QTimer::singleShot(1000, this, [this] {
        m_running = true;
        m_phaseStart = m_clock.elapsed();
        m_lastSwap = -1;
        m_decodes = 0;
        m_previews = 0;
        QTimer::singleShot(m_seconds * 1000, Qt::PreciseTimer, this, &FrameBench::endPhase);
    });
}

void FrameBench::endPhase()
{
    Phase phase;
    phase.intervalsMs = std::move(m_intervalsMs);
    phase.renderMs = std::move(m_renderMs);
    phase.seconds = static_cast<double>(m_clock.elapsed() - m_phaseStart) / 1000.0;
    phase.decodes = m_decodes;
    phase.previews = m_previews;
    m_phases.push_back(std::move(phase));
    m_intervalsMs.clear();
    m_renderMs.clear();
    m_decodes = 0;
    m_previews = 0;
    m_lastSwap = -1;
    m_phaseStart = m_clock.elapsed();
    if (m_phases.size() == 1) {
        if (m_stopScanner)
            m_stopScanner();
        QTimer::singleShot(m_seconds * 1000, Qt::PreciseTimer, this, &FrameBench::endPhase);
        return;
    }
    finish();
}

void FrameBench::report(const char *label, const Phase &p) const
{
    std::printf(
        "bench-frames: %-28s %5zu frames in %4.1f s (%6.1f fps), %d codes decoded, %d preview images\n",
        label, p.intervalsMs.size(), p.seconds, static_cast<double>(p.intervalsMs.size()) / p.seconds,
        p.decodes, p.previews);
    std::printf(
        "bench-frames: %-28s frame interval ms p50=%.2f p95=%.2f max=%.2f; render ms p50=%.2f p95=%.2f "
        "max=%.2f; frames over 16.67 ms: %zu\n",
        label, percentile(p.intervalsMs, 0.5), percentile(p.intervalsMs, 0.95),
        percentile(p.intervalsMs, 1.0), percentile(p.renderMs, 0.5), percentile(p.renderMs, 0.95),
        percentile(p.renderMs, 1.0),
        static_cast<size_t>(std::count_if(
            p.intervalsMs.begin(), p.intervalsMs.end(), [](double ms) { return ms > 1000.0 / 60; })));
}

void FrameBench::finish()
{
    m_running = false;
    std::printf("bench-frames: platform=%s, scan screen with the live preview\n",
        qPrintable(QGuiApplication::platformName()));
    report("scanner decoding + preview", m_phases[0]);
    report("baseline (scanner stopped)", m_phases[1]);
    const double base = percentile(m_phases[1].intervalsMs, 0.95);
    if (base > 0)
        std::printf("bench-frames: p95 frame interval ratio scanning/baseline = %.2f\n",
            percentile(m_phases[0].intervalsMs, 0.95) / base);
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace checkin::terminal
