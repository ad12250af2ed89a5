// CTC prefix scores checked against brute force: every alignment path of a few frames is enumerated,
// collapsed (repeats merged, blanks dropped) and its probability added to the prefixes it starts with.
#include "ctc.h"
#include "ctc_prefix_scorer.h"

#include "vlmwb/tokenizer.h"

#include <QtTest>

#include <cmath>
#include <map>

using namespace vlmwb::inference;

namespace {

struct BruteForce {
    std::map<std::vector<int64_t>, double> complete; // P(output == sequence)

    double prefix(const std::vector<int64_t> &start) const
    {
        double sum = 0.0;
        for (const auto &[output, probability] : complete)
            if (output.size() >= start.size() && std::equal(start.begin(), start.end(), output.begin()))
                sum += probability;
        return sum;
    }
    double exactly(const std::vector<int64_t> &output) const
    {
        const auto found = complete.find(output);
        return found == complete.end() ? 0.0 : found->second;
    }
};

BruteForce enumerate(const torch::Tensor &probabilities)
{
    const int64_t frames = probabilities.size(0);
    const int64_t classes = probabilities.size(1);
    BruteForce result;
    std::vector<int64_t> path(static_cast<std::size_t>(frames), 0);
    while (true) {
        double probability = 1.0;
        std::vector<int64_t> output;
        int64_t previous = 0;
        for (int64_t t = 0; t < frames; ++t) {
            const int64_t value = path[static_cast<std::size_t>(t)];
            probability *= probabilities[t][value].item<double>();
            if (value != 0 && value != previous)
                output.push_back(value);
            previous = value;
        }
        result.complete[output] += probability;
        int64_t position = 0;
        while (position < frames && ++path[static_cast<std::size_t>(position)] == classes)
            path[static_cast<std::size_t>(position++)] = 0;
        if (position == frames)
            break;
    }
    return result;
}

torch::Tensor randomProbabilities(int64_t frames, int64_t classes, uint64_t seed)
{
    torch::manual_seed(seed);
    return torch::softmax(torch::randn({frames, classes}, torch::kDouble) * 1.5, 1);
}

std::shared_ptr<const CtcPrefixScorer::Prefix> follow(const CtcPrefixScorer &scorer, const std::vector<int64_t> &classes)
{
    auto prefix = scorer.empty();
    for (const int64_t value : classes)
        prefix = scorer.extend(*prefix, value);
    return prefix;
}

} // namespace

class CtcPrefixScorerTest : public QObject
{
    Q_OBJECT

private slots:
    void prefixAndCompleteScoresMatchEveryPath()
    {
        const torch::Tensor probabilities = randomProbabilities(5, 3, 7);
        const BruteForce truth = enumerate(probabilities);
        const CtcPrefixScorer scorer(probabilities.log().to(torch::kFloat));
        const std::vector<std::vector<int64_t>> prefixes = {{}, {1}, {2}, {1, 1}, {1, 2}, {2, 1, 2}, {1, 1, 1}, {2, 2, 2, 1}};
        for (const auto &prefix : prefixes) {
            const auto scored = follow(scorer, prefix);
            const double expectedPrefix = truth.prefix(prefix);
            const double expectedComplete = truth.exactly(prefix);
            QVERIFY2(std::abs(std::exp(scored->prefixScore) - expectedPrefix) < 1e-5 * std::max(1.0, expectedPrefix),
                     qPrintable(QString("prefix of length %1: %2 vs %3").arg(prefix.size()).arg(std::exp(scored->prefixScore)).arg(expectedPrefix)));
            QVERIFY2(std::abs(std::exp(scored->completeScore) - expectedComplete) < 1e-5,
                     qPrintable(QString("complete of length %1: %2 vs %3").arg(prefix.size()).arg(std::exp(scored->completeScore)).arg(expectedComplete)));
        }
        // The one-product shortcut gives every extension's prefix score without its forward variables.
        for (const auto &prefix : prefixes) {
            const auto scored = follow(scorer, prefix);
            for (int64_t value = 1; value < 3; ++value) { // class 0, the blank, is never a character
                const float shortcut = scorer.extensionScore(*scored, value);
                const float direct = scorer.extend(*scored, value)->prefixScore;
                QVERIFY(shortcut == direct || std::abs(shortcut - direct) < 1e-4f); // equal when both -inf
            }
        }
        // The empty prefix starts every output.
        QCOMPARE(follow(scorer, {})->prefixScore, 0.0f);
    }

    void extensionsAreSharedBetweenHypotheses()
    {
        const CtcPrefixScorer scorer(randomProbabilities(4, 3, 3).log().to(torch::kFloat));
        const auto once = scorer.extend(*scorer.empty(), 2);
        const auto twice = scorer.extend(*scorer.empty(), 2);
        QCOMPARE(once.get(), twice.get());
    }

    void bytesOfMultiByteCharactersScoreTheBestCompletion()
    {
        // Classes: 0 blank, 1 unknown, 2 'a', 3 U+AC00 (EA B0 80), 4 U+AC01 (EA B0 81).
        const CtcVocabulary vocabulary("a\xEA\xB0\x80\xEA\xB0\x81");
        QCOMPARE(vocabulary.classCount(), 5);
        const torch::Tensor probabilities = randomProbabilities(4, 5, 11);
        const BruteForce truth = enumerate(probabilities);
        const CtcPrefixScorer scorer(probabilities.log().to(torch::kFloat));
        const ByteCtcScorer bytes(scorer, vocabulary);
        const ByteCtcState start = bytes.start();
        auto close = [](float logScore, double probability) {
            return std::abs(std::exp(static_cast<double>(logScore)) - probability) < 1e-5;
        };

        ByteCtcState afterLead;
        const double bestSyllable = std::max(truth.prefix({3}), truth.prefix({4}));
        QVERIFY(close(bytes.score(start, 0xEA, &afterLead), bestSyllable));
        QCOMPARE(afterLead.pendingBytes, std::string("\xEA"));
        ByteCtcState afterSecond;
        QVERIFY(close(bytes.score(afterLead, 0xB0, &afterSecond), bestSyllable));
        ByteCtcState syllable;
        QVERIFY(close(bytes.score(afterSecond, 0x81, &syllable), truth.prefix({4})));
        QVERIFY(syllable.pendingBytes.empty());
        QVERIFY(close(bytes.score(syllable, 'a', nullptr), truth.prefix({4, 2})));
        QVERIFY(close(bytes.score(syllable, token::Eos, nullptr), truth.exactly({4})));
        // A character outside the vocabulary is the unknown class.
        QVERIFY(close(bytes.score(start, 'z', nullptr), truth.prefix({1})));
        QVERIFY(close(bytes.score(start, token::Eos, nullptr), truth.exactly({})));

        const float impossible = -std::numeric_limits<float>::infinity();
        QCOMPARE(bytes.score(start, 0x80, nullptr), impossible);         // continuation byte first
        QCOMPARE(bytes.score(afterLead, 'a', nullptr), impossible);      // lead byte not continued
        QCOMPARE(bytes.score(afterLead, token::Eos, nullptr), impossible); // line ends inside a character
        QCOMPARE(bytes.score(start, token::Pad, nullptr), impossible);
    }

    void proposalsAreTheNextBytesOfTheLikeliestCharacters()
    {
        // Classes: 0 blank, 1 unknown, 2 'a', 3 'b', 4 U+AC00 (EA B0 80), 5 U+AC01 (EA B0 81).
        const CtcVocabulary vocabulary("ab\xEA\xB0\x80\xEA\xB0\x81");
        const torch::Tensor probabilities = randomProbabilities(4, 6, 5);
        const BruteForce truth = enumerate(probabilities);
        const CtcPrefixScorer scorer(probabilities.log().to(torch::kFloat));
        const ByteCtcScorer bytes(scorer, vocabulary);

        // Rank the first characters by brute force; the proposals must follow that order, with
        // both syllables collapsing into their shared lead byte EA.
        std::vector<std::pair<double, int>> ranked;
        const int firstByte[] = {0, 0, 'a', 'b', 0xEA, 0xEA};
        for (int value = 2; value < 6; ++value)
            ranked.emplace_back(truth.prefix({value}), firstByte[value]);
        std::sort(ranked.begin(), ranked.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
        std::vector<int> expected;
        for (const auto &[probability, byte] : ranked)
            if (std::find(expected.begin(), expected.end(), byte) == expected.end())
                expected.push_back(byte);
        QCOMPARE(bytes.proposals(bytes.start(), 4), expected);
        QCOMPARE(bytes.proposals(bytes.start(), 1), std::vector<int>{ranked.front().second});

        // Inside a syllable: the third byte of the likelier of U+AC00 / U+AC01.
        ByteCtcState lead;
        bytes.score(bytes.start(), 0xEA, &lead);
        ByteCtcState second;
        bytes.score(lead, 0xB0, &second);
        const int likelier = truth.prefix({4}) > truth.prefix({5}) ? 0x80 : 0x81;
        QCOMPARE(bytes.proposals(second, 1), std::vector<int>{likelier});
        QCOMPARE(bytes.proposals(second, 5).size(), std::size_t(2));
        QVERIFY(bytes.proposals(bytes.start(), 0).empty());
    }
};

QTEST_APPLESS_MAIN(CtcPrefixScorerTest)
#include "tst_ctc_prefix_scorer.moc"
