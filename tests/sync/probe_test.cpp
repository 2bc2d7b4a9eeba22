// The technician's sync test against a real hub on loopback: reached, refused token, nobody there.
#include "sync/client/hubprobe.h"
#include "tests/sync/hubfixture.h"

using namespace checkin;

namespace {

class HubProbe : public checkin::testing::HubFixture
{
protected:
    sync::ProbeReport probe(const std::string &token, const std::string &base)
    {
        sync::HttpClient http(tokenFor(token));
        return sync::probeHub(base, http, [] { return std::chrono::system_clock::now(); });
    }
};

} // namespace

TEST_F(HubProbe, ReachesTheHubWithAValidToken)
{
    startHub();
    const auto report = probe(checkin::testing::kTokenA, url(""));
    EXPECT_EQ(report.outcome, sync::ProbeOutcome::Reached) << report.message;
    ASSERT_TRUE(report.clockOffsetMs);
    EXPECT_LT(std::llabs(*report.clockOffsetMs), 5000) << "the same machine's clock";
    EXPECT_GE(report.roundTripMs, 0);
}

TEST_F(HubProbe, SaysWhenTheHubRefusesTheToken)
{
    startHub();
    const auto report = probe("not-a-token", url(""));
    EXPECT_EQ(report.outcome, sync::ProbeOutcome::Unauthorized);
    EXPECT_EQ(report.httpStatus, 401);
}

TEST_F(HubProbe, SaysWhenNothingAnswers)
{
    startHub();
    const std::string base = url("");
    m_hub.reset(); // the port is free again: nothing listens there
    EXPECT_EQ(probe(checkin::testing::kTokenA, base).outcome, sync::ProbeOutcome::Unreachable);
}

TEST_F(HubProbe, SaysWhenSomethingElseAnswers)
{
    startHub();
    // A wrong base path: the hub answers 404 to the health request, as a reverse proxy would.
    const auto report = probe(checkin::testing::kTokenA, url("/wrong"));
    EXPECT_EQ(report.outcome, sync::ProbeOutcome::HubError);
    EXPECT_EQ(report.httpStatus, 404);
}
