// Drug-name matching: string distances, normalisation, phonetic keys, the matcher on OCR-style
// corruptions made here, anagrams, short fragments, ambiguity, LASA flags, the index against a
// brute-force scan, mentions in whole lines, and the time to match 1,000 corrupted names.
#include "core/drug_matcher.h"
#include "core/drug_mention_finder.h"
#include "core/name_normalizer.h"
#include "core/ocr_edit_distance.h"
#include "core/phonetic_key.h"
#include "core/string_distance.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

#include "verification_test_support.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <memory>

using namespace vlmwb::core;

namespace {

enum class Corruption { OneForL, ZeroForO, RnForM, ClForD, DroppedLetter, DoubledLetter };

// OCR-style corruption of name; empty when it does not apply (no 'l' to turn into '1', ...).
QString corrupt(const QString &name, Corruption corruption)
{
    QString text = name;
    auto replaceFirst = [&](QChar from, const QString &to) {
        const int at = int(text.indexOf(from, 1, Qt::CaseInsensitive)); // keep the first letter
        if (at < 0)
            return QString();
        return text.left(at) + to + text.mid(at + 1);
    };
    switch (corruption) {
    case Corruption::OneForL: return replaceFirst(QLatin1Char('l'), QStringLiteral("1"));
    case Corruption::ZeroForO: return replaceFirst(QLatin1Char('o'), QStringLiteral("0"));
    case Corruption::RnForM: return replaceFirst(QLatin1Char('m'), QStringLiteral("rn"));
    case Corruption::ClForD: return replaceFirst(QLatin1Char('d'), QStringLiteral("cl"));
    case Corruption::DroppedLetter: {
        const int at = int(text.size()) / 2;
        return text.left(at) + text.mid(at + 1);
    }
    case Corruption::DoubledLetter: {
        const int at = int(text.size()) / 2;
        return text.left(at + 1) + text.at(at) + text.mid(at + 1);
    }
    }
    return QString();
}

QString corruptionName(Corruption corruption)
{
    static const char *const names[] = {"1 for l", "0 for O", "rn for m", "cl for d", "dropped", "doubled"};
    return QString::fromLatin1(names[int(corruption)]);
}

} // namespace

class TestDrugMatcher : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DrugMatcher> m_matcher;
    mutable QVector<QPair<int, QString>> m_distinctNames; // lexicon index, normalised name

    // A matcher over a lexicon written here, for cases the real lexicon cannot pin down.
    static DrugMatcher smallMatcher(const QByteArray &rows)
    {
        DrugLexicon lexicon;
        const LexiconLoadResult result =
            lexicon.loadCsvData("name,generic,kind,forms,routes,units,strengths\n" + rows, QStringLiteral("test.csv"));
        Q_ASSERT(result.ok());
        LexiconSet set;
        set.add(lexicon);
        return DrugMatcher(set);
    }

    // The top candidates by scoring every distinct lexicon name: the second method the index is
    // checked against. Ordered like the matcher: score, then lexicon order.
    QVector<QPair<int, double>> bruteForceTop(const QString &query) const
    {
        const QString normalizedQuery = normalizeDrugName(query);
        if (m_distinctNames.isEmpty()) {
            QSet<QString> seen;
            const QVector<DrugEntry> &entries = m_matcher->lexicons().entries();
            for (int i = 0; i < entries.size(); ++i) {
                const QString name = normalizeDrugName(entries.at(i).name);
                const QString key = name + QLatin1Char('|') + entries.at(i).generic.toLower();
                if (!seen.contains(key))
                    m_distinctNames.append({i, name});
                seen.insert(key);
            }
        }
        QVector<QPair<int, double>> all;
        for (const auto &[index, name] : std::as_const(m_distinctNames)) {
            const double score = DrugMatcher::similarity(normalizedQuery, name);
            if (score >= m_matcher->options().minimumScore)
                all.append({index, score});
        }
        std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        all.resize(std::min<int>(int(all.size()), m_matcher->options().topCandidates));
        return all;
    }

private slots:
    void initTestCase()
    {
        m_matcher = testing::defaultMatcher();
        QVERIFY(m_matcher);
    }

    void stringDistances()
    {
        // Textbook values.
        QCOMPARE(osaDistance(QStringLiteral("kitten"), QStringLiteral("sitting")), 3);
        QCOMPARE(osaDistance(QStringLiteral("ab"), QStringLiteral("ba")), 1);
        QCOMPARE(osaDistance(QStringLiteral("ca"), QStringLiteral("abc")), 3);
        QCOMPARE(damerauLevenshteinDistance(QStringLiteral("ca"), QStringLiteral("abc")), 2);
        QCOMPARE(damerauLevenshteinDistance(QStringLiteral("kitten"), QStringLiteral("sitting")), 3);
        QCOMPARE(osaDistance(QString(), QStringLiteral("abc")), 3);
        // Winkler (1990) examples: MARTHA/MARHTA 0.961, DWAYNE/DUANE 0.840, DIXON/DICKSONX 0.813.
        QVERIFY(std::abs(jaroSimilarity(QStringLiteral("MARTHA"), QStringLiteral("MARHTA")) - 0.944) < 0.001);
        QVERIFY(std::abs(jaroWinklerSimilarity(QStringLiteral("MARTHA"), QStringLiteral("MARHTA")) - 0.961) < 0.001);
        QVERIFY(std::abs(jaroWinklerSimilarity(QStringLiteral("DWAYNE"), QStringLiteral("DUANE")) - 0.840) < 0.001);
        QVERIFY(std::abs(jaroWinklerSimilarity(QStringLiteral("DIXON"), QStringLiteral("DICKSONX")) - 0.813) < 0.001);
        QCOMPARE(jaroWinklerSimilarity(QStringLiteral("abc"), QStringLiteral("xyz")), 0.0);
    }

    void ocrEditDistanceCosts()
    {
        // Costs from the table in ocr_edit_distance.h, summed by hand.
        QCOMPARE(ocrEditDistance(QStringLiteral("1evothyroxine"), QStringLiteral("levothyroxine")), 0.2);
        QCOMPARE(ocrEditDistance(QStringLiteral("rnetformin"), QStringLiteral("metformin")), 0.3);
        QCOMPARE(ocrEditDistance(QStringLiteral("c1opidogre1"), QStringLiteral("clopidogrel")), 0.4);
        QCOMPARE(ocrEditDistance(QStringLiteral("amoxicilin"), QStringLiteral("amoxicillin")), 0.5);
        QCOMPARE(ocrEditDistance(QStringLiteral("amlodipine"), QStringLiteral("amlodipine")), 0.0);
        QCOMPARE(ocrEditDistance(QStringLiteral("abc"), QStringLiteral("xbc")), 1.0);
        QCOMPARE(ocrEditDistance(QStringLiteral("metformin"), QStringLiteral("rnetformin")), 0.3);
    }

    void normalisation()
    {
        QCOMPARE(normalizeDrugName(QStringLiteral("hydrOXYzine")), QStringLiteral("hydroxyzine"));
        QCOMPARE(normalizeDrugName(QStringLiteral("  Insulin   GLARGINE ")), QStringLiteral("insulin glargine"));
        QCOMPARE(normalizeDrugName(QStringLiteral("Amoxicillin-Clavulanate")), QStringLiteral("amoxicillin clavulanate"));
        QCOMPARE(normalizeDrugName(QStringLiteral("Crème")), QStringLiteral("creme"));
        QCOMPARE(normalizeDrugName(QStringLiteral("lactated Ringer's")), QStringLiteral("lactated ringers"));
        QCOMPARE(normalizeDrugName(QStringLiteral("E.E.S.")), QStringLiteral("ees"));
        QCOMPARE(normalizeDrugName(QStringLiteral("ＡＳＰＩＲＩＮ")), QStringLiteral("aspirin"));
        // 타 = ᄐ + ᅡ: syllables become jamo.
        QCOMPARE(normalizeDrugName(QStringLiteral("타")).size(), 2);
    }

    void phoneticKeys()
    {
        // Worked through the rules in phonetic_key.h by hand.
        QCOMPARE(phoneticKey(QStringLiteral("hydroxyzine")), QStringLiteral("hdrksn"));
        QCOMPARE(phoneticKey(QStringLiteral("hydralazine")), QStringLiteral("hdrlsn"));
        QCOMPARE(phoneticKey(QStringLiteral("celebrex")), QStringLiteral("slbrks"));
        QCOMPARE(phoneticKey(QStringLiteral("xanax")), QStringLiteral("snks"));
        QCOMPARE(phoneticKey(QStringLiteral("zantac")), QStringLiteral("sntk"));
        QCOMPARE(phoneticKey(QStringLiteral("phenytoin")), QStringLiteral("fntn"));
        QCOMPARE(phoneticKey(QStringLiteral("chlorpromazine")), QStringLiteral("klrprmsn"));
        QCOMPARE(phoneticKey(QStringLiteral("insulin glargine")), QStringLiteral("ansln glrjn"));
        // Sound-alikes spelled differently share a key.
        QCOMPARE(phoneticKey(QStringLiteral("cefalexin")), phoneticKey(QStringLiteral("cephalexin")));
    }

    void corruptedNamesMatchTopOne_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        const QStringList names{
            QStringLiteral("levothyroxine"), QStringLiteral("amlodipine"),   QStringLiteral("metformin"),
            QStringLiteral("lisinopril"),    QStringLiteral("atorvastatin"), QStringLiteral("omeprazole"),
            QStringLiteral("clopidogrel"),   QStringLiteral("warfarin"),     QStringLiteral("gabapentin"),
            QStringLiteral("hydrochlorothiazide"), QStringLiteral("sertraline"), QStringLiteral("simvastatin"),
            QStringLiteral("losartan"),      QStringLiteral("albuterol"),    QStringLiteral("prednisone"),
            QStringLiteral("furosemide"),    QStringLiteral("pantoprazole"), QStringLiteral("escitalopram"),
            QStringLiteral("montelukast"),   QStringLiteral("rosuvastatin"), QStringLiteral("carvedilol"),
            QStringLiteral("meloxicam"),     QStringLiteral("clonazepam"),   QStringLiteral("lorazepam"),
            QStringLiteral("alprazolam"),    QStringLiteral("cyclobenzaprine"), QStringLiteral("amoxicillin"),
            QStringLiteral("azithromycin"),  QStringLiteral("ciprofloxacin"), QStringLiteral("doxycycline"),
            QStringLiteral("cephalexin"),    QStringLiteral("methylprednisolone"), QStringLiteral("diltiazem"),
            QStringLiteral("insulin glargine"), QStringLiteral("potassium chloride"), QStringLiteral("Lipitor"),
            QStringLiteral("Norvasc"),       QStringLiteral("Synthroid"),    QStringLiteral("Glucophage"),
            QStringLiteral("Coumadin"),      QStringLiteral("Lantus"),       QStringLiteral("Plavix"),
            QStringLiteral("Klonopin"),      QStringLiteral("Zoloft"),       QStringLiteral("Humalog")};
        for (const QString &name : names) {
            for (const Corruption corruption : {Corruption::OneForL, Corruption::ZeroForO, Corruption::RnForM,
                                                Corruption::ClForD, Corruption::DroppedLetter,
                                                Corruption::DoubledLetter}) {
                const QString query = corrupt(name, corruption);
                if (!query.isEmpty())
                    QTest::addRow("%s %s", qPrintable(name), qPrintable(corruptionName(corruption))) << query << name;
            }
        }
    }

    void corruptedNamesMatchTopOne()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const MatchResult result = m_matcher->match(query);
        QVERIFY2(result.hasMatch(), qPrintable(query));
        QCOMPARE(result.candidates.first().name, expected);
        QCOMPARE(result.candidates.first().rank, 1);
    }

    void exactNamesScoreOne()
    {
        const MatchResult result = m_matcher->match(QStringLiteral("AMOXICILLIN"));
        QCOMPARE(result.state, MatchState::Matched);
        QCOMPARE(result.candidates.first().name, QStringLiteral("amoxicillin"));
        QCOMPARE(result.candidates.first().score, 1.0);
        QVERIFY(result.candidates.size() > 1);
        QVERIFY(result.candidates.at(1).score < 1.0);
        QCOMPARE(result.candidates.at(1).rank, 2);
        // Korean names and brands map to their generic.
        const MatchResult korean = m_matcher->match(QStringLiteral("타이레놀"));
        QCOMPARE(korean.candidates.first().generic, QStringLiteral("acetaminophen"));
        const MatchResult koreanTypo = m_matcher->match(QStringLiteral("아목시실린"));
        QCOMPARE(koreanTypo.candidates.first().generic, QStringLiteral("amoxicillin"));
    }

    void anagramsAreToldApart()
    {
        // "Lanorex" and "Noralex" have the same letters; fictional names, so nothing else interferes.
        const DrugMatcher matcher = smallMatcher("Lanorex,lanoramide,brand,,,,\nNoralex,noralamide,brand,,,,\n");
        QCOMPARE(matcher.match(QStringLiteral("Lan0rex")).candidates.first().name, QStringLiteral("Lanorex"));
        QCOMPARE(matcher.match(QStringLiteral("Nora1ex")).candidates.first().name, QStringLiteral("Noralex"));
        QVERIFY(DrugMatcher::similarity(QStringLiteral("lanorex"), QStringLiteral("noralex")) < 0.8);
        // And in the real lexicon: an anagram of a name is no match for it.
        const MatchResult shuffled = m_matcher->match(QStringLiteral("nilcixomaa")); // amoxicillin's letters
        QVERIFY(!shuffled.hasMatch() || shuffled.candidates.first().name != QStringLiteral("amoxicillin"));
    }

    void shortFragmentsGetNoMatch()
    {
        for (const QString &fragment : {QStringLiteral("amo"), QStringLiteral("Zo"), QStringLiteral("K"),
                                        QStringLiteral(" - ")}) {
            const MatchResult result = m_matcher->match(fragment);
            QCOMPARE(result.state, MatchState::TooShort);
            QVERIFY(result.candidates.isEmpty());
            QVERIFY(!result.best());
        }
        QCOMPARE(m_matcher->match(QStringLiteral("Soma")).candidates.first().name, QStringLiteral("Soma"));

        DrugLexicon strict;
        strict.setMinimumNameLength(6);
        QVERIFY(strict.loadDefault().ok());
        LexiconSet set;
        set.add(strict);
        const DrugMatcher matcher(set);
        QCOMPARE(matcher.match(QStringLiteral("Advil")).state, MatchState::TooShort);
        QCOMPARE(matcher.match(QStringLiteral("Advil1")).state, MatchState::Matched);
    }

    void unrelatedTextGetsNoMatch()
    {
        const MatchResult result = m_matcher->match(QStringLiteral("qwertyuiop"));
        QCOMPARE(result.state, MatchState::NoMatch);
        QVERIFY(result.candidates.isEmpty());
    }

    void ambiguousWhenRunnerUpIsClose()
    {
        // The query is one plain substitution from each name (o->e, i->e; neither is an OCR
        // look-alike pair) at the same place, and both names have the same sound key, so the two
        // scores are equal: ambiguous by symmetry.
        const DrugMatcher matcher = smallMatcher("Cefalon,cefalonamide,brand,,,,\nCefalin,cefalinamide,brand,,,,\n");
        const MatchResult halfway = matcher.match(QStringLiteral("Cefalen"));
        QCOMPARE(halfway.state, MatchState::Ambiguous);
        QCOMPARE(halfway.candidates.size(), 2);
        QCOMPARE(halfway.candidates.at(0).score, halfway.candidates.at(1).score);
        QCOMPARE(halfway.confidence, DrugMatcher::confidence(halfway.candidates.first().score, 1.0, true));
        // An exact name is never ambiguous.
        QCOMPARE(matcher.match(QStringLiteral("Cefalon")).state, MatchState::Matched);
        // Two names of the same drug are not ambiguous between themselves.
        const DrugMatcher sameDrug = smallMatcher("Cefalon,cefalamide,brand,,,,\nCefalin,cefalamide,brand,,,,\n");
        QCOMPARE(sameDrug.match(QStringLiteral("Cefalen")).state, MatchState::Matched);
    }

    void lookAlikeSoundAlikeFlag()
    {
        const MatchResult hydroxyzine = m_matcher->match(QStringLiteral("hydroxyzine"));
        QCOMPARE(hydroxyzine.lasaPartners.size(), 1);
        QCOMPARE(hydroxyzine.lasaPartners.first().name, QStringLiteral("hydralazine"));
        QCOMPARE(hydroxyzine.lasaPartners.first().display(), QStringLiteral("hydrOXYzine / hydrALAZINE"));

        const MatchResult celebrex = m_matcher->match(QStringLiteral("Ce1ebrex"));
        QCOMPARE(celebrex.candidates.first().name, QStringLiteral("Celebrex"));
        QStringList partners;
        for (const LasaPartner &partner : celebrex.lasaPartners)
            partners.append(partner.name);
        partners.sort();
        QCOMPARE(partners, (QStringList{QStringLiteral("Celexa"), QStringLiteral("Cerebyx")}));

        const MatchResult clonidine = m_matcher->match(QStringLiteral("cloNIDine"));
        QCOMPARE(clonidine.lasaPartners.first().display(), QStringLiteral("cloNIDine / KlonoPIN"));
        // Through the generic: Vistaril is hydroxyzine.
        const MatchResult vistaril = m_matcher->match(QStringLiteral("Vistaril"));
        QCOMPARE(vistaril.lasaPartners.first().name, QStringLiteral("hydralazine"));
        QVERIFY(m_matcher->match(QStringLiteral("amoxicillin")).lasaPartners.isEmpty());
    }

    void confidenceCombinesOcrAndScore()
    {
        const QString text = QStringLiteral("amoxicillin");
        const MatchResult sure = m_matcher->match(text, QVector<float>(text.size(), 1.0f));
        const MatchResult unsure = m_matcher->match(text, QVector<float>(text.size(), 0.5f));
        QCOMPARE(sure.ocrConfidence, 1.0);
        QCOMPARE(unsure.ocrConfidence, 0.5);
        QCOMPARE(sure.confidence, 1.0);
        // 1^0.7 * 0.5^0.3 = 0.812252...
        QVERIFY(std::abs(unsure.confidence - 0.812252) < 1e-5);
        // Confidences of the wrong length are ignored rather than misaligned.
        QCOMPARE(m_matcher->match(text, QVector<float>(3, 0.1f)).ocrConfidence, 1.0);
        // 0.81^0.7 * 0.64^0.3 = exp(0.7 ln 0.81 + 0.3 ln 0.64) = exp(-0.147505 - 0.133886) = 0.754736
        QVERIFY(std::abs(DrugMatcher::confidence(0.81, 0.64, false) - 0.754736) < 1e-5);
    }

    void indexAgreesWithBruteForce()
    {
        QRandomGenerator random(quint32(qEnvironmentVariableIntValue("VLMWB_INDEX_SEED") + 20261123));
        const QVector<DrugEntry> &entries = m_matcher->lexicons().entries();
        int compared = 0;
        const int queries = qEnvironmentVariableIsSet("VLMWB_INDEX_QUERIES") ? qEnvironmentVariableIntValue("VLMWB_INDEX_QUERIES") : 200;
        for (int i = 0; i < queries; ++i) {
            const QString name = entries.at(random.bounded(int(entries.size()))).name;
            QString query = corrupt(name, Corruption(random.bounded(6)));
            if (query.isEmpty())
                query = name;
            if (random.bounded(2) == 0 && query.size() > 3) // a second, unrelated substitution
                query[random.bounded(1, int(query.size()))] = QLatin1Char('e');
            const MatchResult result = m_matcher->match(query);
            if (result.state == MatchState::TooShort)
                continue;
            const QVector<QPair<int, double>> expected = bruteForceTop(query);
            if (qEnvironmentVariableIsSet("VLMWB_DEBUG_INDEX")) {
                QStringList a, b;
                for (const auto &c : result.candidates) a << QStringLiteral("%1:%2").arg(c.name).arg(c.score);
                for (const auto &c : expected) b << QStringLiteral("%1:%2").arg(entries.at(c.first).name).arg(c.second);
                if (a != b) qDebug() << query << a << b;
            }
            QCOMPARE(result.candidates.size(), expected.size());
            for (int k = 0; k < expected.size(); ++k) {
                QCOMPARE(result.candidates.at(k).entryIndex, expected.at(k).first);
                QCOMPARE(result.candidates.at(k).score, expected.at(k).second);
            }
            ++compared;
        }
        QVERIFY(compared > 150);
    }

    void mentionsInWholeLines()
    {
        const DrugMentionFinder finder(*m_matcher);
        const QString line = QStringLiteral("Rx: Amoxici11in 500 mg PO TID x 7 days");
        const QVector<DrugMention> mentions = finder.find(line);
        QCOMPARE(mentions.size(), 1);
        QCOMPARE(mentions.first().start, 4);
        QCOMPARE(mentions.first().length, 11);
        QCOMPARE(mentions.first().match.candidates.first().name, QStringLiteral("amoxicillin"));

        const QString insulin = QStringLiteral("Lantus (insulin glargine) 10 units SC at bedtime");
        const QVector<DrugMention> insulinMentions = finder.find(insulin);
        QCOMPARE(insulinMentions.size(), 2);
        QCOMPARE(insulinMentions.at(0).text, QStringLiteral("Lantus"));
        QCOMPARE(insulinMentions.at(1).text, QStringLiteral("insulin glargine"));
        QCOMPARE(insulinMentions.at(1).start, 8);
        QCOMPARE(insulinMentions.at(1).match.candidates.first().name, QStringLiteral("insulin glargine"));

        const QString two = QStringLiteral("Take Tylenol 500mg and potassium ch1oride 20 mEq daily");
        const QVector<DrugMention> twoMentions = finder.find(two);
        QCOMPARE(twoMentions.size(), 2);
        QCOMPARE(twoMentions.at(0).text, QStringLiteral("Tylenol"));
        QCOMPARE(twoMentions.at(1).text, QStringLiteral("potassium ch1oride"));
        QCOMPARE(twoMentions.at(1).match.candidates.first().name, QStringLiteral("potassium chloride"));

        QVERIFY(finder.find(QStringLiteral("Take 1 tablet by mouth twice daily with food")).isEmpty());
        const QVector<DrugMention> salt = finder.find(QStringLiteral("Metoprolol 25 mg BID"));
        QCOMPARE(salt.size(), 1);
        QCOMPARE(salt.first().match.candidates.first().name, QStringLiteral("metoprolol"));
        const QVector<DrugMention> korean = finder.find(QStringLiteral("아목시실린 500mg 1일 3회"));
        QCOMPARE(korean.size(), 1);
        QCOMPARE(korean.first().match.candidates.first().generic, QStringLiteral("amoxicillin"));
        // Korean product names often carry the dose form: 타이레놀정 is Tylenol tablets.
        const QVector<DrugMention> product = finder.find(QStringLiteral("타이레놀정 500mg 1일 3회 경구"));
        QCOMPARE(product.size(), 1);
        QCOMPARE(product.first().text, QStringLiteral("타이레놀정"));
        QCOMPARE(product.first().match.candidates.first().generic, QStringLiteral("acetaminophen"));
    }

    // Ordinary words of a prescription are not drug names, however close a name is: on the
    // validation sets "nausea" became Nasea (0.93), "soln" Solian and "Medicine" meclizine. A name
    // that holds such a word is still found whole ("Hartmann's solution"), and no word of the list
    // is itself a name of the shipped lexicon.
    void prescriptionWordsAreNotDrugNames()
    {
        const DrugMentionFinder finder(*m_matcher);
        const QVector<DrugMention> nausea = finder.find(QStringLiteral("metoclopramide 10 mg inj q4h for nausea"));
        QCOMPARE(nausea.size(), 1);
        QCOMPARE(nausea.first().text, QStringLiteral("metoclopramide"));
        const QVector<DrugMention> solution = finder.find(QStringLiteral("(1) tamoxifen 10 mg soln every 8 hours #10"));
        QCOMPARE(solution.size(), 1);
        QCOMPARE(solution.first().text, QStringLiteral("tamoxifen"));
        QVERIFY(finder.find(QStringLiteral("Green Family Medicine")).isEmpty());
        QVERIFY(finder.find(QStringLiteral("for pain or fever as needed, do not crush")).isEmpty());

        const QVector<DrugMention> hartmann = finder.find(QStringLiteral("Hartmann's solution 1000 mL IV over 8 hours"));
        QCOMPARE(hartmann.size(), 1);
        QCOMPARE(hartmann.first().text, QStringLiteral("Hartmann's solution"));
        QCOMPARE(hartmann.first().match.candidates.first().name, QStringLiteral("Hartmann's solution"));
        QCOMPARE(hartmann.first().match.candidates.first().score, 1.0);

        QString error;
        const LexiconSet lexicons = LexiconSet::withDefault(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(lexicons.entries().size() > 3000);
        for (const DrugEntry &entry : lexicons.entries())
            QVERIFY2(!DrugMentionFinder::isPrescriptionWord(normalizeDrugName(entry.name)), qPrintable(entry.name));
    }

    void matchThousandCorruptedNames()
    {
        QRandomGenerator random(7);
        const QVector<DrugEntry> &entries = m_matcher->lexicons().entries();
        QVector<QPair<QString, QString>> queries; // corrupted text, generic meant
        while (queries.size() < 1000) {
            const DrugEntry &entry = entries.at(random.bounded(int(entries.size())));
            const QString query = corrupt(entry.name, Corruption(random.bounded(6)));
            if (!query.isEmpty() && normalizeDrugName(query).size() >= m_matcher->minimumNameLength())
                queries.append({query, entry.generic});
        }
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        int rightGeneric = 0;
        for (const auto &[query, generic] : std::as_const(queries)) {
            const MatchResult result = m_matcher->match(query);
            rightGeneric += result.hasMatch() && result.candidates.first().generic == generic;
        }
        const qint64 elapsed = timer.elapsed();
        const double cpuMilliseconds = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        // Wall time depends on how busy the machine is; CPU time less so.
        qDebug("Matched 1000 corrupted names against %d lexicon names in %lld ms wall, %.0f ms CPU "
               "(%.0f us CPU each); top-1 generic right for %d of 1000",
               int(entries.size()), elapsed, cpuMilliseconds, cpuMilliseconds, rightGeneric);
        QVERIFY(rightGeneric >= 900);
    }
};

QTEST_GUILESS_MAIN(TestDrugMatcher)
#include "tst_drug_matcher.moc"
