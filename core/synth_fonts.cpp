#include "core/synth_fonts.h"

#include "core/synth_text.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>

namespace vlmwb::core {

namespace {

struct FontFile {
    const char *path;
    const char *family;
    bool bold;
    bool korean;
    const char *package;
};

// scripts/install-deps.sh installs these packages.
const FontFile fontFiles[] = {
    {"truetype/liberation2/LiberationSans-Regular.ttf", "Liberation Sans", false, false, "fonts-liberation2"},
    {"truetype/liberation2/LiberationSans-Bold.ttf", "Liberation Sans", true, false, "fonts-liberation2"},
    {"truetype/liberation2/LiberationSerif-Regular.ttf", "Liberation Serif", false, false, "fonts-liberation2"},
    {"truetype/liberation2/LiberationSerif-Bold.ttf", "Liberation Serif", true, false, "fonts-liberation2"},
    {"truetype/liberation2/LiberationMono-Regular.ttf", "Liberation Mono", false, false, "fonts-liberation2"},
    {"truetype/dejavu/DejaVuSans.ttf", "DejaVu Sans", false, false, "fonts-dejavu-core"},
    {"truetype/dejavu/DejaVuSans-Bold.ttf", "DejaVu Sans", true, false, "fonts-dejavu-core"},
    {"truetype/dejavu/DejaVuSerif.ttf", "DejaVu Serif", false, false, "fonts-dejavu-core"},
    {"truetype/dejavu/DejaVuSerif-Bold.ttf", "DejaVu Serif", true, false, "fonts-dejavu-core"},
    {"truetype/nanum/NanumGothic.ttf", "NanumGothic", false, true, "fonts-nanum"},
    {"truetype/nanum/NanumGothicBold.ttf", "NanumGothic", true, true, "fonts-nanum"},
    {"truetype/nanum/NanumMyeongjo.ttf", "NanumMyeongjo", false, true, "fonts-nanum"},
    {"truetype/nanum/NanumMyeongjoBold.ttf", "NanumMyeongjo", true, true, "fonts-nanum"},
    {"truetype/nanum/NanumBarunGothic.ttf", "NanumBarunGothic", false, true, "fonts-nanum"},
    {"truetype/nanum/NanumBarunGothicBold.ttf", "NanumBarunGothic", true, true, "fonts-nanum"},
    {"opentype/noto/NotoSansCJK-Regular.ttc", "Noto Sans CJK KR", false, true, "fonts-noto-cjk"},
    {"opentype/noto/NotoSansCJK-Bold.ttc", "Noto Sans CJK KR", true, true, "fonts-noto-cjk"},
};

// Holds this file's tr(): lupdate files its strings under the context named here, the one
// QCoreApplication::translate() looks them up in at run time.
class SynthFontsText
{
    Q_DECLARE_TR_FUNCTIONS(vlmwb::core::SynthFontLibrary)
};

} // namespace

QFont SynthFontFace::font(int pixelSize) const
{
    QFont result(family);
    result.setPixelSize(pixelSize);
    result.setWeight(bold ? QFont::Bold : QFont::Normal);
    // No font merging (a fallback face would betray the recorded font) and no subpixel
    // antialiasing or hinting, which depend on the machine's fontconfig settings.
    result.setStyleStrategy(QFont::StyleStrategy(QFont::NoFontMerging | QFont::NoSubpixelAntialias));
    result.setHintingPreference(QFont::PreferNoHinting);
    result.setKerning(true);
    return result;
}

QString SynthFontFace::description(int pixelSize) const
{
    return QString("%1%2 %3px").arg(family, bold ? " Bold" : "").arg(pixelSize);
}

bool SynthFontFace::covers(const QString &text) const
{
    for (QChar character : text)
        if (!character.isSpace() && !raw.supportsCharacter(character))
            return false;
    return true;
}

const SynthFontLibrary &SynthFontLibrary::instance()
{
    static const SynthFontLibrary library;
    return library;
}

SynthFontLibrary::SynthFontLibrary()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        m_error = SynthFontsText::tr("The synthetic corpus renders text and needs a QGuiApplication.");
        return;
    }
    const QString root = qEnvironmentVariable("VLMWB_FONT_DIR", "/usr/share/fonts");
    for (const FontFile &file : fontFiles) {
        const QString path = root + '/' + QLatin1String(file.path);
        if (!QFileInfo::exists(path)) {
            m_error = SynthFontsText::tr("The font file %1 is missing; install the Debian package %2 "
                                         "(scripts/install-deps.sh installs it).")
                          .arg(path, QLatin1String(file.package));
            return;
        }
        const int id = QFontDatabase::addApplicationFont(path);
        if (id < 0 || !QFontDatabase::applicationFontFamilies(id).contains(QLatin1String(file.family))) {
            m_error = SynthFontsText::tr("The font file %1 could not be loaded as the family %2.")
                          .arg(path, QLatin1String(file.family));
            return;
        }
        SynthFontFace face;
        face.family = QLatin1String(file.family);
        face.bold = file.bold;
        face.korean = file.korean;
        face.path = path;
        const QFont font = face.font(32);
        if (QFontInfo(font).family() != face.family || QFontInfo(font).bold() != face.bold) {
            m_error = SynthFontsText::tr("The font %1 resolves to %2 instead; the font configuration hides it.")
                          .arg(face.description(32), QFontInfo(font).family());
            return;
        }
        face.raw = QRawFont::fromFont(font);
        if (face.korean && !face.covers(QString::fromUtf8("가힣"))) {
            m_error = SynthFontsText::tr("The font file %1 has no Hangul glyphs.").arg(path);
            return;
        }
        m_faces.append(face);
    }
}

QList<int> SynthFontLibrary::candidates(const QString &text, bool includeKorean) const
{
    const bool hangul = containsHangul(text);
    QList<int> result;
    for (int i = 0; i < m_faces.size(); ++i) {
        const SynthFontFace &face = m_faces.at(i);
        if ((hangul && !face.korean) || (!hangul && face.korean && !includeKorean))
            continue;
        if (face.covers(text))
            result.append(i);
    }
    return result;
}

} // namespace vlmwb::core
