// SoundCues: a tiny WAV writer and two tone sequences.
#include "terminal/app/screens/soundcues.h"

#include <QDir>
#include <QFile>
#include <QUrl>
#include <cmath>
#include <numbers>
#include <vector>

namespace checkin::app {

namespace {
constexpr int kRate = 22050;

struct Tone
{
    double hz; ///< 0: silence
    int ms;
};

QByteArray synthesize(const std::vector<Tone> &tones)
{
    std::vector<int16_t> samples;
    for (const Tone &t : tones) {
        const int n = kRate * t.ms / 1000;
        for (int i = 0; i < n; ++i) {
            // 10 ms fades at both ends so the tones do not click.
            const double fade = std::min({1.0, i / (0.01 * kRate), (n - i) / (0.01 * kRate)});
            const double v = t.hz > 0 ? std::sin(2 * std::numbers::pi * t.hz * i / kRate) * fade * 0.5 : 0;
            samples.push_back(static_cast<int16_t>(v * 32767));
        }
    }
    const auto le32 = [](QByteArray &b, uint32_t v) {
        for (int i = 0; i < 4; ++i)
            b.append(static_cast<char>((v >> (8 * i)) & 0xff));
    };
    const auto le16 = [](QByteArray &b, uint16_t v) {
        b.append(static_cast<char>(v & 0xff));
        b.append(static_cast<char>(v >> 8));
    };
    const auto dataBytes = static_cast<uint32_t>(samples.size() * 2);
    QByteArray wav("RIFF");
    le32(wav, 36 + dataBytes);
    wav.append("WAVEfmt ");
    le32(wav, 16);
    le16(wav, 1); // PCM
    le16(wav, 1); // mono
    le32(wav, kRate);
    le32(wav, kRate * 2);
    le16(wav, 2);
    le16(wav, 16);
    wav.append("data");
    le32(wav, dataBytes);
    for (int16_t s : samples)
        le16(wav, static_cast<uint16_t>(s));
    return wav;
}

QString write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return QUrl::fromLocalFile(path).toString();
}
} // namespace

CueFiles writeCueFiles(const QString &dir)
{
    QDir().mkpath(dir);
    CueFiles files;
    files.passUrl
        = write(QDir(dir).filePath(QStringLiteral("pass.wav")), synthesize({{660, 150}, {880, 250}}));
    files.rejectUrl = write(
        QDir(dir).filePath(QStringLiteral("reject.wav")), synthesize({{330, 220}, {0, 80}, {330, 220}}));
    if (files.passUrl.isEmpty() || files.rejectUrl.isEmpty())
        return {};
    return files;
}

} // namespace checkin::app
