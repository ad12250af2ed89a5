// Byte-level tokenizer: ids written out by hand from the UTF-8 tables, round trips, U+FFFD for
// invalid bytes, streaming hold-back and per-character confidence.
#include "vlmwb/tokenizer.h"

#include <QtTest>

using namespace vlmwb::inference;

namespace {
const std::string replacement = "\xEF\xBF\xBD";
}

class TestTokenizer : public QObject
{
    Q_OBJECT
private slots:
    void specialIdsFollowTheBytes()
    {
        QCOMPARE(token::Bos, 256);
        QCOMPARE(token::Eos, 257);
        QCOMPARE(token::Pad, 258);
        QCOMPARE(token::ImageStart, 259);
        QCOMPARE(token::ImageEnd, 260);
        QCOMPARE(token::Newline, 261);
    }

    void encodesEnglishAsAscii()
    {
        const std::vector<int> expected = {'A', 's', 'p', 'i', 'r', 'i', 'n', ' ', '5', 'm', 'g'};
        QCOMPARE(ByteTokenizer::encode("Aspirin 5mg"), expected);
        QCOMPARE(ByteTokenizer::decode(expected), std::string("Aspirin 5mg"));
    }

    void encodesPrecomposedHangul()
    {
        // U+C57D (약) = 1100 0101 0111 1101 -> EC 95 BD; U+D488 (품) -> ED 92 88.
        const std::string text = "\xEC\x95\xBD\xED\x92\x88";
        const std::vector<int> expected = {0xEC, 0x95, 0xBD, 0xED, 0x92, 0x88};
        QCOMPARE(ByteTokenizer::encode(text), expected);
        QCOMPARE(ByteTokenizer::decode(expected), text);
        const std::vector<CharacterSpan> spans = ByteTokenizer::characters(expected);
        QCOMPARE(spans.size(), std::size_t(2));
        QCOMPARE(spans[1].firstToken, 3);
        QCOMPARE(spans[1].tokenCount, 3);
    }

    void roundTripsMixedTextAndEmoji()
    {
        const std::string text = u8"Tylenol 타이레놀 500mg \U0001F48A x2";
        std::vector<int> ids = ByteTokenizer::encode(text);
        QCOMPARE(ByteTokenizer::decode(ids), text);
        // 8 ASCII + space, 4 Hangul syllables, " 500mg ", one emoji, " x2".
        QCOMPARE(ByteTokenizer::characters(ids).size(), std::size_t(8 + 4 + 7 + 1 + 3));
        // Specials between bytes are skipped and never split a character.
        ids.insert(ids.begin(), token::Bos);
        ids.push_back(token::Eos);
        QCOMPARE(ByteTokenizer::decode(ids), text);
    }

    void replacesInvalidSequences_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray r = QByteArray::fromStdString(replacement);
        QTest::newRow("lone continuation") << QByteArray("a\x80" "b") << QByteArray("a") + r + "b";
        QTest::newRow("overlong C0") << QByteArray("\xC0\xAF") << r + r;
        QTest::newRow("surrogate ED A0 80") << QByteArray("\xED\xA0\x80") << r + r + r;
        QTest::newRow("truncated 3-byte then ASCII") << QByteArray("\xE2\x82" "A") << r + "A";
        QTest::newRow("trailing incomplete emoji") << QByteArray("ok\xF0\x9F\x92") << QByteArray("ok") + r;
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << r + r + r + r;
        QTest::newRow("FF byte") << QByteArray("\xFF") << r;
    }

    void replacesInvalidSequences()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, expected);
        const std::string decoded = ByteTokenizer::decode(ByteTokenizer::encode(bytes.toStdString()));
        QCOMPARE(QByteArray::fromStdString(decoded), expected);
        // The result is valid UTF-8: Qt's strict decoder round-trips it.
        QCOMPARE(QString::fromUtf8(decoded.c_str()).toUtf8(), QByteArray::fromStdString(decoded));
    }

    void streamingHoldsBackIncompleteCharacters()
    {
        StreamingDecoder decoder;
        QCOMPARE(decoder.push('a'), std::string("a"));
        QCOMPARE(decoder.push(0xEC), std::string());
        QCOMPARE(decoder.push(0x95), std::string());
        QCOMPARE(decoder.push(0xBD), std::string("\xEC\x95\xBD"));
        QCOMPARE(decoder.push(token::Eos), std::string());
        QCOMPARE(decoder.push(0xF0), std::string());
        // 'b' cannot continue F0: the held byte becomes U+FFFD and 'b' follows.
        QCOMPARE(decoder.push('b'), replacement + "b");
        QCOMPARE(decoder.push(0xE2), std::string());
        QCOMPARE(decoder.finish(), replacement);
        QCOMPARE(decoder.finish(), std::string());
    }

    void characterConfidenceIsProductOfByteProbabilities()
    {
        const std::vector<int> ids = {'a', 0xEC, 0x95, 0xBD, token::Eos};
        const std::vector<float> probabilities = {0.9f, 0.5f, 0.8f, 0.25f, 0.7f};
        const std::vector<float> confidences = ByteTokenizer::characterConfidences(ids, probabilities);
        QCOMPARE(confidences.size(), std::size_t(2));
        QCOMPARE(confidences[0], 0.9f);
        QCOMPARE(confidences[1], 0.1f); // 0.5 * 0.8 * 0.25
    }
};

QTEST_APPLESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
