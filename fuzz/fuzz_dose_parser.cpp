// Feeds arbitrary UTF-8 (invalid sequences become U+FFFD, as they would from OCR text) to the dose
// parser (parseDose) and to the label-number reader (parseDoseNumber). parseDose promises never to
// fail; checks that the span it reports lies inside the text and that counts are not negative.
#include "fuzz/fuzz_target.h"

#include "core/dose_parser.h"

#include <cmath>

namespace vlmwb::fuzz {

void feedDoseParser(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const core::ParsedDose dose = core::parseDose(text);
    if (!dose.isEmpty()) {
        require(dose.start >= 0 && dose.length >= 0 && dose.start + dose.length <= text.size(),
                "the dose span lies inside the parsed text");
        require(text.mid(dose.start, dose.length).contains(dose.text), "the dose text is taken from its span");
    }
    require(dose.durationDays >= 0 && dose.quantity >= 0, "duration and quantity are not negative");
    require(std::isfinite(dose.timesPerDay) && dose.timesPerDay >= 0, "doses a day is a finite count");
    Q_UNUSED(dose.unitDisplay())

    double value = 0;
    if (core::parseDoseNumber(text, &value))
        require(!std::isnan(value), "a label number is a number");
}

} // namespace vlmwb::fuzz

VLMWB_FUZZ_TARGET(vlmwb::fuzz::feedDoseParser)
