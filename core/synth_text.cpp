#include "core/synth_text.h"

#include "core/synth_random.h"
#include "core/synth_vocabulary.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace vlmwb::core {

namespace vocabulary = synth_vocabulary;

namespace {

bool isHangul(QChar character)
{
    const ushort code = character.unicode();
    return (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0x1100 && code <= 0x11FF)
        || (code >= 0x3130 && code <= 0x318F);
}

bool isLatinLetter(QChar character)
{
    return (character >= 'A' && character <= 'Z') || (character >= 'a' && character <= 'z');
}

// Appends text and records the mentions' spans as it goes, so spans cannot drift from the text.
class LineBuilder
{
public:
    explicit LineBuilder(const QString &kind) { m_line.kind = kind; }

    LineBuilder &text(const QString &text)
    {
        m_line.text += text;
        return *this;
    }
    // A separating space, unless the line is empty or already ends in one.
    LineBuilder &space()
    {
        if (!m_line.text.isEmpty() && !m_line.text.endsWith(' '))
            m_line.text += ' ';
        return *this;
    }
    LineBuilder &drug(const QString &printed, const QString &generic)
    {
        const int begin = int(m_line.text.size());
        m_line.text += printed;
        m_line.drugs.append({printed, generic, begin, int(m_line.text.size())});
        return *this;
    }
    LineBuilder &dose(const SynthDoseMention &dose)
    {
        SynthDoseMention placed = dose;
        placed.begin = int(m_line.text.size());
        m_line.text += dose.text;
        placed.end = int(m_line.text.size());
        m_line.doses.append(placed);
        return *this;
    }
    LineBuilder &cell()
    {
        space();
        m_line.cellStarts.append(int(m_line.text.size()));
        return *this;
    }
    SynthTextLine take() { return m_line; }

private:
    SynthTextLine m_line;
};

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.left(1).toUpper() + text.mid(1);
}

template <typename T>
const T &pickOr(SynthRandom &random, const QList<T> &preferred, const QList<T> &fallback)
{
    return preferred.isEmpty() ? random.pick(fallback) : random.pick(preferred);
}

QString digits(SynthRandom &random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QChar('0' + random.integer(0, 9));
    return text;
}

QString phoneNumber(SynthRandom &random)
{
    static const QList<QString> areaCodes = {"02", "031", "032", "051", "053", "062", "042", "010", "070"};
    const QString area = random.pick(areaCodes);
    return area + '-' + digits(random, area == "02" ? random.integer(3, 4) : 4) + '-' + digits(random, 4);
}

// A dose as printed, with the amount it means, from a lexicon strength ("500 mg", "100 units/mL").
// A strength per volume of an insulin-like drug becomes an administered dose ("10 units"). Now and
// then writes the error-prone notations a reviewer must catch: ".5 mg", "5.0 mg", "µg", "U".
// A lexicon strength: a decimal number, then its unit ("500 mg", "1%", "100 units/mL").
const QRegularExpression &strengthPattern()
{
    static const QRegularExpression pattern("^([0-9][0-9.,]*)\\s*(\\S.*)$");
    return pattern;
}

SynthDoseMention dose(SynthRandom &random, const QString &strength)
{
    SynthDoseMention mention;
    const QRegularExpressionMatch match = strengthPattern().match(strength.trimmed());
    QString printed = match.captured(1);
    mention.unit = match.captured(2);
    if (mention.unit.startsWith("units/") || mention.unit.startsWith("IU/")) {
        mention.unit = mention.unit.section('/', 0, 0);
        printed = QString::number(random.integer(2, 40));
    }
    mention.amount = QString(printed).remove(',').toDouble();
    const bool whole = mention.amount == std::floor(mention.amount);
    if (printed.startsWith("0.") && random.chance(0.1)) {
        printed = printed.mid(1);
        mention.notation = "naked-decimal";
    } else if (whole && mention.amount < 100 && !printed.contains('.') && random.chance(0.04)) {
        printed += ".0";
        mention.notation = "trailing-zero";
    } else if (whole && mention.amount >= 1000 && random.chance(0.5)) {
        printed = QString::number(qint64(mention.amount));
        for (qsizetype position = printed.size() - 3; position > 0; position -= 3)
            printed.insert(position, ',');
    }
    if (mention.unit == "mcg" && random.chance(0.1)) {
        mention.unit = QString::fromUtf8("µg");
        mention.notation = mention.notation.isEmpty() ? "microgram-symbol" : mention.notation;
    } else if (mention.unit == "units" && random.chance(0.2)) {
        const bool abbreviated = random.chance(0.25);
        mention.unit = abbreviated ? "U" : "IU";
        if (abbreviated && mention.notation.isEmpty())
            mention.notation = "abbreviated-unit";
    }
    const bool attached = mention.unit.startsWith('%') || random.chance(0.3);
    mention.text = printed + (attached ? "" : " ") + mention.unit;
    return mention;
}

// A strength of the drug, or an empty string when it lists none with a number. Strengths per unit
// dose come first: "500 mg" reads more like a prescription than "250 mg/5 mL".
QString pickStrength(SynthRandom &random, const QStringList &strengths)
{
    QStringList plain, all;
    for (const QString &strength : strengths) {
        if (!strengthPattern().match(strength.trimmed()).hasMatch())
            continue;
        all.append(strength);
        if (!strength.contains('/') || strength.contains("units/") || strength.contains("IU/"))
            plain.append(strength);
    }
    return all.isEmpty() ? QString() : random.pick(plain.isEmpty() ? all : plain);
}

// A strength no drug's name predicts: one to four digits or a decimal, in one of the corpus' units.
QString randomStrength(SynthRandom &random)
{
    static const QList<QString> units = {"mg", "mg", "mg", "mcg", "g", "mL", "units", "IU", "mEq", "%"};
    // One draw per statement: the order of calls inside one expression is unspecified. These are in
    // the order GCC evaluated the expressions the runs of session 25 were trained on.
    QString amount;
    switch (random.integer(0, 3)) {
    case 0: { // "0.3", "0.05", "0.005"
        const int digit = random.integer(1, 9);
        const int zeros = random.integer(0, 2);
        amount = QStringLiteral("0.") + QString(zeros, QChar('0')) + QString::number(digit);
        break;
    }
    case 1: { // "2.5", "12.5"
        const int tenths = random.integer(1, 9);
        const int whole = random.integer(1, 99);
        amount = QString::number(whole) + QLatin1Char('.') + QString::number(tenths);
        break;
    }
    default: { // "7", "40", "510", "1000"
        const int digits = random.integer(1, 4);
        amount = QString::number(random.integer(1, 9));
        for (int i = 1; i < digits; ++i)
            amount += QString::number(random.integer(0, 9));
        break;
    }
    }
    return amount + QLatin1Char(' ') + random.pick(units);
}

// Prescriptions abbreviate forms: "tablet" becomes "tab" about half the time.
QString printedForm(SynthRandom &random, const QString &form)
{
    static const QList<std::pair<QString, QString>> abbreviations = {
        {"tablet", "tab"}, {"capsule", "cap"}, {"injection", "inj"}, {"suspension", "susp"},
        {"oral solution", "soln"}, {"ointment", "oint"}, {"suppository", "supp"},
    };
    for (const auto &[full, short_] : abbreviations)
        if (form == full && random.chance(0.5))
            return short_;
    return form;
}

} // namespace

bool containsHangul(const QString &text)
{
    for (QChar character : text)
        if (isHangul(character))
            return true;
    return false;
}

bool SynthTextLine::hasHangul() const
{
    return containsHangul(text);
}

QString SynthTextLine::script() const
{
    bool latin = false;
    for (QChar character : text)
        latin = latin || isLatinLetter(character);
    if (!hasHangul())
        return "latin";
    return latin ? "mixed" : "korean";
}

SynthTextGenerator::SynthTextGenerator(QVector<DrugEntry> drugs, SynthTextShares shares)
    : m_drugs(std::move(drugs)), m_shares(shares)
{
    for (int i = 0; i < m_drugs.size(); ++i) {
        (containsHangul(m_drugs.at(i).name) ? m_koreanDrugs : m_latinDrugs).append(i);
    }
    // Korean lines still need a drug when the lexicon has no Korean names, and the reverse.
    if (m_latinDrugs.isEmpty())
        m_latinDrugs = m_koreanDrugs;
    if (m_koreanDrugs.isEmpty())
        m_koreanDrugs = m_latinDrugs;
    m_rareLetterDrugs = namesWithRareCharacters(m_drugs, m_latinDrugs, rareCharacterShare);
    m_rareSyllableKoreanDrugs = namesWithRareCharacters(m_drugs, m_koreanDrugs, rareSyllableShare);

    QSet<QChar> syllables;
    const auto collect = [&syllables](const QString &text) {
        for (QChar character : text)
            if (character.unicode() >= 0xAC00 && character.unicode() <= 0xD7A3)
                syllables.insert(character);
    };
    for (int index : std::as_const(m_koreanDrugs))
        collect(m_drugs.at(index).name);
    namespace vocabulary = synth_vocabulary;
    for (const QList<QString> *list :
         {&vocabulary::koreanSurnames(), &vocabulary::koreanGivenSyllables(), &vocabulary::koreanDiagnoses(),
          &vocabulary::koreanDirections(), &vocabulary::koreanHospitalPlaces(), &vocabulary::koreanHospitalKinds(),
          &vocabulary::koreanForms()})
        for (const QString &text : *list)
            collect(text);
    m_hangulSyllables = QList<QChar>(syllables.begin(), syllables.end());
    std::sort(m_hangulSyllables.begin(), m_hangulSyllables.end());
}

QList<int> SynthTextGenerator::namesWithRareCharacters(const QVector<DrugEntry> &drugs, const QList<int> &indices,
                                                       double share)
{
    // Case folded, since the corpus prints names in capitals too; a character counts once per name.
    QHash<QChar, int> namesHolding;
    for (int index : indices) {
        QSet<QChar> characters;
        for (QChar character : drugs.at(index).name.toLower())
            if (!character.isSpace())
                characters.insert(character);
        for (QChar character : characters)
            ++namesHolding[character];
    }
    QList<int> rare;
    for (int index : indices) {
        for (QChar character : drugs.at(index).name.toLower()) {
            if (!character.isSpace() && namesHolding.value(character) < share * indices.size()) {
                rare.append(index);
                break;
            }
        }
    }
    return rare.isEmpty() ? indices : rare;
}

int SynthTextGenerator::pickKoreanDrug(SynthRandom &random) const
{
    const bool rareSyllables = m_shares.rareSyllableKoreanDrugNames > 0.0 && random.chance(m_shares.rareSyllableKoreanDrugNames);
    return random.pick(rareSyllables ? m_rareSyllableKoreanDrugs : m_koreanDrugs);
}

QString SynthTextGenerator::pickDrugStrength(SynthRandom &random, const DrugEntry &drug) const
{
    if (m_shares.randomDoses > 0.0 && random.chance(m_shares.randomDoses))
        return randomStrength(random);
    return pickStrength(random, drug.strengths);
}

SynthTextLine SynthTextGenerator::line(SynthRandom &random) const
{
    if (m_shares.randomTextLines > 0.0 && random.chance(m_shares.randomTextLines))
        return randomTextLine(random);
    const double draw = random.real(0.0, 1.0);
    if (draw < 0.42)
        return drugLine(random, random.chance(0.4) ? random.integer(1, 9) : 0);
    if (draw < 0.67)
        return koreanLine(random);
    if (draw < 0.85)
        return mixedLine(random);
    return headerLine(random);
}

SynthTextLine SynthTextGenerator::randomTextLine(SynthRandom &random) const
{
    static const QString lower = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    static const QList<QString> trailing = {":", ",", ".", ")", ";"};
    LineBuilder builder("random");
    const int words = random.integer(2, 7);
    for (int w = 0; w < words; ++w) {
        QString word;
        const double draw = random.real(0.0, 1.0);
        if (draw < 0.45 || m_hangulSyllables.isEmpty()) {
            const int length = random.integer(1, 10);
            for (int i = 0; i < length; ++i)
                word += lower.at(random.integer(0, int(lower.size()) - 1));
            const double casing = random.real(0.0, 1.0);
            word = casing < 0.3 ? capitalised(word) : casing < 0.5 ? word.toUpper() : word;
        } else if (draw < 0.75) {
            const int length = random.integer(1, 4);
            for (int i = 0; i < length; ++i)
                word += random.pick(m_hangulSyllables);
        } else {
            // Draws one per statement: the order of calls inside one expression is unspecified.
            const int form = random.integer(0, 5);
            const QString number = QString::number(random.integer(0, 99999));
            const QString pair = QStringLiteral("%1").arg(random.integer(0, 99), 2, 10, QChar('0'));
            const QChar letter('A' + random.integer(0, 25));
            switch (form) {
            case 0: word = number; break;
            case 1: word = QLatin1Char('#') + number; break;
            case 2: word = number + QLatin1Char('-') + pair; break;
            case 3: word = letter + pair + QLatin1Char('.') + number.right(1); break;
            case 4: word = pair + QLatin1Char(':') + number.right(2); break;
            default: word = QLatin1Char('(') + number + QLatin1Char(')'); break;
            }
        }
        if (random.chance(0.15))
            word += random.pick(trailing);
        builder.space().text(word);
    }
    return builder.take();
}

SynthTextLine SynthTextGenerator::drugLine(SynthRandom &random, int number) const
{
    const bool rareLetters = m_shares.rareLetterDrugNames > 0.0 && random.chance(m_shares.rareLetterDrugNames);
    const DrugEntry &drug = m_drugs.at(random.pick(rareLetters ? m_rareLetterDrugs : m_latinDrugs));
    LineBuilder builder("drug");
    if (number > 0) {
        static const QList<QString> numberings = {"%1.", "%1)", "(%1)", "%1."};
        builder.text(random.pick(numberings).arg(number)).space();
    }
    const bool rxStyle = random.chance(0.12);
    if (rxStyle)
        builder.text("Rx:").space();
    builder.drug(random.chance(m_shares.upperCaseDrugNames) ? drug.name.toUpper() : drug.name, drug.generic);
    if (const QString strength = pickDrugStrength(random, drug); !strength.isEmpty())
        builder.space().dose(dose(random, strength));
    const QString form = printedForm(random, pickOr(random, drug.forms, vocabulary::forms()));
    const QString route = pickOr(random, drug.routes, vocabulary::routes());
    const QString frequency = random.pick(vocabulary::frequencies());
    const int days = random.pick(QList<int>{3, 5, 7, 7, 10, 14, 28, 30, 90});
    const int perDay = random.integer(1, 3);
    if (rxStyle) {
        builder.text(",").space().text("Sig:").space().text(QString::number(random.integer(1, 2))).space()
            .text(form).space().text(route).space().text(frequency);
        builder.text(",").space().text("Disp:").space().text(QString("#%1").arg(days * perDay));
        return builder.take();
    }
    if (random.chance(0.8))
        builder.space().text(form);
    if (random.chance(0.7))
        builder.space().text(route);
    builder.space().text(frequency);
    switch (random.integer(0, 3)) {
    case 0:
        builder.space().text(random.pick(vocabulary::instructions()));
        break;
    case 1:
        builder.space().text(QString("x %1 days").arg(days));
        break;
    case 2:
        builder.space().text(QString("x %1 days").arg(days)).space().text(QString("#%1").arg(days * perDay));
        break;
    default:
        builder.space().text(QString("#%1").arg(days * perDay));
        break;
    }
    return builder.take();
}

QString SynthTextGenerator::koreanPersonName(SynthRandom &random) const
{
    QString name = random.pick(vocabulary::koreanSurnames());
    const int syllables = random.chance(0.9) ? 2 : 1;
    for (int i = 0; i < syllables; ++i)
        name += random.pick(vocabulary::koreanGivenSyllables());
    return name;
}

QString SynthTextGenerator::date(SynthRandom &random, bool korean) const
{
    const int year = random.integer(2024, 2027);
    const int month = random.integer(1, 12);
    const int day = random.integer(1, 28);
    const QString iso = QString("%1-%2-%3").arg(year).arg(month, 2, 10, QChar('0')).arg(day, 2, 10, QChar('0'));
    if (korean && random.chance(0.5))
        return QString("%1년 %2월 %3일").arg(year).arg(month).arg(day);
    if (random.chance(0.2))
        return QString(iso).replace('-', '.');
    if (!korean && random.chance(0.2))
        return QString("%1/%2/%3").arg(month, 2, 10, QChar('0')).arg(day, 2, 10, QChar('0')).arg(year);
    return iso;
}

SynthTextLine SynthTextGenerator::koreanLine(SynthRandom &random, int field) const
{
    LineBuilder builder("korean");
    const QString separator = random.chance(0.8) ? ": " : " ";
    switch (field >= 0 ? field : random.integer(0, koreanFieldCount)) {
    case 0: {
        const int diagnosis = random.integer(0, int(vocabulary::koreanDiagnoses().size()) - 1);
        builder.text("진단명" + separator + vocabulary::koreanDiagnoses().at(diagnosis));
        if (random.chance(0.4))
            builder.text(" (" + vocabulary::diagnosisCodes().at(diagnosis) + ")");
        break;
    }
    case 1:
        builder.text("용법" + separator + random.pick(vocabulary::koreanDirections()));
        break;
    case 2:
        builder.text("투약일수" + separator + QString::number(random.pick(QList<int>{3, 5, 7, 14, 28, 30})) + "일");
        break;
    case 3:
        builder.text("병원명" + separator + hospitalName(random, true).text);
        break;
    case 4:
        builder.text(random.pick(QList<QString>{"환자명", "환자 성명", "성명"}) + separator + koreanPersonName(random));
        if (random.chance(0.4))
            builder.text(QString(" (%1, %2세)").arg(random.chance(0.5) ? "남" : "여").arg(random.integer(1, 92)));
        break;
    case 5:
        builder.text(random.pick(QList<QString>{"처방일", "교부일자", "조제일자", "발행일"}) + separator
                     + date(random, true));
        break;
    case 6:
        builder.text(random.pick(QList<QString>{"처방 의사", "의사 성명", "처방의"}) + separator
                     + koreanPersonName(random));
        if (random.chance(0.5))
            builder.text(QString(" (면허번호 제%1호)").arg(random.integer(10000, 99999)));
        break;
    case 7:
        builder.text(random.pick(QList<QString>{"전화", "전화번호", "연락처"}) + separator + phoneNumber(random));
        break;
    default: {
        // A Korean drug line: name, then 1회 투약량, 1일 투여횟수 and 총 투약일수.
        const DrugEntry &drug = m_drugs.at(pickKoreanDrug(random));
        builder.drug(drug.name, drug.generic).space();
        if (const QString strength = pickDrugStrength(random, drug); !strength.isEmpty() && random.chance(0.5))
            builder.dose(dose(random, strength)).space();
        builder.text(QString("1회 %1%2").arg(random.integer(1, 2)).arg(random.pick(vocabulary::koreanForms())));
        builder.space().text(QString("1일 %1회").arg(random.integer(1, 4)));
        builder.space().text(QString("%1일분").arg(random.pick(QList<int>{3, 5, 7, 14, 30})));
        break;
    }
    }
    return builder.take();
}

SynthTextLine SynthTextGenerator::mixedLine(SynthRandom &random) const
{
    LineBuilder builder("mixed");
    const DrugEntry &drug = m_drugs.at(pickKoreanDrug(random));
    const bool koreanName = containsHangul(drug.name);
    switch (random.integer(0, 2)) {
    case 0:
        // "아목시실린 Amoxicillin 500mg 1일 3회"
        builder.drug(drug.name, drug.generic);
        if (koreanName)
            builder.space().drug(capitalised(drug.generic), drug.generic);
        break;
    case 1:
        // "Amoxicillin (아목시실린) 500 mg"
        if (koreanName)
            builder.drug(capitalised(drug.generic), drug.generic).space().text("(").drug(drug.name, drug.generic).text(")");
        else
            builder.drug(drug.name, drug.generic);
        break;
    default: {
        const DrugEntry &latin = m_drugs.at(random.pick(m_latinDrugs));
        builder.drug(latin.name, latin.generic);
        if (const QString strength = pickDrugStrength(random, latin); !strength.isEmpty())
            builder.space().dose(dose(random, strength));
        builder.space().text(random.pick(vocabulary::koreanDirections()));
        if (random.chance(0.5))
            builder.space().text(QString("%1일분").arg(random.pick(QList<int>{3, 5, 7, 14, 30})));
        return builder.take();
    }
    }
    if (const QString strength = pickDrugStrength(random, drug); !strength.isEmpty())
        builder.space().dose(dose(random, strength));
    builder.space().text(QString("1일 %1회").arg(random.integer(1, 4)));
    if (random.chance(0.5))
        builder.space().text(random.pick(QList<QString>{"식후 30분", "식전", "취침 전", "x 7일", "7일분"}));
    return builder.take();
}

SynthTextLine SynthTextGenerator::hospitalName(SynthRandom &random, bool korean) const
{
    LineBuilder builder("header");
    if (!korean)
        return builder.text(random.pick(vocabulary::englishHospitals())).take();
    // One draw per statement (the order of an expression's operands is unspecified), in the order
    // GCC drew them when the shipped models' corpora were made: kind, then place.
    const QString kind = random.pick(vocabulary::koreanHospitalKinds());
    builder.text(random.pick(vocabulary::koreanHospitalPlaces()) + kind);
    return builder.take();
}

SynthTextLine SynthTextGenerator::documentTitle(SynthRandom &random, bool korean) const
{
    LineBuilder builder("header");
    if (korean)
        builder.text(random.pick(QList<QString>{"처방전", "처 방 전", "원외처방전", "약제비 계산서"}));
    else
        builder.text(random.pick(QList<QString>{"PRESCRIPTION", "Prescription", "Rx", "Medication Orders"}));
    return builder.take();
}

SynthTextLine SynthTextGenerator::headerLine(SynthRandom &random, int field) const
{
    // Given name first, as GCC drew the operands of the one expression this used to be.
    const QString givenName = random.pick(vocabulary::englishGivenNames());
    const QString name = random.pick(vocabulary::englishSurnames()) + ' ' + givenName;
    LineBuilder builder("header");
    switch (field >= 0 ? field + 1 : random.integer(0, englishFieldCount + 1)) {
    case 0:
        return hospitalName(random, random.chance(0.5));
    case 1:
        builder.text(QString("Dr. %1, MD").arg(name));
        break;
    case 2:
        builder.text(QString("License No. %1").arg(random.integer(10000, 99999)));
        break;
    case 3:
        builder.text(QString("Tel. %1").arg(phoneNumber(random)));
        if (random.chance(0.4))
            builder.text(QString("  Fax %1").arg(phoneNumber(random)));
        break;
    case 4:
        builder.text(QString("Date: %1").arg(date(random, false)));
        break;
    case 5:
        builder.text(QString("Patient: %1").arg(name));
        if (random.chance(0.5))
            builder.text(QString("  DOB %1-%2-%3").arg(random.integer(1935, 2020)).arg(random.integer(1, 12), 2, 10, QChar('0'))
                             .arg(random.integer(1, 28), 2, 10, QChar('0')));
        break;
    case 6:
        builder.text(QString("Refills: %1").arg(random.integer(0, 5)));
        break;
    default:
        return documentTitle(random, random.chance(0.5));
    }
    return builder.take();
}

SynthTextLine SynthTextGenerator::tableHeader(bool korean) const
{
    LineBuilder builder("header");
    const QStringList cells = korean ? QStringList{"약품명", "1회 투약량", "1일 투여횟수", "총 투약일수", "수량"}
                                     : QStringList{"Drug", "Dose", "Frequency", "Days", "Qty"};
    for (const QString &cell : cells)
        builder.cell().text(cell);
    return builder.take();
}

SynthTextLine SynthTextGenerator::drugTableRow(SynthRandom &random, bool korean) const
{
    const DrugEntry &drug = m_drugs.at(korean ? pickKoreanDrug(random) : random.pick(m_latinDrugs));
    LineBuilder builder("table-row");
    builder.cell().drug(drug.name, drug.generic);
    builder.cell();
    if (const QString strength = pickDrugStrength(random, drug); !strength.isEmpty())
        builder.dose(dose(random, strength));
    else
        builder.text(QString::number(random.integer(1, 2)) + ' ' + printedForm(random, pickOr(random, drug.forms, vocabulary::forms())));
    const int perDay = random.integer(1, 4);
    const int days = random.pick(QList<int>{3, 5, 7, 14, 28, 30});
    if (korean) {
        builder.cell().text(QString("%1회").arg(perDay));
        builder.cell().text(QString("%1일").arg(days));
    } else {
        builder.cell().text(random.pick(vocabulary::frequencies()));
        builder.cell().text(QString::number(days));
    }
    builder.cell().text(QString::number(perDay * days));
    return builder.take();
}

} // namespace vlmwb::core
