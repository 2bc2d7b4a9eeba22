// The pipeline on the shared photographs (../shared/qr-samples), when they are there: never a wrong
// text, and every photo plain ZXing reads read too (the chain's leading passes are plain ZXing's
// own call and run whatever the load, so this holds on a loaded machine as well).
#include "scanner/peers/evaluation.h"
#include "scanner/peers/pipelinepeer.h"
#include "scanner/peers/zxingpeer.h"

#include <cstdlib>
#include <filesystem>
#include <gtest/gtest.h>

using namespace checkin::scanner::peers;

namespace {
std::string samplesDir()
{
    if (const char *env = std::getenv("CHECKIN_QR_SAMPLES"))
        return env;
    return CHECKIN_QR_SAMPLES_DEFAULT;
}
} // namespace

TEST(SharedSamples, PipelineReadsNoWrongTextAndEveryPhotoPlainZxingReads)
{
    const std::string manifest = samplesDir() + "/manifest.tsv";
    if (!std::filesystem::exists(manifest))
        GTEST_SKIP() << "no shared samples at " << samplesDir() << " (set CHECKIN_QR_SAMPLES)";
    auto samples = readManifest(manifest);
    ASSERT_TRUE(samples) << samples.error().message;
    PipelinePeer pipeline;
    ZxingPeer zxing;
    const auto eval = evaluate(*samples, {&pipeline, &zxing});
    const auto &ours = eval.decoders[0];
    const auto &plain = eval.decoders[1];
    EXPECT_EQ(ours.overall.wrong, 0);
    const auto &oursPerSample = eval.decodedPerSample.at(ours.name);
    const auto &plainPerSample = eval.decodedPerSample.at(plain.name);
    for (size_t i = 0; i < samples->size(); ++i)
        EXPECT_TRUE(oursPerSample[i] || !plainPerSample[i])
            << (*samples)[i].path << ": plain ZXing reads it, the pipeline does not";
    for (const auto &[category, score] : plain.categories)
        EXPECT_GE(ours.categories.at(category).decoded, score.decoded) << category;
    EXPECT_GT(ours.overall.decoded, plain.overall.decoded);
}

TEST(Manifest, NamesTheLineOfAMalformedRow)
{
    const auto path = std::filesystem::temp_directory_path() / "checkin-bad-manifest.tsv";
    {
        std::FILE *f = std::fopen(path.c_str(), "w");
        std::fputs("path\texpected_text\tsource\tcategory\na.png\tok\tsrc\tcat\nb.png\tonly two\n", f);
        std::fclose(f);
    }
    auto samples = readManifest(path.string());
    std::filesystem::remove(path);
    ASSERT_FALSE(samples);
    EXPECT_NE(samples.error().message.find(":3:"), std::string::npos) << samples.error().message;
}

TEST(Manifest, UnescapesTabsNewlinesAndBackslashes)
{
    const auto path = std::filesystem::temp_directory_path() / "checkin-escapes-manifest.tsv";
    {
        std::FILE *f = std::fopen(path.c_str(), "w");
        std::fputs("path\texpected_text\tsource\tcategory\na.png\tA\\tB\\nC\\\\D\tsrc\tcat\n", f);
        std::fclose(f);
    }
    auto samples = readManifest(path.string());
    std::filesystem::remove(path);
    ASSERT_TRUE(samples) << samples.error().message;
    EXPECT_EQ(samples->at(0).expected, "A\tB\nC\\D");
    EXPECT_EQ(samples->at(0).path, (path.parent_path() / "a.png").string());
}
