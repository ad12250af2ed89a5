// Feeds arbitrary bytes to DocumentLoader::decode, the in-memory half of opening a document: magic
// bytes pick the PNG, JPEG, TIFF, BMP, WebP or PDF loader, which checks the header and decodes with
// OpenCV, libjpeg or poppler. Checks that a load gives an error sentence or pages that all hold
// pixels within the pixel limit. The limits are lowered so a decoded page fits the fuzzer's memory.
#include "fuzz/fuzz_target.h"

#include "core/document_loader.h"

namespace vlmwb::fuzz {

void feedImageDecode(const std::uint8_t *data, std::size_t size)
{
    core::DocumentLoadOptions options;
    options.pixelLimit = 4'000'000;
    options.pdfDpi = 50;
    const core::DocumentLoader loader(options);
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const core::DocumentLoadResult result = loader.decode(bytes, QStringLiteral("fuzz-input"));
    if (!result.error.isEmpty())
        return;
    require(!result.document.pages.isEmpty(), "a loaded document has pages");
    for (const core::Page &page : result.document.pages) {
        require(!page.pixels.empty(), "every loaded page holds pixels");
        require(qint64(page.pixels.cols) * page.pixels.rows <= options.pixelLimit,
                "no loaded page is above the pixel limit");
    }
}

} // namespace vlmwb::fuzz

VLMWB_FUZZ_TARGET(vlmwb::fuzz::feedImageDecode)
