// checkinctl eval-scanner: our pipeline against plain ZXing, zbar and WeChat on labelled photos.
#include "scanner/peers/evaluation.h"
#include "scanner/peers/pipelinepeer.h"
#include "scanner/peers/wechatpeer.h"
#include "scanner/peers/zbarpeer.h"
#include "scanner/peers/zxingpeer.h"
#include "terminal/tools/commands.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace checkin::ctl {

namespace {

using namespace checkin::scanner;

struct EvalOptions
{
    std::string manifest;
    std::string jsonPath;
    std::string chain; ///< comma-separated stage names, to measure other chains
    std::vector<std::string> decoders{"pipeline", "zxing", "zbar", "wechat"};
    bool verbose = false;
    int repeat = 3;
};

/// `budgetMs` is our pipeline's configured budget; the peers have none (null).
nlohmann::json toJson(const peers::Evaluation &eval, double budgetMs)
{
    nlohmann::json decoders = nlohmann::json::object();
    for (const auto &d : eval.decoders) {
        nlohmann::json categories = nlohmann::json::object();
        for (const auto &[name, c] : d.categories)
            categories[name] = {{"decoded", c.decoded}, {"total", c.total}, {"wrong", c.wrong}};
        decoders[d.name] = {{"decoded", d.overall.decoded}, {"total", d.overall.total},
            {"wrong", d.overall.wrong}, {"with_extra_codes", d.extras}, {"median_ms", d.medianMs},
            {"median_ms_where_zxing_reads", d.medianMsWhereZxingReads}, {"p95_ms", d.p95Ms},
            {"max_ms", d.maxMs},
            {"budget_ms", d.name == "pipeline" ? nlohmann::json(budgetMs) : nlohmann::json()},
            {"categories", categories}};
    }
    return {{"decoders", decoders}, {"read_by_any_peer", eval.decodedByAny({"zxing", "zbar", "wechat"})}};
}

/// "plain 3.1 (found 1)" per stage that ran, "wechat skipped (predicted 310)" per stage skipped.
std::string describe(const DecodeTrace &trace)
{
    std::ostringstream out;
    out.precision(1);
    out << std::fixed;
    for (const auto &step : trace.steps) {
        out << (out.tellp() > 0 ? ", " : "") << stageName(step.stage);
        if (step.ran)
            out << " " << step.ms << (step.found ? " (found " + std::to_string(step.found) + ")" : "");
        else
            out << " skipped (predicted " << step.predictedMs << ")";
    }
    return out.str();
}

void printTable(const peers::Evaluation &eval, std::ostream &out)
{
    std::set<std::string> categories;
    for (const auto &d : eval.decoders)
        for (const auto &[name, c] : d.categories)
            categories.insert(name);
    char line[256];
    std::snprintf(line, sizeof line, "%-24s", "category");
    out << line;
    for (const auto &d : eval.decoders) {
        std::snprintf(line, sizeof line, " %12s", d.name.c_str());
        out << line;
    }
    out << "\n";
    auto row = [&](const std::string &label, auto cell) {
        std::snprintf(line, sizeof line, "%-24s", label.c_str());
        out << line;
        for (const auto &d : eval.decoders) {
            std::snprintf(line, sizeof line, " %12s", cell(d).c_str());
            out << line;
        }
        out << "\n";
    };
    for (const auto &category : categories)
        row(category, [&](const peers::DecoderScore &d) {
            const auto it = d.categories.find(category);
            if (it == d.categories.end())
                return std::string("-");
            std::string s = std::to_string(it->second.decoded) + "/" + std::to_string(it->second.total);
            if (it->second.wrong)
                s += " w" + std::to_string(it->second.wrong);
            return s;
        });
    row("decoded", [](const peers::DecoderScore &d) {
        return std::to_string(d.overall.decoded) + "/" + std::to_string(d.overall.total);
    });
    row("wrong", [](const peers::DecoderScore &d) { return std::to_string(d.overall.wrong); });
    auto ms = [](double v) {
        std::ostringstream s;
        s.precision(v < 10 ? 2 : 1);
        s << std::fixed << v;
        return s.str();
    };
    row("with extra codes", [](const peers::DecoderScore &d) { return std::to_string(d.overall.extra); });
    row("median ms", [&](const peers::DecoderScore &d) { return ms(d.medianMs); });
    row("median ms, zxing reads",
        [&](const peers::DecoderScore &d) { return ms(d.medianMsWhereZxingReads); });
    row("p95 ms", [&](const peers::DecoderScore &d) { return ms(d.p95Ms); });
    row("max ms", [&](const peers::DecoderScore &d) { return ms(d.maxMs); });
    std::vector<std::string> others;
    for (const auto &d : eval.decoders)
        if (d.name != "pipeline")
            others.push_back(d.name);
    if (!others.empty())
        out << "read by any of the others (";
    for (size_t i = 0; i < others.size(); ++i)
        out << (i ? "+" : "") << others[i];
    if (!others.empty())
        out << "): " << eval.decodedByAny(others) << "\n";
    for (const auto &path : eval.unreadable)
        out << "unreadable image: " << path << "\n";
}

int runEval(const EvalOptions &options)
{
    auto samples = peers::readManifest(options.manifest);
    if (!samples) {
        std::cerr << "checkinctl: " << samples.error().message << "\n";
        return 2;
    }
    Decoder::Options pipelineOptions;
    if (!options.chain.empty()) {
        pipelineOptions.chain.clear();
        std::istringstream in(options.chain);
        std::string name;
        while (std::getline(in, name, ',')) {
            const auto stage = stageFromName(name);
            if (!stage) {
                std::cerr << "checkinctl: unknown stage '" << name << "' in --chain\n";
                return 2;
            }
            pipelineOptions.chain.push_back(*stage);
        }
    }
    std::vector<std::unique_ptr<peers::PeerDecoder>> owned;
    peers::PipelinePeer *pipeline = nullptr;
    for (const auto &name : options.decoders) {
        if (name == "pipeline") {
            auto peer = std::make_unique<peers::PipelinePeer>(pipelineOptions);
            pipeline = peer.get();
            owned.push_back(std::move(peer));
        } else if (name == "zxing")
            owned.push_back(std::make_unique<peers::ZxingPeer>());
        else if (name == "zbar")
            owned.push_back(std::make_unique<peers::ZbarPeer>());
        else if (name == "wechat")
            owned.push_back(std::make_unique<peers::WechatPeer>());
        else {
            std::cerr << "checkinctl: unknown decoder '" << name << "' (pipeline, zxing, zbar, wechat)\n";
            return 2;
        }
    }
    std::vector<peers::PeerDecoder *> decoders;
    for (auto &d : owned)
        decoders.push_back(d.get());
    std::vector<std::string> traces; // per sample: the stages our pipeline ran, or skipped
    const auto eval = peers::evaluate(
        *samples, decoders,
        [&](size_t done, size_t total) {
            std::cerr << "\r" << done << "/" << total << std::flush;
            traces.push_back(pipeline ? describe(pipeline->lastTrace()) : "");
        },
        options.repeat);
    std::cerr << "\r";
    printTable(eval, std::cout);
    if (options.verbose)
        for (const auto &d : eval.decoders) {
            for (const auto &miss : d.misses)
                std::cout << d.name << " missed " << miss << "\n";
            for (const auto &wrong : d.wrongs)
                std::cout << d.name << " wrong " << wrong << "\n";
            for (const auto &extra : d.extras)
                std::cout << d.name << " extra " << extra << "\n";
            for (size_t i = 0; i < d.timesMs.size() && i < samples->size(); ++i)
                std::cout << d.name << " time " << (*samples)[i].path << " " << d.timesMs[i]
                          << (d.name == "pipeline" && i < traces.size() ? " " + traces[i] : "") << "\n";
        }
    if (!options.jsonPath.empty()) {
        std::ofstream out(options.jsonPath);
        out << toJson(eval, static_cast<double>(pipelineOptions.budget.count())).dump(2) << "\n";
        if (!out) {
            std::cerr << "checkinctl: cannot write " << options.jsonPath << "\n";
            return 2;
        }
    }
    return 0;
}

} // namespace

void addEvalScannerCommand(CLI::App &app)
{
    auto options = std::make_shared<EvalOptions>();
    auto *cmd = app.add_subcommand("eval-scanner",
        "decode labelled photos with our pipeline, plain ZXing, zbar and WeChat side by side");
    cmd->add_option("--manifest", options->manifest, "manifest.tsv (path, expected_text, source, category)")
        ->required();
    cmd->add_option("--json", options->jsonPath, "also write the figures as JSON to this file");
    cmd->add_option("--chain", options->chain, "pipeline stages to measure instead of the default chain");
    cmd->add_option("--decoders", options->decoders, "which decoders to run")->delimiter(',');
    cmd->add_option("--repeat", options->repeat, "decode each image this often and time the fastest run")
        ->check(CLI::Range(1, 100));
    cmd->add_flag("--verbose", options->verbose, "list every miss and wrong result");
    cmd->callback([options] {
        if (const int rc = runEval(*options); rc != 0)
            throw CLI::RuntimeError(rc);
    });
}

} // namespace checkin::ctl
