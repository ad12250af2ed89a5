#!/usr/bin/env python3
"""Writes the bad-input corpus, tests/bad-inputs/, and its MANIFEST.tsv.

Every file is built here from bytes (standard library only), so the corpus is the same on every run:
    python3 scripts/make-bad-inputs.py            # rewrites tests/bad-inputs/
    python3 scripts/make-bad-inputs.py --check    # exit 1 when the committed corpus differs

MANIFEST.tsv columns: file (relative to tests/bad-inputs), what it is, the loader that reads it
(document: core DocumentLoader; engine: inference Engine on the file's folder; lexicon: core
DrugLexicon::loadCsv), expect (error: the load fails; note: it loads with a note; loads: it loads),
and a substring the error or note must contain. tests/core/tst_bad_inputs.cpp reads it.
"""

import base64
import hashlib
import json
import os
import struct
import sys
import zlib

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "bad-inputs")

# Seeds OpenCV 4.6 wrote (cv::imencode of a 24 x 16 grey picture: a black box and a grey diagonal):
# JPEG quality 80 and WebP lossless (quality 101). The other formats are written below from their
# specifications.
SEED_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSop"
    "GR8tMC0oMCUoKSj/wAALCAAQABgBAREA/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9"
    "AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZn"
    "aGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP0"
    "9fb3+Pn6/9oACAEBAAA/APVPjp8XP+FV/wBif8ST+1f7S8//AJe/I8vy/L/2GznzPbGPeuS+G/7RkvjXxZZ6NH4MuYUn3hp4LwzlCI2Z"
    "Rt8pR8xXbksoGckgA17R/Z9zq3z6yfLtDymnxsRx6TsrYk46oPk+ZgfMwrVynjrwdoHxR+wpqOl/a7Sz3iLUJJpodgfbuMCrgS5CLh2+"
    "QZUjf8y1Y8LfCPwZ4Y1PTdS0nS5U1DTkKW873czbdyFHbYW2ZYE5wvU5613tf//Z")
SEED_WEBP_LOSSLESS = base64.b64decode(
    "UklGRlwAAABXRUJQVlA4TFAAAAAvF8ADABcgEEhS3R9iDYFAkur+EAsEklT3h3j+A38VsIkkWdULvzzc+xAxueGclc4TEdH/CRBPz+wx"
    "/JJzYYHFUAklrhABTpOkXixxirPHPA==")


def noise(count, seed):
    """count deterministic pseudo-random bytes."""
    out = b""
    block = 0
    while len(out) < count:
        out += hashlib.sha256(f"{seed}:{block}".encode()).digest()
        block += 1
    return out[:count]


def cut(data, fraction):
    return data[: int(len(data) * fraction)]


# --- PNG ---------------------------------------------------------------------------------------

def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def grey_rows(width, height):
    """A grey picture with a box and a diagonal, row by row."""
    rows = []
    for y in range(height):
        row = bytearray(255 for _ in range(width))
        for x in range(width):
            if 4 <= x < width // 2 and 4 <= y < height // 2:
                row[x] = 0
            if x == (y * width) // height:
                row[x] = 96
        rows.append(bytes(row))
    return rows


def png(width, height, header_width=None, header_height=None, idat=None):
    raw = b"".join(b"\x00" + row for row in grey_rows(width, height))
    ihdr = struct.pack(">IIBBBBB", header_width if header_width is not None else width,
                       header_height if header_height is not None else height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr)
            + png_chunk(b"IDAT", idat if idat is not None else zlib.compress(raw, 9)) + png_chunk(b"IEND", b""))


# --- TIFF (little-endian, 8-bit grey, uncompressed, one strip) ------------------------------------

def tiff(width, height, ifd_first=True, strip_offset=None, next_ifd=None, pixels=None):
    data = pixels if pixels is not None else b"".join(grey_rows(width, height))
    entries = [
        (256, 4, 1, width),             # ImageWidth, LONG
        (257, 4, 1, height),            # ImageLength
        (258, 3, 1, 8),                 # BitsPerSample
        (259, 3, 1, 1),                 # Compression: none
        (262, 3, 1, 1),                 # Photometric: black is zero
        (273, 4, 1, 0),                 # StripOffsets, filled in below
        (277, 3, 1, 1),                 # SamplesPerPixel
        (278, 4, 1, height),            # RowsPerStrip
        (279, 4, 1, len(data)),         # StripByteCounts
    ]
    ifd_size = 2 + 12 * len(entries) + 4
    ifd_offset = 8 if ifd_first else 8 + len(data)
    data_offset = 8 + ifd_size if ifd_first else 8
    ifd = struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        if tag == 273:
            value = strip_offset if strip_offset is not None else data_offset
        packed = struct.pack("<HH", value, 0) if kind == 3 else struct.pack("<I", value)
        ifd += struct.pack("<HHI", tag, kind, count) + packed
    ifd += struct.pack("<I", ifd_offset if next_ifd == "self" else 0)
    head = b"II*\x00" + struct.pack("<I", ifd_offset)
    return head + (ifd + data if ifd_first else data + ifd)


# --- BMP (BITMAPINFOHEADER) ------------------------------------------------------------------------

def bmp(width, height, header_width=None, data_offset=None):
    row_bytes = (width * 3 + 3) // 4 * 4
    pixels = b""
    for row in reversed(grey_rows(width, height)):  # bottom-up
        pixels += b"".join(bytes([v, v, v]) for v in row).ljust(row_bytes, b"\x00")
    offset = 54 if data_offset is None else data_offset
    info = struct.pack("<IiiHHIIiiII", 40, header_width if header_width is not None else width, height, 1, 24, 0,
                       len(pixels), 2835, 2835, 0, 0)
    return b"BM" + struct.pack("<IHHI", 54 + len(pixels), 0, 0, offset) + info + pixels


def bmp_rle8(width, height):
    """An 8-bit RLE-compressed BMP: each row one run of its first value, then end of line."""
    palette = b"".join(bytes([v, v, v, 0]) for v in range(256))
    data = b""
    for row in reversed(grey_rows(width, height)):
        data += bytes([width, row[0]]) + b"\x00\x00"
    data += b"\x00\x01"  # end of bitmap
    offset = 14 + 40 + len(palette)
    info = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 8, 1, len(data), 2835, 2835, 256, 0)
    return b"BM" + struct.pack("<IHHI", offset + len(data), 0, 0, offset) + info + palette + data


# --- WebP ----------------------------------------------------------------------------------------

def riff_webp(chunks):
    body = b"WEBP" + chunks
    return b"RIFF" + struct.pack("<I", len(body)) + body


def webp_vp8x(canvas_width, canvas_height, image_chunks):
    flags = b"\x00\x00\x00\x00"
    size = (canvas_width - 1).to_bytes(3, "little") + (canvas_height - 1).to_bytes(3, "little")
    return riff_webp(b"VP8X" + struct.pack("<I", 10) + flags + size + image_chunks)


# --- PDF -----------------------------------------------------------------------------------------

def pdf(objects, trailer=b"", xref_shift=0):
    """A PDF from numbered object bodies (object i+1 = objects[i]) with a correct xref table."""
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for index, body in enumerate(objects):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (index + 1) + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % (offset + xref_shift)
    out += (b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1)) + trailer + b" >>\nstartxref\n"
    out += b"%d\n%%%%EOF\n" % xref
    return out


def stream(content):
    return b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"


PAGE_CONTENT = b"0 0 0 rg 20 20 80 30 re f 0.4 g 10 60 m 130 90 l 2 w S\n" * 4


def pdf_page(media_box=b"[0 0 144 108]", kids=b"[3 0 R]", count=1):
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids " + kids + b" /Count %d >>" % count,
                b"<< /Type /Page /Parent 2 0 R /MediaBox " + media_box + b" /Contents 4 0 R >>",
                stream(PAGE_CONTENT)])


def rc4(key, data):
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


def encrypted_pdf(user_password, owner_password):
    """Standard security handler, revision 2 (RC4, 40-bit key), PDF 1.7 section 7.6.3: the page's
    content stream is encrypted, and only the user password (or the owner's) opens the file."""
    pad = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
    padded_owner = (owner_password + pad)[:32]
    padded_user = (user_password + pad)[:32]
    owner_entry = rc4(hashlib.md5(padded_owner).digest()[:5], padded_user)             # algorithm 3
    permissions = -44
    file_id = hashlib.md5(b"vlmwb bad-inputs encrypted.pdf").digest()
    key = hashlib.md5(padded_user + owner_entry + struct.pack("<i", permissions) + file_id).digest()[:5]  # 2
    user_entry = rc4(key, pad)                                                           # algorithm 4
    object_key = hashlib.md5(key + (4).to_bytes(3, "little") + (0).to_bytes(2, "little")).digest()[:10]
    content = rc4(object_key, PAGE_CONTENT)
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 144 108] /Contents 4 0 R >>",
                stream(content),
                b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P %d /O <%s> /U <%s> >>"
                % (permissions, owner_entry.hex().encode(), user_entry.hex().encode())],
               b"/Encrypt 5 0 R /ID [<%s> <%s>]" % (file_id.hex().encode(), file_id.hex().encode()))


# --- Models: config.json and safetensors -------------------------------------------------------------

# The smallest early-fusion model the validator accepts: one 8-wide layer over 8 x 16 pixel lines.
TINY_CONFIG = {
    "format": "vlmwb-model", "version": 1, "pattern": "early_fusion",
    "input_height": 8, "patch_size": 8, "max_image_width": 16,
    "tokenizer": "bytes-v1", "vocab_size": 262,
    "decoder": {"dim": 8, "layers": 1, "heads": 2, "ff_mult": 4, "max_positions": 16},
    "early_fusion": {"mask": "prefix"},
}


def config_with(**changes):
    config = json.loads(json.dumps(TINY_CONFIG))
    for path, value in changes.items():
        node = config
        keys = path.split("__")
        for key in keys[:-1]:
            node = node[key]
        if value is DELETE:
            del node[keys[-1]]
        else:
            node[keys[-1]] = value
    return (json.dumps(config, indent=2) + "\n").encode()


DELETE = object()


def safetensors(header, data, length=None):
    text = json.dumps(header).encode() if not isinstance(header, bytes) else header
    return struct.pack("<Q", len(text) if length is None else length) + text + data


def f32_tensor(name, shape, begin=0, dtype="F32", end=None):
    count = 1
    for extent in shape:
        count *= extent
    return {name: {"dtype": dtype, "shape": shape,
                   "data_offsets": [begin, end if end is not None else begin + 4 * count]}}


# --- The corpus ----------------------------------------------------------------------------------

ROWS = []  # (file, what, loader, expect, substring)


def add(path, content, what, loader, expect, substring):
    ROWS.append((path, what, loader, expect, substring))
    FILES[path] = content


FILES = {}


def documents():
    good_png = png(24, 16)
    for extension in ["png", "jpg", "tif", "bmp", "webp", "pdf"]:
        add(f"documents/empty.{extension}", b"", f"zero-byte .{extension} file", "document", "error", "0 bytes")

    add("documents/png-truncated.png", cut(png(64, 48, idat=zlib.compress(noise(64 * 49, "png"), 0)), 0.6),
        "PNG cut off in its IDAT chunk", "document", "error", "truncated")
    add("documents/png-header-cut.png", good_png[:20], "PNG of 20 bytes: signature and half an IHDR",
        "document", "error", "header is damaged or truncated")
    bad_crc = bytearray(good_png)
    bad_crc[29:33] = b"\x00\x00\x00\x00"
    add("documents/png-bad-crc.png", bytes(bad_crc), "PNG whose IHDR CRC is wrong", "document", "error",
        "truncated or corrupt")
    add("documents/png-corrupt-zlib.png", png(24, 16, idat=noise(200, "zlib")),
        "PNG whose IDAT holds random bytes instead of a zlib stream (CRCs correct)", "document", "error",
        "truncated or corrupt")
    add("documents/png-missing-rows.png", png(24, 16, header_height=64),
        "PNG whose IHDR says 64 rows but whose IDAT holds 16 (file complete, CRCs correct)", "document",
        "error", "truncated or corrupt")
    add("documents/png-dimension-bomb.png", png(24, 16, header_width=100000, header_height=100000),
        "PNG whose IHDR claims 100000 x 100000 pixels (CRC correct)", "document", "error",
        "10000000000 pixels")
    add("documents/png-zero-width.png", png(24, 16, header_width=0), "PNG whose IHDR gives width 0",
        "document", "error", "invalid image size of 0")

    add("documents/jpeg-truncated.jpg", cut(SEED_JPEG, 0.85), "JPEG cut off in its scan", "document", "error",
        "truncated")
    add("documents/jpeg-header-only.jpg", SEED_JPEG[:20], "JPEG of SOI and APP0 only: no frame, no scan",
        "document", "error", "header is damaged or truncated")
    sof = SEED_JPEG.index(b"\xff\xc0")
    bomb = bytearray(SEED_JPEG)
    bomb[sof + 5:sof + 9] = b"\xea\x60\xea\x60"
    add("documents/jpeg-dimension-bomb.jpg", bytes(bomb), "JPEG whose frame header claims 60000 x 60000 pixels",
        "document", "error", "3600000000 pixels")
    zero = bytearray(SEED_JPEG)
    zero[sof + 5:sof + 7] = b"\x00\x00"
    add("documents/jpeg-zero-height.jpg", bytes(zero), "JPEG whose frame header gives height 0", "document",
        "error", "invalid image size")
    dht = SEED_JPEG.index(b"\xff\xc4")
    huffman = bytearray(SEED_JPEG)
    huffman[dht + 5:dht + 21] = b"\xff" * 16  # code counts summing to 4080 codes
    add("documents/jpeg-bad-huffman.jpg", bytes(huffman), "JPEG whose Huffman table counts are impossible",
        "document", "error", "truncated or corrupt")
    scan = SEED_JPEG.index(b"\xff\xda")
    scan_data = scan + 2 + int.from_bytes(SEED_JPEG[scan + 2:scan + 4], "big")
    garbage = bytes(b if b != 0xFF else 0x00 for b in noise(len(SEED_JPEG) - 2 - scan_data, "scan"))
    add("documents/jpeg-corrupt-scan.jpg", SEED_JPEG[:scan_data] + garbage + b"\xff\xd9",
        "JPEG whose entropy-coded scan is random bytes (markers intact)", "document", "error",
        "the JPEG data is corrupt")

    add("documents/tiff-truncated-data.tif", cut(tiff(64, 48), 0.5),
        "TIFF whose strip is cut off (IFD intact, before the data)", "document", "error", "truncated or corrupt")
    add("documents/tiff-truncated-ifd.tif", cut(tiff(24, 16, ifd_first=False), 0.97),
        "TIFF cut off in its IFD (IFD after the data)", "document", "error", "truncated")
    add("documents/tiff-no-ifd.tif", b"II*\x00\x00\x00\x00\x00", "TIFF header whose first IFD offset is 0",
        "document", "error", "header is damaged or truncated")
    add("documents/tiff-dimension-bomb.tif", tiff(100000, 100000, pixels=b"\x00" * 64),
        "TIFF whose IFD claims 100000 x 100000 pixels", "document", "error", "10000000000 pixels")
    add("documents/tiff-strip-past-end.tif", tiff(24, 16, strip_offset=1 << 20),
        "TIFF whose strip offset points 1 MiB past the end", "document", "error", "truncated or corrupt")
    add("documents/tiff-ifd-loop.tif", tiff(24, 16, next_ifd="self"),
        "TIFF whose IFD names itself as the next IFD (a loop)", "document", "loads", "")

    good_bmp = bmp(24, 16)
    add("documents/bmp-truncated.bmp", cut(good_bmp, 0.6), "BMP cut off in its pixel rows", "document", "error",
        "truncated")
    add("documents/bmp-header-cut.bmp", good_bmp[:30], "BMP cut off inside its info header", "document", "error",
        "header is damaged or truncated")
    add("documents/bmp-dimension-bomb.bmp", good_bmp[:18] + struct.pack("<ii", 100000, 100000) + good_bmp[26:],
        "BMP whose info header claims 100000 x 100000 pixels", "document", "error", "10000000000 pixels")
    add("documents/bmp-negative-width.bmp", bmp(24, 16, header_width=-24), "BMP whose width is -24",
        "document", "error", "invalid image size of -24")
    add("documents/bmp-data-past-end.bmp", bmp(24, 16, data_offset=1 << 20),
        "BMP whose pixel data offset points 1 MiB past the end", "document", "error", "truncated")
    add("documents/bmp-rle-truncated.bmp", cut(bmp_rle8(24, 16), 0.9),
        "8-bit RLE BMP cut off before its end-of-bitmap code", "document", "error", "truncated")

    add("documents/webp-truncated.webp", cut(SEED_WEBP_LOSSLESS, 0.6), "WebP cut off in its bitstream",
        "document", "error", "truncated")
    add("documents/webp-header-cut.webp", SEED_WEBP_LOSSLESS[:16], "WebP of 16 bytes: RIFF header only",
        "document", "error", "header is damaged or truncated")
    image_chunk = SEED_WEBP_LOSSLESS[12:]
    add("documents/webp-dimension-bomb.webp", webp_vp8x(16384, 16384, image_chunk),
        "WebP whose VP8X canvas claims 16384 x 16384 pixels", "document", "error", "268435456 pixels")
    add("documents/webp-corrupt.webp", SEED_WEBP_LOSSLESS[:25] + noise(len(SEED_WEBP_LOSSLESS) - 25, "webp"),
        "lossless WebP whose bitstream after the size is random bytes", "document", "error", "truncated or corrupt")
    add("documents/webp-unknown-chunk.webp", riff_webp(b"ABCD" + struct.pack("<I", 8) + b"\x00" * 8),
        "RIFF WEBP whose first chunk is neither VP8, VP8L nor VP8X", "document", "error",
        "header is damaged or truncated")

    good_pdf = pdf_page()
    add("documents/pdf-truncated.pdf", cut(good_pdf, 0.5), "one-page PDF cut off in its content stream",
        "document", "error", "truncated")
    add("documents/pdf-garbage.pdf", b"%PDF-1.4\n" + noise(2000, "pdf"), "PDF signature then random bytes",
        "document", "error", "damaged or truncated")
    add("documents/pdf-no-pages.pdf", pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                                           b"<< /Type /Pages /Kids [] /Count 0 >>"]),
        "PDF whose page tree is empty", "document", "error", "no pages")
    add("documents/pdf-encrypted.pdf", encrypted_pdf(b"secret", b"owner"),
        "PDF encrypted with RC4-40, user password \"secret\"", "document", "error", "password")
    add("documents/pdf-page-bomb.pdf", pdf_page(media_box=b"[0 0 14400 14400]"),
        "PDF whose page is 200 x 200 inches (40000 x 40000 pixels at 200 dpi)", "document", "error",
        "1600000000 pixels")
    add("documents/pdf-pages-loop.pdf", pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                                             b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"]),
        "PDF whose page tree names itself as its kid (a loop)", "document", "error", "PDF file")
    add("documents/pdf-bad-xref.pdf",
        pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
             b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 144 108] /Contents 4 0 R >>", stream(PAGE_CONTENT)],
            xref_shift=7),
        "one-page PDF whose xref offsets are all 7 bytes off (readers rebuild the table)", "document", "loads", "")

    add("documents/png-named.jpg", good_png, "a good PNG named .jpg", "document", "note",
        "the content is PNG although the extension is \"jpg\"")
    add("documents/pdf-named.png", good_pdf, "a good PDF named .png", "document", "note",
        "the content is PDF although the extension is \"png\"")
    add("documents/text-named.png", b"Amoxicillin 500 mg three times a day\n", "a text file named .png",
        "document", "error", "not in a supported format")
    add("documents/html-named.pdf", b"<!DOCTYPE html>\n<html><body>Error 404</body></html>\n",
        "an HTML error page saved as .pdf", "document", "error", "not in a supported format")


def models():
    weights_tiny = safetensors(f32_tensor("extra.weight", [2]), b"\x00" * 8)

    # Engine errors read "<folder>/<file>: <cause>", so each substring starts with the file at fault.
    def config_case(name, content, what, substring):
        add(f"models/{name}/config.json", content, what, "engine", "error", substring)

    config_case("config-empty", b"", "zero-byte config.json",
                "config.json: the model configuration is not valid JSON")
    config_case("config-not-json", b"pattern: projection\ndim: 64\n", "config.json in YAML",
                "config.json: the model configuration is not valid JSON")
    config_case("config-array", b"[1, 2, 3]\n", "config.json holding a JSON list",
                "config.json: the model configuration must be a JSON object; this file holds a JSON array")
    config_case("config-string-dim", config_with(decoder__dim="64"), "decoder.dim is the string \"64\"",
                "config.json: key \"decoder.dim\" must be an integer")
    config_case("config-float-heads", config_with(decoder__heads=2.5), "decoder.heads is 2.5",
                "config.json: key \"decoder.heads\" must be an integer")
    config_case("config-negative-layers", config_with(decoder__layers=-3), "decoder.layers is -3",
                "config.json: key \"decoder.layers\" must be at least 1, but is -3")
    config_case("config-unknown-key", config_with(decoder__dropout=0.1), "decoder has an unknown key \"dropout\"",
                "config.json: key \"decoder.dropout\" is not a known setting")
    config_case("config-unknown-pattern", config_with(pattern="qformer"), "pattern \"qformer\"",
                "config.json: key \"pattern\" has the unknown value \"qformer\"")
    config_case("config-missing-decoder", config_with(decoder=DELETE), "no decoder section",
                "config.json: key \"decoder\" is missing")
    config_case("config-huge-version", config_with(version=18446744073709551615),
                "version is 2^64-1 (does not fit a signed 64-bit integer)",
                "config.json: key \"version\" is too large (18446744073709551615)")
    # 2^30 rows of 2^30 + 1 tokens, plus one: 2^60 + 2^30 + 1, which 32 bits cannot hold.
    config_case("config-token-overflow", config_with(input_height=1 << 30, max_image_width=1 << 30, patch_size=1),
                "2^30 x 2^30 patches: the visual token count overflows 32 bits",
                "config.json: key \"decoder.max_positions\" is 16, too small for the 1152921505680588801 visual tokens")
    add("models/config-dimension-bomb/config.json", config_with(decoder__dim=8192, decoder__layers=8),
        "decoder 8192 wide, 8 layers (6.4 G weights, 26 GB as float) beside a 2-value weights file", "engine",
        "error", "config-dimension-bomb/config.json describes a model of at least 6444728320")
    FILES["models/config-dimension-bomb/model.safetensors"] = weights_tiny

    def weights_case(name, content, what, substring):
        add(f"models/{name}/model.safetensors", content, what, "engine", "error", substring)
        FILES[f"models/{name}/config.json"] = config_with()

    add("models/weights-missing/config.json", config_with(),
        "a model folder with config.json but no model.safetensors", "engine", "error",
        "weights-missing/model.safetensors\" are missing")
    weights_case("weights-empty", b"", "zero-byte model.safetensors",
                 "model.safetensors: the file is 0 bytes long, too short to be a safetensors file")
    weights_case("weights-header-length-huge", struct.pack("<Q", 1 << 63) + b"{}", "header length 2^63",
                 "model.safetensors: the header length 9223372036854775808 is beyond the limit of")
    weights_case("weights-header-length-past-end", struct.pack("<Q", 4096) + b"{}" + b" " * 30,
                 "header length 4096 in a 40-byte file",
                 "model.safetensors: the header length 4096 is beyond the end of the 40-byte file")
    weights_case("weights-header-json-truncated", safetensors(b'{"text_embed.weight": {"dtype": "F32", "sha', b""),
                 "header JSON cut off mid-key", "model.safetensors: the header is not valid JSON")
    weights_case("weights-header-not-object", safetensors(b"[1, 2]", b""), "header is a JSON list",
                 "model.safetensors: the header is JSON but not an object of tensors")
    weights_case("weights-offsets-past-end", safetensors(f32_tensor("text_embed.weight", [262, 8]), b"\x00" * 64),
                 "tensor data_offsets [0, 8384] in a file with 64 bytes of data",
                 "model.safetensors: tensor \"text_embed.weight\" has data_offsets [0, 8384] beyond the 64 bytes")
    weights_case("weights-shape-dtype-mismatch",
                 safetensors(f32_tensor("text_embed.weight", [2, 3], end=16), b"\x00" * 16),
                 "shape [2, 3] of F32 (24 bytes) but data_offsets span 16",
                 "model.safetensors: tensor \"text_embed.weight\" has shape [2, 3] of F32, which needs 24 bytes")
    weights_case("weights-unknown-dtype", safetensors(f32_tensor("text_embed.weight", [4], dtype="F8"), b"\x00" * 16),
                 "dtype \"F8\"", "model.safetensors: tensor \"text_embed.weight\" has the unknown dtype \"F8\"")
    weights_case("weights-negative-shape",
                 safetensors({"w": {"dtype": "F32", "shape": [-4], "data_offsets": [0, 16]}}, b"\x00" * 16),
                 "shape [-4]", "model.safetensors: the \"shape\" of tensor \"w\" holds -4, which is not a "
                 "non-negative integer")
    overlap = dict(f32_tensor("a", [4]))
    overlap.update(f32_tensor("b", [4], begin=8))
    weights_case("weights-overlap", safetensors(overlap, b"\x00" * 24), "two tensors sharing 8 bytes",
                 "model.safetensors: the data of tensor \"b\" at [8, 24] overlaps that of tensor \"a\" at [0, 16]")
    weights_case("weights-too-few", weights_tiny, "a valid file of 2 values for a model of at least 2992",
                 "model.safetensors: the file holds 2 weights, but")
    # Enough values to pass the engine's up-front size check, so the tensor-by-tensor match runs.
    weights_case("weights-wrong-tensors", safetensors(f32_tensor("extra.weight", [3000]), b"\x00" * 12000),
                 "a valid file holding only a tensor the model lacks",
                 "model.safetensors: the weights do not fit the model")
    weights_case("weights-wrong-shape", safetensors(f32_tensor("text_embed.weight", [400, 8]), b"\x00" * 12800),
                 "text_embed.weight stored as [400, 8] where the model has [262, 8]",
                 "\"text_embed.weight\" has shape [400, 8] in the file but [262, 8] in the model")


def lexicons():
    header = b"name,generic,kind,forms,routes,units,strengths\n"
    good = b"amoxicillin,amoxicillin,generic,capsule,PO,mg,250 mg;500 mg\n"

    def case(name, content, what, substring):
        add(f"lexicons/{name}", content, what, "lexicon", "error", substring)

    case("empty.csv", b"", "zero-byte lexicon", "the drug lexicon is empty")
    case("latin1.csv", header + "céfuroxime,cefuroxime,generic,,,mg,\n".encode("latin-1"),
         "Latin-1 text (é as one byte 0xE9) on line 2", "line 2: the text is not valid UTF-8")
    case("utf16-bom.csv", (header + good).decode().encode("utf-16"), "UTF-16 little-endian with a byte order mark",
         "UTF-16")
    case("unclosed-quote.csv", header + good + b'"amoxicillin,amoxicillin,generic,,,mg,\n',
         "a quoted field on line 3 never closed", "line 3: a quoted field is never closed")
    case("quote-in-field.csv", header + b'amox"il,amoxicillin,brand,,,mg,\n',
         "a bare quote inside an unquoted field", "line 2: a quote appears inside unquoted field 1")
    case("text-after-quote.csv", header + b'"Amoxil" tablets,amoxicillin,brand,,,mg,\n',
         "text after a closing quote", "line 2: text follows a closing quote in field 1")
    case("wrong-header.csv", b"drug,generic,kind\n" + good, "header row with other column names",
         "the header row is")
    case("wrong-columns.csv", header + good + b"amoxicillin,amoxicillin\n", "a row with 2 of 7 columns",
         "line 3: 2 columns where the header has 7")
    case("bad-kind.csv", header + b"amoxicillin,amoxicillin,antibiotic,,,mg,\n", "kind \"antibiotic\"",
         "kind \"antibiotic\" is not one of")
    case("binary.csv", png(8, 8), "a PNG named .csv", "not valid UTF-8")


def main():
    documents()
    models()
    lexicons()
    manifest = "file\twhat\tloader\texpect\tmessage\n" + "".join("\t".join(row) + "\n" for row in ROWS)
    FILES["MANIFEST.tsv"] = manifest.encode()
    check = "--check" in sys.argv[1:]
    differing = []
    for path, content in sorted(FILES.items()):
        target = os.path.join(OUT, path)
        if check:
            try:
                with open(target, "rb") as existing:
                    if existing.read() != content:
                        differing.append(path)
            except FileNotFoundError:
                differing.append(path)
            continue
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as file:
            file.write(content)
    if check and differing:
        print("differs from the generator: " + ", ".join(differing), file=sys.stderr)
        return 1
    total = sum(len(content) for content in FILES.values())
    print(f"{len(ROWS)} manifest rows, {len(FILES)} files, {total} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
