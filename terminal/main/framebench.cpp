// FrameBench: timestamps from the scene graph's own signals; no sleeps, no guessing.
#include "terminal/main/framebench.h"

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

FrameBench::FrameBench(QQuickWindow *window, int seconds, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_seconds(seconds)
{ }

void FrameBench::start()
{
    if (!m_window)
        return;
    m_clock.start();
    m_running = true;
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
    QTimer::singleShot(m_seconds * 1000, this, &FrameBench::finish);
}

void FrameBench::finish()
{
    m_running = false;
    const double seconds = static_cast<double>(m_clock.elapsed()) / 1000.0;
    std::printf("bench-frames: platform=%s seconds=%.1f frames=%zu (%.1f fps) decodes=%d preview-images=%d\n",
        qPrintable(QGuiApplication::platformName()), seconds, m_intervalsMs.size(),
        static_cast<double>(m_intervalsMs.size()) / seconds, m_decodes, m_previews);
    std::printf("bench-frames: frame interval ms p50=%.2f p95=%.2f max=%.2f\n",
        percentile(m_intervalsMs, 0.5), percentile(m_intervalsMs, 0.95), percentile(m_intervalsMs, 1.0));
    std::printf("bench-frames: render time ms    p50=%.2f p95=%.2f max=%.2f\n", percentile(m_renderMs, 0.5),
        percentile(m_renderMs, 0.95), percentile(m_renderMs, 1.0));
    std::printf("bench-frames: budget at 60 fps is 16.67 ms; frames over it: %zu of %zu\n",
        static_cast<size_t>(std::count_if(
            m_intervalsMs.begin(), m_intervalsMs.end(), [](double ms) { return ms > 1000.0 / 60; })),
        m_intervalsMs.size());
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace checkin::terminal
