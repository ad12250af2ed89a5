#include "core/dose_parser.h"

#include "core/dose_units.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace vlmwb::core {

namespace {

// Holds this file's tr(): lupdate files its strings under the context named here, the one
// QCoreApplication::translate() looks them up in at run time.
class DoseParserText
{
    Q_DECLARE_TR_FUNCTIONS(vlmwb::core::DoseParser)
};

constexpr auto patternOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// A number as labels write it; the alternatives are tried in this order, so "1 1/2" is not read
// as "1" and "1/2", and "1,000" is not read as the decimal comma "1,00".
const QString numberPattern = QStringLiteral(
    R"((?:\d+\s+\d+/\d+|\d+/\d+|\d*[½¼¾⅓⅔]|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?!\d)|\d+(?:\.\d+)?|\.\d+))");

// The parse state: the text with the parts already read blanked out, so that "1일 3회" (three times
// a day) is not read again as a one-day duration, and the span covering all parts read.
class Scanner
{
public:
    explicit Scanner(const QString &text) : m_masked(text) {}

    // Calls onMatch for each match of pattern in the text not yet read, and blanks the matches
    // that onMatch accepts (returns true for).
    void scan(const QRegularExpression &pattern,
              const std::function<bool(const QRegularExpressionMatch &)> &onMatch)
    {
        QRegularExpressionMatchIterator it = pattern.globalMatch(m_masked);
        QVector<QPair<int, int>> accepted;
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength() > 0 && onMatch(match))
                accepted.append({int(match.capturedStart()), int(match.capturedEnd())});
        }
        for (const auto &[start, end] : accepted) {
            for (int i = start; i < end; ++i)
                m_masked[i] = QLatin1Char(' ');
            m_start = m_start < 0 ? start : std::min(m_start, start);
            m_end = std::max(m_end, end);
        }
    }

    int start() const { return m_start; }
    int end() const { return m_end; }

private:
    QString m_masked;
    int m_start = -1;
    int m_end = -1;
};

QString compactDecimal(double value)
{
    return QString::number(value, 'g', 12);
}

void checkAmountNotation(const QString &written, const QString &unitText, ParsedDose *dose)
{
    static const QRegularExpression trailingZero(QStringLiteral(R"(^\d+\.\d*0$)"));
    static const QRegularExpression decimalComma(QStringLiteral(R"(^\d+,\d{1,2}$)"));
    const QString asWritten = written + QLatin1Char(' ') + unitText;
    double value = 0.0;
    parseDoseNumber(written, &value);
    if (trailingZero.match(written).hasMatch()) {
        dose->warnings.append({QStringLiteral("trailing-zero"),
                               DoseParserText::tr("\"%1\" has a trailing zero and can be read as ten times the "
                                                  "dose; write %2 %3.")
                                   .arg(asWritten, compactDecimal(value), unitText)});
    } else if (written.startsWith(QLatin1Char('.'))) {
        dose->warnings.append({QStringLiteral("leading-zero-missing"),
                               DoseParserText::tr("\"%1\" has no zero before the decimal point and can be read as "
                                                  "%2 %3; write 0%1.")
                                   .arg(asWritten, written.mid(1), unitText)});
    } else if (decimalComma.match(written).hasMatch()) {
        dose->warnings.append({QStringLiteral("decimal-comma"),
                               DoseParserText::tr("\"%1\" uses a comma as the decimal point; it was read as %2 %3, "
                                                  "check it.")
                                   .arg(asWritten, compactDecimal(value), unitText)});
    }
}

void checkUnitNotation(const QString &unitText, ParsedDose *dose)
{
    const QString lower = unitText.toLower();
    if (lower == QLatin1String("u")) {
        dose->warnings.append({QStringLiteral("abbreviation-u"),
                               DoseParserText::tr("\"%1\" for units can be read as 0 or 4 (4U as 40); write "
                                                  "\"units\".")
                                   .arg(unitText)});
    } else if (lower == QLatin1String("iu")) {
        dose->warnings.append({QStringLiteral("abbreviation-iu"),
                               DoseParserText::tr("\"%1\" can be read as IV or 10; write \"units\".").arg(unitText)});
    } else if (lower == QLatin1String("cc")) {
        dose->warnings.append({QStringLiteral("abbreviation-cc"),
                               DoseParserText::tr("\"%1\" can be read as \"U\" (units); write \"mL\".").arg(unitText)});
    } else if (lower.startsWith(QChar(0x00B5)) || lower.startsWith(QChar(0x03BC))) {
        dose->warnings.append({QStringLiteral("abbreviation-microgram"),
                               DoseParserText::tr("\"%1\" can be read as mg, a thousandfold overdose; write "
                                                  "\"mcg\".")
                                   .arg(unitText)});
    }
}

// How a frequency rule turns its match into a code.
enum class FrequencyKind {
    Fixed,      // the rule's code and timesPerDay
    Hours,      // every N hours: "q8h"; N from the first non-empty capture
    HoursRange, // every N to M hours: "q4-6h"; N and M from captures 1 and 2
    TimesADay,  // N times a day: "TID"; N from the first non-empty capture
};

struct FrequencyRule {
    QRegularExpression pattern;
    FrequencyKind kind;
    QString code;        // for Fixed
    double timesPerDay;  // for Fixed
    QString ismpCode;    // warning code when this spelling is on ISMP's list, else empty
};

QString timesPerDayCode(int times)
{
    switch (times) {
    case 1: return QStringLiteral("QD");
    case 2: return QStringLiteral("BID");
    case 3: return QStringLiteral("TID");
    case 4: return QStringLiteral("QID");
    default: return QStringLiteral("%1x/day").arg(times);
    }
}

void addAbbreviationWarning(const QString &code, const QString &written, ParsedDose *dose)
{
    QString message;
    if (code == QLatin1String("abbreviation-qd"))
        message = DoseParserText::tr("\"%1\" can be read as QID (four times a day); write \"daily\".");
    else if (code == QLatin1String("abbreviation-qod"))
        message = DoseParserText::tr("\"%1\" can be read as QD (daily) or QID (four times a day); write \"every "
                                     "other day\".");
    else if (code == QLatin1String("abbreviation-hs"))
        message = DoseParserText::tr("\"%1\" can be read as half-strength; write \"at bedtime\".");
    else if (code == QLatin1String("abbreviation-subcut"))
        message = DoseParserText::tr("\"%1\" can be read as SL (sublingual) or as \"5 every\"; write \"subcut\".");
    dose->warnings.append({code, message.arg(written)});
}

void readFrequency(Scanner &scanner, ParsedDose *dose)
{
    auto rule = [](const char *pattern, const char *code, double perDay, const char *ismp = "") {
        return FrequencyRule{QRegularExpression(QString::fromUtf8(pattern), patternOptions),
                             FrequencyKind::Fixed, QString::fromLatin1(code), perDay,
                             QString::fromLatin1(ismp)};
    };
    auto counted = [](const char *pattern, FrequencyKind kind) {
        return FrequencyRule{QRegularExpression(QString::fromUtf8(pattern), patternOptions), kind,
                             QString(), 0.0, QString()};
    };
    // Longer phrases before the abbreviations they contain.
    static const QVector<FrequencyRule> rules{
        counted(R"((?:\bq\.?\s*|\bevery\s+)(\d+)\s*(?:-|–|to)\s*(\d+)\s*(?:h|hrs?|hours?)(?![a-z]))",
                FrequencyKind::HoursRange),
        counted(R"((?:\bq\.?\s*|\bevery\s+)(\d+)\s*(?:h|hrs?|hours?)(?![a-z]))", FrequencyKind::Hours),
        counted(R"((\d+)\s*시간\s*(?:마다|간격)|매\s*(\d+)\s*시간)", FrequencyKind::Hours),
        rule(R"(\bevery\s+other\s+day\b|격일)", "QOD", 0.5),
        rule(R"(\b(?:once|one\s+time|1\s*x)\s+(?:a|per|each)\s+day\b|\bonce\s+daily\b)", "QD", 1),
        rule(R"(\b(?:twice|two\s+times|2\s*x)\s+(?:a|per|each)\s+day\b|\btwice\s+daily\b)", "BID", 2),
        rule(R"(\b(?:three|3)\s*(?:times|x)\s+(?:a|per|each)\s+day\b|\b(?:three|3)\s+times\s+daily\b)", "TID", 3),
        rule(R"(\b(?:four|4)\s*(?:times|x)\s+(?:a|per|each)\s+day\b|\b(?:four|4)\s+times\s+daily\b)", "QID", 4),
        counted(R"(\b(\d+)\s*(?:times|x)\s*(?:a|per|each)\s+day\b|\b(\d+)\s+times\s+daily\b)",
                FrequencyKind::TimesADay),
        counted(R"((?:1\s*일|하루)\s*(\d+)\s*(?:회|번))", FrequencyKind::TimesADay),
        rule(R"(\bq\.?\s*h\.?\s*s\.?(?![a-z])|\bh\.?s\.?(?![a-z]))", "HS", 1, "abbreviation-hs"),
        rule(R"(\bat\s+bedtime\b|\bnightly\b|취침\s*전|자기\s*전)", "HS", 1),
        rule(R"(\bq\.?\s*a\.?m\.?(?![a-z])|\bevery\s+morning\b)", "QAM", 1),
        rule(R"(\bq\.?\s*p\.?m\.?(?![a-z])|\bevery\s+evening\b)", "QPM", 1),
        rule(R"(\bq\.?\s*o\.?\s*d\.?(?![a-z]))", "QOD", 0.5, "abbreviation-qod"),
        rule(R"(\bq\.?\s*i\.?\s*d\.?(?![a-z]))", "QID", 4),
        rule(R"(\bq\.?\s*d\.?(?![a-z])|\bqday\b)", "QD", 1, "abbreviation-qd"),
        rule(R"(\bb\.?\s*i\.?\s*d\.?(?![a-z]))", "BID", 2),
        rule(R"(\bt\.?\s*i\.?\s*d\.?(?![a-z]))", "TID", 3),
        rule(R"(\b(?:daily|every\s+day|once\s+a\s+day)\b)", "QD", 1),
        rule(R"(\b(?:weekly|once\s+(?:a|per)\s+week|every\s+week)\b)", "QWEEK", 1.0 / 7.0),
    };
    static const QRegularExpression asNeeded(
        QStringLiteral(R"(\bp\.?\s*r\.?\s*n\.?(?![a-z])|\bas\s+needed\b|\bif\s+needed\b|필요\s*시)"),
        patternOptions);

    int frequencyStart = -1;
    for (const FrequencyRule &rule : rules) {
        scanner.scan(rule.pattern, [&](const QRegularExpressionMatch &match) {
            QString code = rule.code;
            double perDay = rule.timesPerDay;
            if (rule.kind != FrequencyKind::Fixed) {
                const int n = (!match.captured(1).isEmpty() ? match.captured(1) : match.captured(2)).toInt();
                if (n <= 0)
                    return false;
                if (rule.kind == FrequencyKind::HoursRange) {
                    code = QStringLiteral("q%1-%2h").arg(n).arg(match.captured(2).toInt());
                    perDay = 24.0 / n;
                } else if (rule.kind == FrequencyKind::Hours) {
                    code = QStringLiteral("q%1h").arg(n);
                    perDay = 24.0 / n;
                } else {
                    code = timesPerDayCode(n);
                    perDay = n;
                }
            }
            if (dose->frequency.isEmpty() || match.capturedStart() < frequencyStart) {
                dose->frequency = code;
                dose->timesPerDay = perDay;
                frequencyStart = int(match.capturedStart());
            }
            if (!rule.ismpCode.isEmpty())
                addAbbreviationWarning(rule.ismpCode, match.captured(0).trimmed(), dose);
            return true;
        });
    }
    scanner.scan(asNeeded, [&](const QRegularExpressionMatch &) {
        dose->asNeeded = true;
        return true;
    });
    if (dose->frequency.isEmpty() && dose->asNeeded)
        dose->frequency = QStringLiteral("PRN");
}

void readDuration(Scanner &scanner, ParsedDose *dose)
{
    static const QRegularExpression english(
        QStringLiteral(R"((?:\bx|×|\bfor)\s*(\d+)\s*(d|days?|wks?|weeks?|mos?|months?)(?![a-z]))"),
        patternOptions);
    static const QRegularExpression korean(QStringLiteral(R"((\d+)\s*(일|주(?!사))\s*(?:분|간|치)?)"),
                                           patternOptions);
    auto read = [&](const QRegularExpressionMatch &match) {
        if (dose->durationDays > 0)
            return false;
        const QString unit = match.captured(2).toLower();
        int factor = 1;
        if (unit.startsWith(QLatin1Char('w')) || unit == QStringLiteral("주"))
            factor = 7;
        else if (unit.startsWith(QLatin1Char('m')))
            factor = 30;
        // toInt() already gives 0 above INT_MAX, but "x 999999999 weeks" in days would overflow int.
        const qint64 days = qint64(match.captured(1).toInt()) * factor;
        if (days > std::numeric_limits<int>::max())
            return false;
        dose->durationDays = int(days);
        return dose->durationDays > 0;
    };
    scanner.scan(english, read);
    scanner.scan(korean, read);
}

void readQuantity(Scanner &scanner, ParsedDose *dose)
{
    static const QRegularExpression written(
        QStringLiteral(R"(#\s*(\d+)|\b(?:disp(?:ense)?|qty|quantity)\s*[.:]?\s*#?\s*(\d+)|총\s*(\d+))"),
        patternOptions);
    scanner.scan(written, [&](const QRegularExpressionMatch &match) {
        if (dose->quantity > 0)
            return false;
        for (int group = 1; group <= 3; ++group) {
            if (!match.captured(group).isEmpty())
                dose->quantity = match.captured(group).toInt();
        }
        return dose->quantity > 0;
    });
}

// Reads the amount in capture first and, when capture second holds the high end of a range, that.
bool readRange(const QRegularExpressionMatch &match, int first, int second, double *low, double *high)
{
    if (!parseDoseNumber(match.captured(first), low))
        return false;
    *high = *low;
    return match.captured(second).isEmpty() || parseDoseNumber(match.captured(second), high);
}

// "1-2 tabs", "2 puffs", "1정"; whole counts of ten or more are a quantity to dispense ("30 tabs").
void readCount(Scanner &scanner, ParsedDose *dose)
{
    static const QRegularExpression count(
        QStringLiteral(R"((?<![\d.,/])(%1)(?:\s*(?:-|–|~|to)\s*(%1))?\s*(tablets?|tabs?|capsules?|caps?|puffs?|drops?|gtts?|patch(?:es)?|sprays?|packets?|정|캡슐|포)(?![a-z]))")
            .arg(numberPattern),
        patternOptions);
    scanner.scan(count, [&](const QRegularExpressionMatch &match) {
        double low = 0.0;
        double high = 0.0;
        const DoseUnit *unit = findDoseUnit(match.captured(3));
        if (!unit || !readRange(match, 1, 2, &low, &high))
            return false;
        if (match.captured(2).isEmpty() && low >= 10 && low == std::floor(low)) {
            // Found by fuzzing ("999999999990 caps"): int(low) is undefined above INT_MAX, and no
            // label dispenses that many; readQuantity's toInt() refuses the same numbers.
            if (dose->quantity > 0 || low > std::numeric_limits<int>::max())
                return false;
            dose->quantity = int(low);
            return true;
        }
        if (dose->countLow > 0)
            return false;
        dose->countLow = low;
        dose->countHigh = high;
        dose->countUnit = unit->canonical;
        return true;
    });
}

void readStrength(Scanner &scanner, ParsedDose *dose)
{
    static const QRegularExpression strength(
        QStringLiteral(R"((?<![\d.,/])(%1)(?:\s*(?:-|–|~|to)\s*(%1))?\s*(mcg|µg|μg|ug|mg|kg|gm|g|ml|cc|l|iu|units?|unt|u|meq|mmol|%)(?:\s*/\s*(%1)?\s*(ml|cc|l|kg|hr|hour|h|min|dose|actuation|tablet|tab|m2))?(?![a-z]))")
            .arg(numberPattern),
        patternOptions);
    scanner.scan(strength, [&](const QRegularExpressionMatch &match) {
        double low = 0.0;
        double high = 0.0;
        const DoseUnit *unit = findDoseUnit(match.captured(3));
        if (!unit || !readRange(match, 1, 2, &low, &high))
            return false;
        double perAmount = 0.0;
        if (!match.captured(5).isEmpty()) {
            perAmount = 1.0;
            if (!match.captured(4).isEmpty() && !parseDoseNumber(match.captured(4), &perAmount))
                return false;
        }
        // Every strength on the line is checked for error-prone notation; the first is the dose.
        checkAmountNotation(match.captured(1), match.captured(3), dose);
        if (!match.captured(2).isEmpty())
            checkAmountNotation(match.captured(2), match.captured(3), dose);
        checkUnitNotation(match.captured(3), dose);
        if (match.captured(5).compare(QLatin1String("cc"), Qt::CaseInsensitive) == 0)
            checkUnitNotation(match.captured(5), dose);
        if (dose->hasStrength)
            return true;
        dose->hasStrength = true;
        dose->amount = low;
        dose->amountHigh = high;
        dose->unitText = match.captured(3);
        dose->unit = unit->canonical;
        dose->ucum = unit->ucum;
        dose->perAmount = perAmount;
        if (const DoseUnit *perUnit = findDoseUnit(match.captured(5)))
            dose->perUnit = perUnit->canonical;
        else
            dose->perUnit = match.captured(5).toLower() == QLatin1String("hr")
                                    || match.captured(5).toLower() == QLatin1String("hour")
                                ? QStringLiteral("h")
                                : match.captured(5);
        dose->strengthText = match.captured(0);
        return true;
    });
}

void readRoute(Scanner &scanner, ParsedDose *dose)
{
    struct RouteRule {
        QRegularExpression pattern;
        QString route;
    };
    auto rule = [](const char *pattern, const char *route) {
        return RouteRule{QRegularExpression(QString::fromUtf8(pattern), patternOptions),
                         QString::fromLatin1(route)};
    };
    static const QVector<RouteRule> rules{
        rule(R"(\b(?:p\.?o\.?|per\s+os|by\s+mouth|orally|oral)(?![a-z])|경구)", "PO"),
        rule(R"(\b(?:i\.?v\.?|intravenous(?:ly)?)(?![a-z])|정맥)", "IV"),
        rule(R"(\b(?:i\.?m\.?|intramuscular(?:ly)?)(?![a-z])|근육)", "IM"),
        rule(R"(\b(?:s\.?c\.?|s\.?q\.?|sub\s*-?\s*q|subcut(?:aneous(?:ly)?)?)(?![a-z])|피하)", "SC"),
        rule(R"(\b(?:s\.?l\.?|sublingual(?:ly)?)(?![a-z])|설하)", "SL"),
        rule(R"(\b(?:p\.?r\.?|per\s+rectum|rectal(?:ly)?)(?![a-z])|직장)", "PR"),
        rule(R"(\b(?:topical(?:ly)?)\b|외용|도포)", "topical"),
        rule(R"(\b(?:inhal(?:ed|ation)|inh|nebuli[sz]ed|via\s+nebuli[sz]er)(?![a-z])|흡입)", "inhalation"),
        rule(R"(\bophthalmic\b|\b(?:each|both|affected)\s+eyes?\b|점안)", "ophthalmic"),
        rule(R"(\b(?:intranasal(?:ly)?|nasal(?:ly)?|each\s+nostril)\b|점비)", "nasal"),
        rule(R"(\btransdermal(?:ly)?\b)", "transdermal"),
        rule(R"(\bvaginal(?:ly)?\b|질내)", "vaginal"),
    };
    static const QRegularExpression subcutAbbreviation(QStringLiteral(R"(^(?:s\.?c\.?|s\.?q\.?|sub\s*-?\s*q)$)"),
                                                       patternOptions);
    int routeStart = -1;
    for (const RouteRule &rule : rules) {
        scanner.scan(rule.pattern, [&](const QRegularExpressionMatch &match) {
            if (routeStart < 0 || match.capturedStart() < routeStart) {
                dose->route = rule.route;
                routeStart = int(match.capturedStart());
            }
            if (rule.route == QLatin1String("SC") && subcutAbbreviation.match(match.captured(0)).hasMatch())
                addAbbreviationWarning(QStringLiteral("abbreviation-subcut"), match.captured(0), dose);
            return true;
        });
    }
}

} // namespace

bool parseDoseNumber(const QString &written, double *value)
{
    static const QRegularExpression mixed(QStringLiteral(R"(^(\d+)\s+(\d+)/(\d+)$)"));
    static const QRegularExpression fraction(QStringLiteral(R"(^(\d+)/(\d+)$)"));
    static const QRegularExpression vulgar(QStringLiteral(R"(^(\d*)([½¼¾⅓⅔])$)"));
    static const QRegularExpression thousands(QStringLiteral(R"(^\d{1,3}(?:,\d{3})+(?:\.\d+)?$)"));
    static const QRegularExpression decimalComma(QStringLiteral(R"(^(\d+),(\d{1,2})$)"));
    static const QRegularExpression plain(QStringLiteral(R"(^(?:\d+(?:\.\d+)?|\.\d+)$)"));
    const QString text = written.trimmed();
    QRegularExpressionMatch match;
    bool ok = false;
    if ((match = mixed.match(text)).hasMatch()) {
        const double denominator = match.captured(3).toDouble();
        if (denominator == 0)
            return false;
        *value = match.captured(1).toDouble() + match.captured(2).toDouble() / denominator;
        return true;
    }
    if ((match = fraction.match(text)).hasMatch()) {
        const double denominator = match.captured(2).toDouble();
        if (denominator == 0)
            return false;
        *value = match.captured(1).toDouble() / denominator;
        return true;
    }
    if ((match = vulgar.match(text)).hasMatch()) {
        static const QHash<QChar, double> fractions{{QChar(0x00BD), 0.5},      {QChar(0x00BC), 0.25},
                                                    {QChar(0x00BE), 0.75},     {QChar(0x2153), 1.0 / 3.0},
                                                    {QChar(0x2154), 2.0 / 3.0}};
        *value = match.captured(1).toDouble() + fractions.value(match.captured(2).at(0));
        return true;
    }
    if (thousands.match(text).hasMatch()) {
        *value = QString(text).remove(QLatin1Char(',')).toDouble(&ok);
        return ok;
    }
    if ((match = decimalComma.match(text)).hasMatch()) {
        *value = (match.captured(1) + QLatin1Char('.') + match.captured(2)).toDouble(&ok);
        return ok;
    }
    if (plain.match(text).hasMatch()) {
        *value = text.toDouble(&ok);
        return ok;
    }
    return false;
}

QString ParsedDose::unitDisplay() const
{
    if (perUnit.isEmpty())
        return unit;
    if (perAmount == 1.0)
        return unit + QLatin1Char('/') + perUnit;
    return unit + QLatin1Char('/') + QString::number(perAmount, 'g', 12) + QLatin1Char(' ') + perUnit;
}

ParsedDose parseDose(const QString &text)
{
    ParsedDose dose;
    Scanner scanner(text);
    readFrequency(scanner, &dose);
    readDuration(scanner, &dose);
    readQuantity(scanner, &dose);
    readCount(scanner, &dose);
    readStrength(scanner, &dose);
    readRoute(scanner, &dose);
    if (scanner.start() >= 0) {
        dose.start = scanner.start();
        dose.length = scanner.end() - scanner.start();
        dose.text = text.mid(dose.start, dose.length).trimmed();
    }
    return dose;
}

} // namespace vlmwb::core
