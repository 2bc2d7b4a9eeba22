// Evaluation: manifest parsing, timing and scoring.
#include "scanner/peers/evaluation.h"

#include "scanner/framesource.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace checkin::scanner::peers {

namespace {

std::vector<std::string> splitTabs(const std::string &line)
{
    std::vector<std::string> out;
    std::string field;
    std::istringstream in(line);
    while (std::getline(in, field, '\t'))
        out.push_back(field);
    if (!line.empty() && line.back() == '\t')
        out.emplace_back();
    return out;
}

Result<std::string> unescape(const std::string &text)
{
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\') {
            out += text[i];
            continue;
        }
        if (++i == text.size())
            return tl::unexpected(ScannerError{ScannerErrorKind::Unreadable, "a lone backslash at the end"});
        switch (text[i]) {
        case 't':
            out += '\t';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case '\\':
            out += '\\';
            break;
        default:
            return tl::unexpected(
                ScannerError{ScannerErrorKind::Unreadable, std::string("unknown escape \\") + text[i]});
        }
    }
    return out;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = p * static_cast<double>(values.size() - 1);
    const auto lo = static_cast<size_t>(rank);
    const size_t hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (values[hi] - values[lo]) * (rank - static_cast<double>(lo));
}

} // namespace

Result<std::vector<Sample>> readManifest(const std::string &manifestPath)
{
    std::ifstream in(manifestPath);
    if (!in)
        return tl::unexpected(
            ScannerError{ScannerErrorKind::NotFound, "cannot read manifest " + manifestPath});
    const auto base = std::filesystem::path(manifestPath).parent_path();
    std::vector<Sample> samples;
    std::string line;
    int lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (lineNo == 1 && line.rfind("path\t", 0) == 0)
            continue;
        if (line.empty())
            continue;
        const auto fields = splitTabs(line);
        auto fail = [&](const std::string &why) {
            return tl::unexpected(ScannerError{
                ScannerErrorKind::Unreadable, manifestPath + ":" + std::to_string(lineNo) + ": " + why});
        };
        if (fields.size() != 4)
            return fail("expected 4 tab-separated fields (path, expected_text, source, category), found "
                + std::to_string(fields.size()));
        if (fields[0].empty() || fields[3].empty())
            return fail("empty path or category");
        auto expected = unescape(fields[1]);
        if (!expected)
            return fail(expected.error().message);
        if (expected->rfind("hex:", 0) == 0)
            return fail("binary (hex:) payloads are not supported");
        const std::filesystem::path p(fields[0]);
        samples.push_back({p.is_absolute() ? p.string() : (base / p).string(), *expected, fields[3]});
    }
    if (samples.empty())
        return tl::unexpected(ScannerError{ScannerErrorKind::Unreadable, manifestPath + ": no samples"});
    return samples;
}

int Evaluation::decodedByAny(const std::vector<std::string> &names) const
{
    size_t n = 0;
    for (const auto &[name, per] : decodedPerSample)
        n = std::max(n, per.size());
    int count = 0;
    for (size_t i = 0; i < n; ++i) {
        bool any = false;
        for (const auto &name : names) {
            const auto it = decodedPerSample.find(name);
            any = any || (it != decodedPerSample.end() && i < it->second.size() && it->second[i]);
        }
        count += any ? 1 : 0;
    }
    return count;
}

Evaluation evaluate(const std::vector<Sample> &samples, const std::vector<PeerDecoder *> &decoders,
    const std::function<void(size_t, size_t)> &progress, int repeat)
{
    Evaluation eval;
    std::vector<std::vector<double>> times(decoders.size());
    for (auto *decoder : decoders) {
        DecoderScore score;
        score.name = decoder->name();
        eval.decoders.push_back(score);
        eval.decodedPerSample[score.name] = std::vector<bool>(samples.size(), false);
    }
    for (size_t s = 0; s < samples.size(); ++s) {
        const Sample &sample = samples[s];
        Frame frame;
        if (auto source = FrameSource::open(sample.path, {}); source) {
            if (auto read = (*source)->read(); read)
                frame = *read;
        }
        if (frame.empty())
            eval.unreadable.push_back(sample.path);
        // Repeats interleave the decoders, and who goes first rotates: the noise of other processes
        // and the image's cold cache fall on all of them alike; each decoder's fastest run counts.
        std::vector<std::vector<std::string>> texts(decoders.size());
        std::vector<double> fastest(decoders.size(), 0);
        for (int r = 0; r < std::max(1, repeat) && !frame.empty(); ++r) {
            for (size_t k = 0; k < decoders.size(); ++k) {
                const size_t d = (k + s + static_cast<size_t>(r)) % decoders.size();
                const auto start = std::chrono::steady_clock::now();
                texts[d] = decoders[d]->decode(frame);
                const double ms
                    = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                          .count();
                fastest[d] = r == 0 ? ms : std::min(fastest[d], ms);
            }
        }
        for (size_t d = 0; d < decoders.size(); ++d) {
            DecoderScore &score = eval.decoders[d];
            if (!frame.empty())
                times[d].push_back(fastest[d]);
            score.timesMs.push_back(fastest[d]);
            const std::vector<std::string> &found = texts[d];
            const bool right = !found.empty() && found.front() == sample.expected;
            const bool wrong = !found.empty() && !right;
            std::string extra;
            for (size_t i = 1; i < found.size(); ++i)
                if (found[i] != found.front())
                    extra += (extra.empty() ? "" : " | ") + found[i];
            CategoryScore &cat = score.categories[sample.category];
            for (CategoryScore *c : {&cat, &score.overall}) {
                ++c->total;
                c->decoded += right ? 1 : 0;
                c->wrong += wrong ? 1 : 0;
                c->extra += extra.empty() ? 0 : 1;
            }
            if (!right)
                score.misses.push_back(sample.path);
            if (wrong)
                score.wrongs.push_back(sample.path + " -> " + found.front());
            if (!extra.empty())
                score.extras.push_back(sample.path + " -> " + extra);
            eval.decodedPerSample[score.name][s] = right;
        }
        if (progress)
            progress(s + 1, samples.size());
    }
    const auto zxing = eval.decodedPerSample.find("zxing");
    for (size_t d = 0; d < decoders.size(); ++d) {
        DecoderScore &score = eval.decoders[d];
        score.medianMs = percentile(times[d], 0.5);
        score.p95Ms = percentile(times[d], 0.95);
        score.maxMs = times[d].empty() ? 0 : *std::max_element(times[d].begin(), times[d].end());
        if (zxing == eval.decodedPerSample.end())
            continue;
        std::vector<double> whereRead;
        for (size_t s = 0; s < samples.size(); ++s)
            if (zxing->second[s])
                whereRead.push_back(score.timesMs[s]);
        score.medianMsWhereZxingReads = percentile(whereRead, 0.5);
    }
    return eval;
}

} // namespace checkin::scanner::peers
