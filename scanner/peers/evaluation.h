// Side-by-side evaluation of QR decoders on a manifest of labelled photographs.
#pragma once

#include "scanner/frame.h"
#include "scanner/peers/peerdecoder.h"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace checkin::scanner::peers {

/// One manifest row: an image (absolute, or relative to the manifest's folder), its expected text.
struct Sample
{
    std::string path;
    std::string expected;
    std::string category;
};

/// Reads a tab-separated manifest (header `path expected_text source category`; `\t`, `\n`, `\r`
/// and `\\` escaped in the text). A malformed row is an error naming its line; nothing is skipped.
Result<std::vector<Sample>> readManifest(const std::string &manifestPath);

struct CategoryScore
{
    int decoded = 0;
    int total = 0;
    int wrong = 0;
    int extra = 0;
};

/// What one decoder did, judged by its top-ranked (first) result, the one a kiosk acts on: right
/// when it is the expected text, wrong when it is any other text (a misread is counted apart from
/// a miss: at an entrance it is the dangerous case). Further texts after the first are extras,
/// listed apart (a design with a genuine second code inside is not a misread).
struct DecoderScore
{
    std::string name;
    CategoryScore overall;
    double medianMs = 0;
    double p95Ms = 0;
    double maxMs = 0;
    /// The median over the samples plain ZXing ("zxing") read in the same run, where speed is what
    /// matters; 0 when plain ZXing was not run.
    double medianMsWhereZxingReads = 0;
    std::map<std::string, CategoryScore> categories;
    std::vector<std::string> misses; ///< sample paths not decoded
    std::vector<std::string> wrongs; ///< sample paths whose top result is another text, with it
    std::vector<std::string> extras; ///< sample paths with further texts after the top one, with them
    std::vector<double> timesMs; ///< per sample, in manifest order (0 for an unreadable image)
};

struct Evaluation
{
    std::vector<DecoderScore> decoders;
    std::vector<std::string> unreadable; ///< images that could not be loaded (missed by everyone)
    /// Samples that at least one of the named decoders read (the "together" figure).
    int decodedByAny(const std::vector<std::string> &names) const;
    std::map<std::string, std::vector<bool>> decodedPerSample; ///< decoder name -> per sample
};

/// Loads each image once (through the scanner's FrameSource, as the kiosk would) and times every
/// decoder on it. `progress` (may be empty) is called after each image.
/// With `repeat` > 1 each decoder decodes each image that often and its fastest run counts: on a
/// machine shared with other work that keeps other processes' noise out of the figures, for all
/// decoders alike.
Evaluation evaluate(const std::vector<Sample> &samples, const std::vector<PeerDecoder *> &decoders,
    const std::function<void(size_t done, size_t total)> &progress = {}, int repeat = 1);

} // namespace checkin::scanner::peers
