// OCR measures against distances and spans worked out by hand (Korean included): CER over code
// points (not bytes), WER over whitespace-separated words, exact spans through the alignment, and
// UTF-8 offsets of labels.jsonl mapped to code points.
#include "core/ocr_metrics.h"

#include <QtTest>

using namespace vlmwb::core;

class OcrMetricsTest : public QObject
{
    Q_OBJECT

private slots:
    void characterErrorRateLatin()
    {
        // kitten -> sitting: k->s, e->i, insert g = 3 edits over 6 reference characters.
        const EditCount count = characterEdits("kitten", "sitting");
        QCOMPARE(count.edits, 3);
        QCOMPARE(count.referenceLength, 6);
        QCOMPARE(count.rate(), 0.5);
    }

    void characterErrorRateCountsHangulSyllablesOnce()
    {
        // 아스피린 100mg (10 code points, 18 UTF-8 bytes); 린 -> 란 is one substitution.
        const EditCount count = characterEdits(QString::fromUtf8("아스피린 100mg"), QString::fromUtf8("아스피란 100mg"));
        QCOMPARE(count.referenceLength, 10);
        QCOMPARE(count.edits, 1);
        QCOMPARE(count.rate(), 0.1);
        // Dropping a syllable and a space: 2 deletions.
        QCOMPARE(characterEdits(QString::fromUtf8("하루 두번"), QString::fromUtf8("하루두")).edits, 2);
    }

    void emptyTexts()
    {
        QCOMPARE(characterEdits("", "").rate(), 0.0);
        QCOMPARE(characterEdits("", "ab").edits, 2);
        QCOMPARE(characterEdits("", "ab").rate(), 1.0);
        QCOMPARE(characterEdits("abc", "").rate(), 1.0);
        // Over-long predictions give rates above 1: 1 substitution + 3 insertions over 1 character.
        QCOMPARE(characterEdits("a", "bcde").rate(), 4.0);
    }

    void wordErrorRate()
    {
        QCOMPARE(ocrWords("  take 1\ttablet  daily "), QStringList({"take", "1", "tablet", "daily"}));
        // One substituted word of four.
        QCOMPARE(wordEdits("take 1 tablet daily", "take 7 tablet daily").rate(), 0.25);
        // One deleted word of three.
        const EditCount deleted = wordEdits("a b c", "a c");
        QCOMPARE(deleted.edits, 1);
        QCOMPARE(deleted.referenceLength, 3);
        // Korean: one inserted word over three reference words.
        const EditCount inserted = wordEdits(QString::fromUtf8("복용 하루 2회"), QString::fromUtf8("복용 하루 2회 식후"));
        QCOMPARE(inserted.edits, 1);
        QCOMPARE(inserted.referenceLength, 3);
    }

    void pooledRates()
    {
        EditCount total = characterEdits("kitten", "sitting"); // 3 / 6
        total += characterEdits("abcd", "abcd");               // 0 / 4
        QCOMPARE(total.edits, 3);
        QCOMPARE(total.rate(), 0.3);
    }

    void exactSpans()
    {
        // "Metformin 500 mg": drug [0, 9), dose [10, 16).
        const QString reference = "Metformin 500 mg";
        const OcrAlignment misread(reference, "Metfornin 500 mg");
        QCOMPARE(misread.distance(), 1);
        QVERIFY(!misread.spanExact(0, 9));
        QVERIFY(misread.spanExact(10, 16));
        // Text inserted before a span does not count against it; inside it does.
        const OcrAlignment shifted(reference, "1. Metformin 500 mg");
        QVERIFY(shifted.spanExact(0, 9));
        QVERIFY(shifted.spanExact(10, 16));
        const OcrAlignment split(reference, "Metfor min 500mg");
        QVERIFY(!split.spanExact(0, 9));
        QVERIFY(!split.spanExact(10, 16));
        QVERIFY(split.spanExact(10, 13)); // "500" itself was read
        // A dropped last character loses the span.
        QVERIFY(!OcrAlignment(reference, "Metformin 500 m").spanExact(10, 16));
        // Empty and out-of-range spans are never exact.
        QVERIFY(!shifted.spanExact(3, 3));
        QVERIFY(!shifted.spanExact(10, 17));
    }

    void exactSpansInKorean()
    {
        // 타이레놀 500mg 1정: drug [0, 4), dose [5, 10).
        const QString reference = QString::fromUtf8("타이레놀 500mg 1정");
        const OcrAlignment alignment(reference, QString::fromUtf8("타이래놀 500mg 1정"));
        QVERIFY(!alignment.spanExact(0, 4));
        QVERIFY(alignment.spanExact(5, 10));
        QVERIFY(OcrAlignment(reference, reference).spanExact(0, 4));
    }

    void utf8OffsetsToCodePoints()
    {
        const QString text = QString::fromUtf8("아스피린 5mg");
        QCOMPARE(codePointAtUtf8Offset(text, 0), 0);
        QCOMPARE(codePointAtUtf8Offset(text, 3), 1);   // after 아
        QCOMPARE(codePointAtUtf8Offset(text, 12), 4);  // after the four syllables
        QCOMPARE(codePointAtUtf8Offset(text, 13), 5);  // after the space
        QCOMPARE(codePointAtUtf8Offset(text, 16), 8);  // the end
        QCOMPARE(codePointAtUtf8Offset(text, 99), 8);
    }
};

QTEST_APPLESS_MAIN(OcrMetricsTest)
#include "tst_ocr_metrics.moc"
