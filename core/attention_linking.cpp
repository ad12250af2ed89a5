#include "core/attention_linking.h"

namespace vlmwb::core {

namespace {

double area(const QRectF &rect)
{
    return rect.isValid() ? rect.width() * rect.height() : 0.0;
}

} // namespace

double inBoxShare(const std::vector<AttentionCell> &cells, const QRectF &box)
{
    double total = 0;
    double inside = 0;
    const QRectF normalizedBox = box.normalized();
    for (const AttentionCell &cell : cells) {
        const double cellArea = area(cell.rect);
        if (cellArea <= 0 || cell.weight <= 0)
            continue;
        total += cell.weight;
        inside += cell.weight * area(cell.rect.normalized() & normalizedBox) / cellArea;
    }
    return total > 0 ? inside / total : -1.0;
}

LineLink linkLine(const std::vector<CharacterAttention> &characters, const QRectF &lineBox)
{
    LineLink line;
    double sum = 0;
    for (const CharacterAttention &character : characters) {
        CharacterLink link;
        link.text = character.text;
        link.visualMass = character.visualMass;
        const double share = inBoxShare(character.cells, lineBox);
        if (share >= 0) {
            link.defined = true;
            link.inBoxShare = share;
            link.outBoxShare = 1.0 - share;
            sum += share;
            ++line.definedCharacters;
        }
        line.characters.push_back(link);
    }
    line.meanInBoxShare = line.definedCharacters > 0 ? sum / line.definedCharacters : 0.0;
    return line;
}

double runMeanInBoxShare(const std::vector<LineLink> &lines)
{
    double sum = 0;
    int count = 0;
    for (const LineLink &line : lines)
        for (const CharacterLink &character : line.characters)
            if (character.defined) {
                sum += character.inBoxShare;
                ++count;
            }
    return count > 0 ? sum / count : 0.0;
}

} // namespace vlmwb::core
