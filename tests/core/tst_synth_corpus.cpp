// The synthetic corpus: deterministic per seed, boxes that hold the ink, Korean text in Korean
// faces, spans that index the right substrings, degradations that keep the size, and the
// `vlmwb-cli synth` folder layout.
#include "core/synth_compose.h"
#include "core/synth_corpus.h"
#include "core/synth_fonts.h"
#include "core/synth_random.h"
#include "core/synth_vocabulary.h"
#include "core/training_samples.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRawFont>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace vlmwb::core;

namespace {

// How many of the lexicon's Latin (or Hangul) names hold each character, case folded, spaces left
// out: counted here, apart from the generator's own count.
struct CharacterCounts {
    QHash<QChar, int> namesHolding;
    QStringList names;
    int holding(QChar character) const { return namesHolding.value(character); }
    // True when name holds a character found in fewer than share of the names.
    bool holdsRare(const QString &name, double share) const
    {
        for (QChar character : name.toLower())
            if (character != ' ' && holding(character) < share * names.size())
                return true;
        return false;
    }
};

CharacterCounts countCharacters(const QVector<DrugEntry> &entries, bool hangulNames)
{
    CharacterCounts counts;
    for (const DrugEntry &entry : entries) {
        if (containsHangul(entry.name) != hangulNames)
            continue;
        counts.names.append(entry.name);
        QSet<QChar> characters;
        for (QChar character : entry.name.toLower())
            if (character != ' ')
                characters.insert(character);
        for (QChar character : characters)
            ++counts.namesHolding[character];
    }
    return counts;
}

// The default shares with one of them changed, e.g. withShare(&SynthTextShares::randomTextLines, 0.3).
SynthTextShares withShare(double SynthTextShares::*share, double value)
{
    SynthTextShares shares;
    shares.*share = value;
    return shares;
}

// A small stand-in for the lexicon, in its format; it holds every case the generator treats apart:
// decimal strengths, a concentration, insulin units, micrograms, percent and Korean names.
QVector<DrugEntry> testDrugs()
{
    const DrugNameKind generic = DrugNameKind::Generic, brand = DrugNameKind::Brand, korean = DrugNameKind::Korean;
    return {
        {"amoxicillin", "amoxicillin", generic, {"capsule", "suspension"}, {"PO"}, {"mg"}, {"250 mg", "500 mg", "250 mg/5 mL"}, {}},
        {"아목시실린", "amoxicillin", korean, {"capsule"}, {"PO"}, {"mg"}, {"250 mg", "500 mg"}, {}},
        {"Glucophage", "metformin", brand, {"tablet"}, {"PO"}, {"mg"}, {"500 mg", "850 mg", "1000 mg"}, {}},
        {"메트포르민", "metformin", korean, {"tablet"}, {"PO"}, {"mg"}, {"500 mg", "1000 mg"}, {}},
        {"insulin glargine", "insulin glargine", generic, {"injection"}, {"SC"}, {"units"}, {"100 units/mL"}, {}},
        {"lorazepam", "lorazepam", generic, {"tablet"}, {"PO", "IV"}, {"mg"}, {"0.5 mg", "1 mg", "2 mg"}, {}},
        {"levothyroxine", "levothyroxine", generic, {"tablet"}, {"PO"}, {"mcg"}, {"25 mcg", "50 mcg", "0.1 mg"}, {}},
        {"hydrocortisone", "hydrocortisone", generic, {"cream"}, {"topical"}, {"%"}, {"1%", "2.5%"}, {}},
        {"potassium chloride", "potassium chloride", generic, {"tablet"}, {"PO"}, {"mEq"}, {"10 mEq", "20 mEq"}, {}},
        {"타이레놀", "acetaminophen", korean, {"tablet"}, {"PO"}, {"mg"}, {"325 mg", "500 mg"}, {}},
    };
}

// The amount a printed dose means, read independently of the generator: ".5" is 0.5, "1,000" is 1000.
double amountOf(const QString &text)
{
    QString number;
    for (QChar character : text) {
        if (character.isDigit() || character == '.' || character == ',')
            number += character;
        else
            break;
    }
    number.remove(',');
    if (number.startsWith('.'))
        number.prepend('0');
    return number.toDouble();
}

bool isHangulSyllable(QChar character)
{
    return character.unicode() >= 0xAC00 && character.unicode() <= 0xD7A3;
}

QByteArray labelBytes(const SynthSample &sample)
{
    return QJsonDocument(synthLabel(sample, "x.png")).toJson(QJsonDocument::Compact);
}

QByteArray imageBytes(const QImage &image)
{
    QByteArray bytes;
    for (int y = 0; y < image.height(); ++y)
        bytes.append(reinterpret_cast<const char *>(image.constScanLine(y)), image.width());
    return bytes;
}

} // namespace

class TestSynthCorpus : public QObject
{
    Q_OBJECT
private:
    SynthTextGenerator m_generator{testDrugs()};

    SynthSample sample(std::uint64_t seed, std::uint64_t index, int level, bool pages = false, int height = 0)
    {
        SynthOptions options;
        options.seed = seed;
        options.degradeLevel = level;
        options.pages = pages;
        options.height = height;
        return makeSynthSample(m_generator, options, index);
    }

    struct Run {
        int exitCode;
        QString out;
        QString err;
    };

    Run runCli(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(VLMWB_CLI_PATH), QStringList{"synth"} + arguments);
        if (!process.waitForFinished(240000))
            qFatal("vlmwb-cli synth %s did not finish", qPrintable(arguments.join(' ')));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(SynthFontLibrary::instance().ok(), qPrintable(SynthFontLibrary::instance().error()));
        // 9 Latin and 8 Korean faces: Liberation Sans/Serif/Mono, DejaVu Sans/Serif, NanumGothic,
        // NanumMyeongjo, NanumBarunGothic and Noto Sans CJK KR.
        QCOMPARE(SynthFontLibrary::instance().faces().size(), 17);
    }

    void randomMatchesTheStandardSequence()
    {
        // The C++ standard ([rand.predef]) fixes the 10000th output of mt19937_64 seeded 5489.
        SynthRandom random(5489);
        for (int i = 0; i < 9999; ++i)
            random.bits();
        QCOMPARE(random.bits(), std::uint64_t(9981545732273789042ULL));

        SynthRandom draws(7);
        QList<int> seen(5, 0);
        for (int i = 0; i < 5000; ++i) {
            const int value = draws.integer(3, 7);
            QVERIFY(value >= 3 && value <= 7);
            ++seen[value - 3];
            const double real = draws.real(-2.0, 0.5);
            QVERIFY(real >= -2.0 && real < 0.5);
        }
        for (int count : seen) // 1000 expected each; 5 sigma is about 140
            QVERIFY2(count > 850 && count < 1150, qPrintable(QString::number(count)));
    }

    void sameSeedGivesIdenticalSamples()
    {
        for (bool pages : {false, true}) {
            for (std::uint64_t index : {0, 1, 17}) {
                const SynthSample first = sample(42, index, -1, pages);
                const SynthSample second = sample(42, index, -1, pages);
                QCOMPARE(imageBytes(first.image), imageBytes(second.image));
                QCOMPARE(labelBytes(first), labelBytes(second));
                if (pages)
                    break;
            }
        }
    }

    void differentSeedsOrIndicesDiffer()
    {
        QVERIFY(labelBytes(sample(1, 0, -1)) != labelBytes(sample(2, 0, -1)));
        QVERIFY(imageBytes(sample(1, 0, 0).image) != imageBytes(sample(2, 0, 0).image));
        QVERIFY(labelBytes(sample(1, 0, -1)) != labelBytes(sample(1, 1, -1)));
    }

    void streamIsTheIndexedSamples()
    {
        SynthOptions options;
        options.seed = 9;
        SyntheticLineSource source(testDrugs(), options);
        QVERIFY(source.ok());
        const SynthSample first = source.next();
        const SynthSample second = source.next();
        QCOMPARE(source.position(), std::uint64_t(2));
        QCOMPARE(labelBytes(first), labelBytes(sample(9, 0, -1)));
        QCOMPARE(imageBytes(second.image), imageBytes(sample(9, 1, -1).image));
        source.seek(1);
        QCOMPARE(labelBytes(source.next()), labelBytes(second));
        QCOMPARE(first.kind, QString("line"));
        QCOMPARE(first.text(), first.lines.first().line.text);
    }

    void samplesDrawnInParallelEqualTheSequentialOnes()
    {
        SynthOptions options;
        options.seed = 12;
        const SyntheticLineSource source(testDrugs(), options);
        QList<int> indices;
        for (int i = 0; i < 24; ++i)
            indices.append(i);
        const QList<QByteArray> parallel = QtConcurrent::blockingMapped(indices, [&source](int index) {
            const SynthSample drawn = source.sample(std::uint64_t(index));
            return labelBytes(drawn) + imageBytes(drawn.image);
        });
        for (int i = 0; i < indices.size(); ++i) {
            const SynthSample drawn = source.sample(std::uint64_t(i));
            QCOMPARE(parallel.at(i), labelBytes(drawn) + imageBytes(drawn.image));
        }
    }

    void cleanLineBoxIsTightAroundTheInk()
    {
        for (std::uint64_t index = 0; index < 40; ++index) {
            const SynthSample line = sample(5, index, 0);
            QCOMPARE(line.lines.size(), 1);
            const QRect box = line.lines.first().box;
            const QImage &image = line.image;
            int left = image.width(), top = image.height(), right = -1, bottom = -1;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (image.constScanLine(y)[x] >= 128)
                        continue;
                    QVERIFY2(box.contains(x, y), qPrintable(QString("dark pixel (%1, %2) outside the box of '%3'")
                                                                .arg(x).arg(y).arg(line.text())));
                    left = std::min(left, x), right = std::max(right, x);
                    top = std::min(top, y), bottom = std::max(bottom, y);
                }
            }
            QVERIFY(right >= 0);
            // Tight: each side within 2 px of the darkest ink's extent.
            QVERIFY2(left - box.left() <= 2 && box.right() - right <= 2 && top - box.top() <= 2
                         && box.bottom() - bottom <= 2,
                     qPrintable(line.text()));
            // The crop keeps a margin: the box does not touch the image edge.
            QVERIFY(box.left() > 0 && box.top() > 0 && box.right() < image.width() - 1 && box.bottom() < image.height() - 1);
        }
    }

    void pageBoxesAreTightAndApart()
    {
        for (std::uint64_t index = 0; index < 3; ++index) {
            const SynthSample page = sample(11, index, 0, true);
            QCOMPARE(page.image.size(), QSize(synthPageWidth, synthPageHeight));
            QVERIFY2(page.lines.size() >= 8 && page.lines.size() <= 25, qPrintable(QString::number(page.lines.size())));
            for (int i = 0; i < page.lines.size(); ++i) {
                const QRect box = page.lines.at(i).box;
                // Every edge row and column of a tight box holds ink.
                auto darkIn = [&page](int x0, int y0, int x1, int y1) {
                    for (int y = y0; y <= y1; ++y)
                        for (int x = x0; x <= x1; ++x)
                            if (page.image.pixelColor(x, y).value() <= 160)
                                return true;
                    return false;
                };
                QVERIFY(darkIn(box.left(), box.top(), box.left(), box.bottom()));
                QVERIFY(darkIn(box.right(), box.top(), box.right(), box.bottom()));
                QVERIFY(darkIn(box.left(), box.top(), box.right(), box.top()));
                QVERIFY(darkIn(box.left(), box.bottom(), box.right(), box.bottom()));
                for (int j = i + 1; j < page.lines.size(); ++j)
                    QVERIFY2(!box.intersects(page.lines.at(j).box),
                             qPrintable(page.lines.at(i).line.text + " / " + page.lines.at(j).line.text));
            }
        }
    }

    void warpedBoxesFollowTheInk()
    {
        // The same composition clean and strongly degraded: every clean ink pixel, mapped through
        // the recorded geometry, falls inside the degraded line's box.
        int warped = 0;
        for (std::uint64_t index = 0; index < 30; ++index) {
            for (bool pages : {false, true}) {
                if (pages && index >= 4)
                    continue;
                const SynthSample clean = sample(3, index, 0, pages);
                const SynthSample degraded = sample(3, index, 2, pages);
                QCOMPARE(degraded.lines.size(), clean.lines.size());
                if (degraded.degradation.geometry.isIdentity())
                    continue;
                ++warped;
                for (int i = 0; i < clean.lines.size(); ++i) {
                    const QRect cleanBox = clean.lines.at(i).box;
                    const QRect box = degraded.lines.at(i).box.adjusted(-1, -1, 1, 1);
                    for (int y = cleanBox.top(); y <= cleanBox.bottom(); ++y)
                        for (int x = cleanBox.left(); x <= cleanBox.right(); ++x)
                            if (clean.image.constScanLine(y)[x] <= 160)
                                QVERIFY(box.contains(degraded.degradation.geometry.map(QPointF(x + 0.5, y + 0.5)).toPoint()));
                    QVERIFY(degraded.image.rect().contains(degraded.lines.at(i).box));
                }
            }
        }
        QVERIFY2(warped >= 10, qPrintable(QString::number(warped)));
    }

    void koreanTextIsSetInFacesThatHaveItsGlyphs()
    {
        int koreanLines = 0;
        QList<SynthPlacedLine> lines;
        for (std::uint64_t index = 0; index < 120; ++index)
            lines += sample(8, index, 0).lines;
        for (std::uint64_t index = 0; index < 3; ++index)
            lines += sample(8, index, 0, true).lines;
        for (const SynthPlacedLine &line : lines) {
            const QString text = line.line.text;
            if (!std::any_of(text.begin(), text.end(), isHangulSyllable))
                continue;
            ++koreanLines;
            // "NanumGothic Bold 28px": the family is what precedes the weight and size.
            QString family = line.font.section(' ', 0, -2);
            const bool bold = family.endsWith(" Bold");
            if (bold)
                family.chop(5);
            QVERIFY2(QStringList({"NanumGothic", "NanumMyeongjo", "NanumBarunGothic", "Noto Sans CJK KR"}).contains(family),
                     qPrintable(line.font));
            QFont font(family);
            font.setPixelSize(30);
            font.setWeight(bold ? QFont::Bold : QFont::Normal);
            font.setStyleStrategy(QFont::NoFontMerging);
            const QRawFont raw = QRawFont::fromFont(font);
            QCOMPARE(raw.familyName(), family);
            for (QChar character : text)
                QVERIFY2(character.isSpace() || raw.supportsCharacter(character),
                         qPrintable(QString("%1 lacks '%2' of '%3'").arg(line.font, character, text)));
        }
        QVERIFY2(koreanLines >= 30, qPrintable(QString::number(koreanLines)));

        // Every Korean word the generator can write has a glyph in every Korean face.
        namespace vocabulary = synth_vocabulary;
        QString all;
        for (const QList<QString> *list : {&vocabulary::koreanSurnames(), &vocabulary::koreanGivenSyllables(),
                                           &vocabulary::koreanDiagnoses(), &vocabulary::koreanDirections(),
                                           &vocabulary::koreanHospitalPlaces(), &vocabulary::koreanHospitalKinds(),
                                           &vocabulary::koreanForms()})
            all += list->join(' ');
        for (const SynthFontFace &face : SynthFontLibrary::instance().faces())
            if (face.korean)
                QVERIFY2(face.covers(all), qPrintable(face.family));
    }

    void everyLexiconNameHasAFace()
    {
        // The shipped lexicon's names, Korean ones in a Korean face, the others in a Latin face.
        DrugLexicon lexicon;
        const LexiconLoadResult loaded = lexicon.loadDefault();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QVERIFY(lexicon.size() > 1000);
        const SynthFontLibrary &fonts = SynthFontLibrary::instance();
        for (const DrugEntry &entry : lexicon.entries()) {
            const QList<int> faces = fonts.candidates(entry.name, false);
            QVERIFY2(!faces.isEmpty(), qPrintable(entry.name));
            QCOMPARE(fonts.faces().at(faces.first()).korean, containsHangul(entry.name));
        }
    }

    void spansIndexTheirSubstrings()
    {
        int drugs = 0, doses = 0, nakedDecimals = 0, korean = 0;
        for (std::uint64_t index = 0; index < 400; ++index) {
            SynthRandom random(SynthRandom::itemSeed(21, index));
            const SynthTextLine line = m_generator.line(random);
            for (const SynthDrugMention &drug : line.drugs) {
                QCOMPARE(line.text.mid(drug.begin, drug.end - drug.begin), drug.name);
                QVERIFY(!drug.generic.isEmpty());
                ++drugs;
                korean += std::any_of(drug.name.begin(), drug.name.end(), isHangulSyllable) ? 1 : 0;
            }
            for (const SynthDoseMention &dose : line.doses) {
                QCOMPARE(line.text.mid(dose.begin, dose.end - dose.begin), dose.text);
                QCOMPARE(amountOf(dose.text), dose.amount);
                QVERIFY2(dose.text.endsWith(dose.unit), qPrintable(dose.text));
                nakedDecimals += dose.notation == "naked-decimal" && dose.text.startsWith('.') ? 1 : 0;
                ++doses;
            }
        }
        QVERIFY(drugs > 200 && doses > 100 && korean > 30);
        QVERIFY2(nakedDecimals > 0, "no '.5 mg' style dose in 400 lines");

        // labels.jsonl: UTF-8 byte offsets into the line's text, also past Hangul (3 bytes each).
        int checked = 0;
        for (std::uint64_t index = 0; index < 3; ++index) {
            const SynthSample page = sample(4, index, 1, true);
            const QJsonObject label = synthLabel(page, "p.png");
            const QJsonArray lines = label["lines"].toArray();
            for (const char *key : {"drugs", "doses"}) {
                for (const QJsonValue &value : label[key].toArray()) {
                    const QJsonObject mention = value.toObject();
                    const QByteArray text = lines.at(mention["line"].toInt())["text"].toString().toUtf8();
                    const QJsonArray span = mention["span"].toArray();
                    const QByteArray slice = text.mid(span[0].toInt(), span[1].toInt() - span[0].toInt());
                    QCOMPARE(QString::fromUtf8(slice), mention[QString(key) == "drugs" ? "name" : "text"].toString());
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 10);
    }

    // The trainer's --upper-case-drugs: the share sets how many English drug lines print the name in
    // capitals, and changes nothing else in the text, so a corpus seed keeps its lines.
    void upperCaseShareChangesOnlyTheCaseOfNames()
    {
        const auto upper = &SynthTextShares::upperCaseDrugNames;
        const SynthTextGenerator never(testDrugs(), withShare(upper, 0.0)), always(testDrugs(), withShare(upper, 1.0));
        int capitalised = 0;
        const int lines = 400;
        for (std::uint64_t index = 0; index < lines; ++index) {
            SynthRandom r0(SynthRandom::itemSeed(33, index)), r1(SynthRandom::itemSeed(33, index)),
                rDefault(SynthRandom::itemSeed(33, index));
            const SynthTextLine asPrinted = never.drugLine(r0), inCapitals = always.drugLine(r1);
            const SynthTextLine byDefault = m_generator.drugLine(rDefault);
            QCOMPARE(asPrinted.drugs.size(), 1);
            QCOMPARE(inCapitals.drugs.size(), 1);
            const SynthDrugMention &name = asPrinted.drugs.first(), &capitals = inCapitals.drugs.first();
            QCOMPARE(capitals.name, name.name.toUpper());
            QVERIFY2(name.name != name.name.toUpper(), qPrintable(name.name)); // the test lexicon is lower case
            QCOMPARE(capitals.begin, name.begin);
            QCOMPARE(inCapitals.text, QString(asPrinted.text).replace(name.begin, name.end - name.begin, capitals.name));
            QCOMPARE(inCapitals.doses.size(), asPrinted.doses.size());

            const QString defaultName = byDefault.drugs.first().name;
            QVERIFY2(defaultName == name.name || defaultName == capitals.name, qPrintable(defaultName));
            capitalised += defaultName == capitals.name ? 1 : 0;
        }
        // The default share, 0.08: 32 of 400 expected, 21 to 43 within 2 standard deviations (5.4).
        QVERIFY2(capitalised >= 21 && capitalised <= 43, qPrintable(QString::number(capitalised)));
    }

    // The trainer's --rare-letter-drugs, on the shipped lexicon: at 1 every English drug line names a
    // drug holding a character found in fewer than 3 % of the Latin names (counted here, case folded);
    // at 0 the lines are the default generator's, draw for draw.
    void rareLetterShareDrawsNamesWithRareCharacters()
    {
        DrugLexicon lexicon;
        QVERIFY(lexicon.loadDefault().ok());
        const CharacterCounts latin = countCharacters(lexicon.entries(), false);
        const int latinNames = int(latin.names.size());
        const auto holdsRare = [&](const QString &name) { return latin.holdsRare(name, 0.03); };
        QVERIFY(latin.holding('q') * 100 < 3 * latinNames);
        QVERIFY(latin.holding('o') * 100 >= 3 * latinNames);

        const auto rareLetters = &SynthTextShares::rareLetterDrugNames;
        const SynthTextGenerator evenly(lexicon.entries()), never(lexicon.entries(), withShare(rareLetters, 0.0)),
            always(lexicon.entries(), withShare(rareLetters, 1.0)), half(lexicon.entries(), withShare(rareLetters, 0.5));
        const int lines = 400;
        int rareEvenly = 0, rareHalf = 0, withQ = 0;
        QSet<QString> alwaysNames;
        for (std::uint64_t index = 0; index < lines; ++index) {
            SynthRandom r0(SynthRandom::itemSeed(44, index)), rEven(SynthRandom::itemSeed(44, index)),
                r1(SynthRandom::itemSeed(44, index)), rHalf(SynthRandom::itemSeed(44, index));
            const SynthTextLine unchanged = never.drugLine(r0), byDefault = evenly.drugLine(rEven);
            QCOMPARE(unchanged.text, byDefault.text);
            const QString rareName = always.drugLine(r1).drugs.first().name;
            QVERIFY2(holdsRare(rareName), qPrintable(rareName));
            QVERIFY(!containsHangul(rareName));
            alwaysNames.insert(rareName.toLower());
            withQ += rareName.contains('q', Qt::CaseInsensitive) ? 1 : 0;
            rareEvenly += holdsRare(byDefault.drugs.first().name) ? 1 : 0;
            rareHalf += holdsRare(half.drugLine(rHalf).drugs.first().name) ? 1 : 0;
        }
        // Many names, not one: 105 of them hold a rare character, about half of those a Q.
        QVERIFY2(alwaysNames.size() > 50, qPrintable(QString::number(alwaysNames.size())));
        QVERIFY2(withQ > 120 && withQ < 280, qPrintable(QString::number(withQ)));
        // Evenly drawn, about 105 / 2423 = 4.3 % (17 of 400, at most 30 within 3 standard deviations);
        // at 0.5, 0.5 + 0.5 * 4.3 % = 52 % (209 of 400, 179 to 239 within 3 standard deviations).
        QVERIFY2(rareEvenly < 30, qPrintable(QString::number(rareEvenly)));
        QVERIFY2(rareHalf >= 179 && rareHalf <= 239, qPrintable(QString::number(rareHalf)));
    }

    // The trainer's --rare-syllable-korean-drugs, on the shipped lexicon: at 1 every Korean drug of a
    // mixed line holds a syllable found in fewer than 0.5 % of the Korean names (counted here); at 0
    // mixed and Korean lines are the default generator's, draw for draw.
    void rareSyllableShareDrawsKoreanNamesWithRareSyllables()
    {
        DrugLexicon lexicon;
        QVERIFY(lexicon.loadDefault().ok());
        const CharacterCounts korean = countCharacters(lexicon.entries(), true);
        const QStringList &koreanNames = korean.names;
        const auto holdsRare = [&](const QString &name) { return korean.holdsRare(name, 0.005); };
        const int rareNames = int(std::count_if(koreanNames.begin(), koreanNames.end(), holdsRare));
        QVERIFY2(rareNames > 100 && rareNames < koreanNames.size() / 2, qPrintable(QString::number(rareNames)));
        QVERIFY(holdsRare(QStringLiteral("티쎈트릭")));
        QVERIFY(korean.holding(QStringLiteral("트").at(0)) * 1000 >= 5 * koreanNames.size());

        const auto rareSyllables = &SynthTextShares::rareSyllableKoreanDrugNames;
        const SynthTextGenerator evenly(lexicon.entries()), never(lexicon.entries(), withShare(rareSyllables, 0.0)),
            always(lexicon.entries(), withShare(rareSyllables, 1.0)), half(lexicon.entries(), withShare(rareSyllables, 0.5));
        // A mixed line names its Korean drug in two of its three forms; the third names an English one.
        const auto koreanName = [](const SynthTextLine &line) {
            for (const SynthDrugMention &mention : line.drugs)
                if (containsHangul(mention.name))
                    return mention.name;
            return QString();
        };
        const int lines = 600;
        int evenlyNamed = 0, rareEvenly = 0, halfNamed = 0, rareHalf = 0;
        QSet<QString> alwaysNames;
        for (std::uint64_t index = 0; index < lines; ++index) {
            SynthRandom r0(SynthRandom::itemSeed(45, index)), rEven(SynthRandom::itemSeed(45, index)),
                r1(SynthRandom::itemSeed(45, index)), rHalf(SynthRandom::itemSeed(45, index));
            const SynthTextLine unchanged = never.mixedLine(r0), byDefault = evenly.mixedLine(rEven);
            QCOMPARE(unchanged.text, byDefault.text);
            QCOMPARE(never.koreanLine(r0).text, evenly.koreanLine(rEven).text);
            if (const QString rareName = koreanName(always.mixedLine(r1)); !rareName.isEmpty()) {
                QVERIFY2(holdsRare(rareName), qPrintable(rareName));
                alwaysNames.insert(rareName);
            }
            if (const QString name = koreanName(byDefault); !name.isEmpty()) {
                ++evenlyNamed;
                rareEvenly += holdsRare(name) ? 1 : 0;
            }
            if (const QString name = koreanName(half.mixedLine(rHalf)); !name.isEmpty()) {
                ++halfNamed;
                rareHalf += holdsRare(name) ? 1 : 0;
            }
        }
        // About 400 draws from rareNames names: many distinct ones, not a few.
        QVERIFY2(alwaysNames.size() > 100, qPrintable(QString::number(alwaysNames.size())));
        QVERIFY(evenlyNamed > 300 && halfNamed > 300);
        // Evenly the share is p = rareNames / Korean names; at 0.5 it is 0.5 + 0.5 p. Both within
        // 3 standard deviations of the lines drawn.
        const double p = double(rareNames) / koreanNames.size(), pHalf = 0.5 + 0.5 * p;
        const auto within = [](int count, int drawn, double share) {
            return std::abs(count - drawn * share) <= 3.0 * std::sqrt(drawn * share * (1.0 - share));
        };
        QVERIFY2(within(rareEvenly, evenlyNamed, p),
                 qPrintable(QString("%1 of %2, p %3").arg(rareEvenly).arg(evenlyNamed).arg(p)));
        QVERIFY2(within(rareHalf, halfNamed, pHalf),
                 qPrintable(QString("%1 of %2, p %3").arg(rareHalf).arg(halfNamed).arg(pHalf)));
    }

    // --random-text-lines: at 1 every line is two to seven random words with no drug or dose, whose
    // Hangul syllables are all in the character set the trainer gives a new model's CTC head (from
    // 20,000 default lines), so CTC can learn them; at 0 the lines are the default generator's, draw
    // for draw; at 0.3 about 30 % are random.
    void randomTextLinesAreWordsNoVocabularyPredicts()
    {
        const auto randomText = &SynthTextShares::randomTextLines;
        const SynthTextGenerator always(testDrugs(), withShare(randomText, 1.0)),
            never(testDrugs(), withShare(randomText, 0.0)), some(testDrugs(), withShare(randomText, 0.3));
        const QString characters = corpusCharacters(testDrugs(), 9, 20000);
        const int lines = 300;
        int random = 0, hangulWords = 0, latinWords = 0, numbers = 0;
        QSet<QString> texts;
        for (std::uint64_t index = 0; index < lines; ++index) {
            SynthRandom rAlways(SynthRandom::itemSeed(12, index)), rNever(SynthRandom::itemSeed(12, index)),
                rDefault(SynthRandom::itemSeed(12, index)), rSome(SynthRandom::itemSeed(12, index));
            const SynthTextLine line = always.line(rAlways);
            QCOMPARE(line.kind, QStringLiteral("random"));
            QVERIFY(line.drugs.isEmpty() && line.doses.isEmpty());
            const QStringList words = line.text.split(' ');
            QVERIFY2(words.size() >= 2 && words.size() <= 7, qPrintable(line.text));
            for (const QString &word : words) {
                QVERIFY2(!word.isEmpty(), qPrintable(line.text));
                hangulWords += containsHangul(word) ? 1 : 0;
                latinWords += word.at(0).isLetter() && word.at(0).unicode() < 0x80 ? 1 : 0;
                numbers += word.contains(QRegularExpression("[0-9]")) ? 1 : 0;
                for (QChar character : word)
                    QVERIFY2(character.unicode() < 0x80 || characters.contains(character), qPrintable(word));
            }
            texts.insert(line.text);
            QCOMPARE(never.line(rNever).text, m_generator.line(rDefault).text);
            random += some.line(rSome).kind == QLatin1String("random") ? 1 : 0;
        }
        QCOMPARE(texts.size(), lines);
        // About 45 % / 30 % / 25 % of some 1,350 words (Latin words count a code's letter too).
        QVERIFY2(hangulWords > 250 && latinWords > 400 && numbers > 200,
                 qPrintable(QString("%1 %2 %3").arg(hangulWords).arg(latinWords).arg(numbers)));
        // 90 of 300 expected, 66 to 114 within 3 standard deviations (7.9).
        QVERIFY2(random >= 66 && random <= 114, qPrintable(QString::number(random)));
    }

    // --random-doses: at 1 a drug's dose is an amount and unit no name predicts: mostly pairs none of
    // the drugs lists, of many amounts (one to four digits, decimals) in the corpus' units, each
    // printed where its mention says and meaning the amount it prints; at 0 the lines are the default
    // generator's, draw for draw; at 0.3 the share of unlisted doses is 0.3 of that at 1.
    void randomDosesAreAmountsNoNamePredicts()
    {
        const auto randomDoses = &SynthTextShares::randomDoses;
        const SynthTextGenerator always(testDrugs(), withShare(randomDoses, 1.0)),
            never(testDrugs(), withShare(randomDoses, 0.0)), some(testDrugs(), withShare(randomDoses, 0.3));
        // Every amount and unit the drugs list, units as the generator may print them; insulin's
        // strength per mL becomes 2 to 40 units.
        const auto baseUnit = [](const QString &unit) {
            if (unit == QString::fromUtf8("µg"))
                return QStringLiteral("mcg");
            if (unit == QLatin1String("IU") || unit == QLatin1String("U"))
                return QStringLiteral("units");
            return unit;
        };
        QSet<QString> listed;
        for (const DrugEntry &drug : testDrugs())
            for (const QString &strength : drug.strengths)
                listed.insert(QString::number(amountOf(strength)) + ' ' + strength.section(QRegularExpression("[0-9.,]+\\s*"), 1, -1));
        for (int units = 2; units <= 40; ++units)
            listed.insert(QString::number(units) + QStringLiteral(" units"));
        const QSet<QString> units = {"mg", "mcg", "g", "mL", "units", "mEq", "%"};
        const auto isListed = [&](const SynthDoseMention &dose) {
            return listed.contains(QString::number(dose.amount) + ' ' + baseUnit(dose.unit));
        };
        const int lines = 1500;
        int alwaysDoses = 0, alwaysUnlisted = 0, someDoses = 0, someUnlisted = 0;
        QSet<double> amounts;
        for (std::uint64_t index = 0; index < lines; ++index) {
            SynthRandom rAlways(SynthRandom::itemSeed(31, index)), rNever(SynthRandom::itemSeed(31, index)),
                rDefault(SynthRandom::itemSeed(31, index)), rSome(SynthRandom::itemSeed(31, index));
            const SynthTextLine line = always.line(rAlways);
            for (const SynthDoseMention &dose : line.doses) {
                const QString printed = line.text.mid(dose.begin, dose.end - dose.begin);
                QCOMPARE(printed, dose.text);
                QCOMPARE(amountOf(printed), dose.amount);
                QVERIFY2(units.contains(baseUnit(dose.unit)), qPrintable(line.text));
                ++alwaysDoses;
                alwaysUnlisted += isListed(dose) ? 0 : 1;
                amounts.insert(dose.amount);
            }
            QCOMPARE(never.line(rNever).text, m_generator.line(rDefault).text);
            for (const SynthDoseMention &dose : some.line(rSome).doses) {
                ++someDoses;
                someUnlisted += isListed(dose) ? 0 : 1;
            }
        }
        QVERIFY2(alwaysDoses > 400 && someDoses > 400, qPrintable(QString("%1 %2").arg(alwaysDoses).arg(someDoses)));
        const double unlistedShare = double(alwaysUnlisted) / alwaysDoses;
        QVERIFY2(unlistedShare > 0.85, qPrintable(QString::number(unlistedShare)));
        QVERIFY2(amounts.size() > 200, qPrintable(QString::number(amounts.size())));
        // Within 3 standard deviations of 0.3 of the share at 1.
        const double expected = 0.3 * unlistedShare;
        QVERIFY2(std::abs(someUnlisted - someDoses * expected) <= 3.0 * std::sqrt(someDoses * expected * (1.0 - expected)),
                 qPrintable(QString("%1 of %2, expected share %3").arg(someUnlisted).arg(someDoses).arg(expected)));
    }

    // The trainer's --strong-degradation: the share of level-2 samples in a mixed corpus, the rest
    // clean and mild as 20 : 45. Only the level follows the share, from the same draw: a sample's
    // text is the same at every share, and a sample strong at one share is strong at any higher one.
    void strongDegradationShareSetsTheLevelMix()
    {
        const QList<double> shares = {0.0, SynthOptions::defaultStrongDegradation, 0.7, 1.0};
        const int samples = 300;
        QList<int> strong(shares.size(), 0), clean(shares.size(), 0);
        for (std::uint64_t index = 0; index < samples; ++index) {
            QString text;
            int previousLevel = -1;
            for (int s = 0; s < shares.size(); ++s) {
                SynthOptions options;
                options.seed = 71;
                options.strongDegradation = shares.at(s);
                const SynthSample drawn = makeSynthSample(m_generator, options, index);
                if (s == 0)
                    text = drawn.lines.first().line.text;
                QCOMPARE(drawn.lines.first().line.text, text);
                const int level = drawn.degradation.level;
                QVERIFY(level >= 0 && level <= 2);
                if (previousLevel == 2)
                    QCOMPARE(level, 2);
                previousLevel = level;
                strong[s] += level == 2 ? 1 : 0;
                clean[s] += level == 0 ? 1 : 0;
            }
        }
        // Expected counts of 300, within 3 standard deviations: at 0, no strong and 20 / 65 clean
        // (92, 68 to 116); at 0.35, 105 strong (80 to 130) and 60 clean (39 to 81); at 0.7, 210
        // strong (186 to 234); at 1, all strong.
        QCOMPARE(strong[0], 0);
        QVERIFY2(clean[0] >= 68 && clean[0] <= 116, qPrintable(QString::number(clean[0])));
        QVERIFY2(strong[1] >= 80 && strong[1] <= 130, qPrintable(QString::number(strong[1])));
        QVERIFY2(clean[1] >= 39 && clean[1] <= 81, qPrintable(QString::number(clean[1])));
        QVERIFY2(strong[2] >= 186 && strong[2] <= 234, qPrintable(QString::number(strong[2])));
        QCOMPARE(strong[3], samples);
    }

    void everyLevelKeepsTheDeclaredSize()
    {
        for (bool pages : {false, true}) {
            for (std::uint64_t index = 0; index < (pages ? 2 : 12); ++index) {
                const QSize size = sample(6, index, 0, pages).image.size();
                for (int level : {0, 1, 2}) {
                    const SynthSample degraded = sample(6, index, level, pages);
                    QCOMPARE(degraded.image.size(), size);
                    QCOMPARE(degraded.image.format(), QImage::Format_Grayscale8);
                    QCOMPARE(degraded.degradation.level, level);
                    QVERIFY(degraded.degradation.ops.size() >= level);
                    const QJsonObject label = synthLabel(degraded, "x.png");
                    QCOMPARE(label["width"].toInt(), size.width());
                    QCOMPARE(label["height"].toInt(), size.height());
                    QCOMPARE(label["degradation"]["level"].toInt(), level);
                    QCOMPARE(label["degradation"]["ops"].toArray().size(), degraded.degradation.ops.size());
                }
            }
        }
        // --height scales a line image and its box together.
        const SynthSample natural = sample(6, 3, 0);
        const SynthSample scaled = sample(6, 3, 0, false, 32);
        QCOMPARE(scaled.image.height(), 32);
        const double factor = 32.0 / natural.image.height();
        QVERIFY(std::abs(scaled.image.width() - natural.image.width() * factor) <= 1.0);
        QVERIFY(std::abs(scaled.lines.first().box.top() - natural.lines.first().box.top() * factor) <= 1.0);
        QVERIFY(std::abs(scaled.lines.first().box.right() - natural.lines.first().box.right() * factor) <= 1.5);
    }

    void cliWritesTheCorpus()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath("first"), second = dir.filePath("second");
        const Run run = runCli({"--out", first, "--seed", "3", "--count", "12"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.contains("12/12"));
        QCOMPARE(QDir(first + "/images").entryList({"*.png"}, QDir::Files).size(), 12);
        QFile labels(first + "/labels.jsonl");
        QVERIFY(labels.open(QIODevice::ReadOnly));
        const QList<QByteArray> records = labels.readAll().trimmed().split('\n');
        QCOMPARE(records.size(), 12);
        for (int i = 0; i < records.size(); ++i) {
            const QJsonObject label = QJsonDocument::fromJson(records.at(i)).object();
            QCOMPARE(label["image"].toString(), QString("images/%1.png").arg(i, 6, 10, QChar('0')));
            const QImage image(first + '/' + label["image"].toString());
            QCOMPARE(image.size(), QSize(label["width"].toInt(), label["height"].toInt()));
            QCOMPARE(label["kind"].toString(), QString("line"));
            QVERIFY(!label["text"].toString().isEmpty());
            QVERIFY(QStringList({"latin", "korean", "mixed"}).contains(label["script"].toString()));
        }

        QVERIFY(runCli({"--out", second, "--seed", "3", "--count", "12"}).exitCode == 0);
        for (const QString &name : QStringList{"labels.jsonl", "images/000000.png", "images/000011.png"}) {
            QFile a(first + '/' + name), b(second + '/' + name);
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QVERIFY2(a.readAll() == b.readAll(), qPrintable(name));
        }

        // --random-doses reaches the text generator: the same seed prints other doses.
        const QString randomDoses = dir.filePath("random-doses");
        QVERIFY(runCli({"--out", randomDoses, "--seed", "3", "--count", "12", "--random-doses", "1"}).exitCode == 0);
        QFile plainLabels(first + "/labels.jsonl"), randomLabels(randomDoses + "/labels.jsonl");
        QVERIFY(plainLabels.open(QIODevice::ReadOnly) && randomLabels.open(QIODevice::ReadOnly));
        QVERIFY(plainLabels.readAll() != randomLabels.readAll());

        const Run pages = runCli({"--out", dir.filePath("pages"), "--count", "2", "--kind", "pages", "--degrade", "2"});
        QVERIFY2(pages.exitCode == 0, qPrintable(pages.err));
        QCOMPARE(QImage(dir.filePath("pages/images/000001.png")).size(), QSize(synthPageWidth, synthPageHeight));
    }

    void cliRefusesBadArgumentsAndFolders()
    {
        QTemporaryDir dir;
        QCOMPARE(runCli({"--count", "3"}).exitCode, 2);
        QCOMPARE(runCli({"--out", dir.path(), "--degrade", "5"}).exitCode, 2);
        QCOMPARE(runCli({"--out", dir.path(), "--count", "-1"}).exitCode, 2);
        const Run badShare = runCli({"--out", dir.path(), "--random-text-lines", "1.5"});
        QCOMPARE(badShare.exitCode, 2);
        QVERIFY2(badShare.err.contains("--random-text-lines") && badShare.err.contains("1.5"), qPrintable(badShare.err));
        const Run badDoses = runCli({"--out", dir.path(), "--random-doses", "much"});
        QCOMPARE(badDoses.exitCode, 2);
        QVERIFY2(badDoses.err.contains("--random-doses") && badDoses.err.contains("much"), qPrintable(badDoses.err));

        QFile blocker(dir.filePath("file"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const Run blocked = runCli({"--out", dir.filePath("file/corpus"), "--count", "1"});
        QCOMPARE(blocked.exitCode, 1);
        QVERIFY2(blocked.err.contains(dir.filePath("file/corpus")), qPrintable(blocked.err));

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("VLMWB_FONT_DIR", dir.filePath("no-fonts"));
        const Run noFonts = runCli({"--out", dir.filePath("corpus"), "--count", "1"}, environment);
        QCOMPARE(noFonts.exitCode, 1);
        QVERIFY2(noFonts.err.contains("fonts-liberation2"), qPrintable(noFonts.err));
    }
};

QTEST_MAIN(TestSynthCorpus)
#include "tst_synth_corpus.moc"
