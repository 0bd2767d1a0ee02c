"""Bytes to text: BOMs, a declared charset, strict UTF-8, then detection among Chinese codecs."""

from __future__ import annotations

import codecs
import re
from functools import cache

from kg.errors import InputError

__all__ = ["CJK_CHAR", "declared_charset", "decode_bytes"]

# Magic numbers of formats someone may plausibly pass by mistake.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or .docx/.xlsx)"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"BZh91AY&SY", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office (OLE) document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x00asm", "WebAssembly module"),
    (b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (b"RIFF", "RIFF (audio/video/WebP) file"),
)

# UTF-32 first: its little-endian BOM starts with the UTF-16 one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# GBK and GB2312 are subsets of GB18030, and pages that declare them often use
# characters only GB18030 has.
_DECLARED_ALIASES = {
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "gb_2312-80": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "euc-cn": "gb18030",
    "x-euc-cn": "gb18030",
}

_DETECTABLE = ["gb18030", "big5", "utf_16", "utf_16_le", "utf_16_be", "utf_8", "big5hkscs"]
# Tried as well when charset-normalizer proposes nothing usable, in this order.
_FALLBACKS = ("gb18030", "big5", "big5hkscs", "utf-16-le", "utf-16-be")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SAMPLE = 1 << 16
_DETECT_BYTES = 1 << 20  # charset-normalizer sees this much: it is slow on large input


def decode_bytes(data: bytes, name: str, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and say how: ``(text, encoding)``.

    In order: a byte-order mark, strict UTF-8, the ``declared`` charset (from an HTML
    meta tag), then charset-normalizer restricted to Chinese encodings and UTF-16,
    keeping the candidate whose text reads most like Chinese.
    """
    if not data.strip():
        raise InputError(name, "empty document")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(name, f"binary file, not text (looks like {kind})")
    declared_codec = _codec(declared) if declared else None

    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as err:
                where = len(bom) + err.start
                label = "UTF-8" if codec == "utf-8" else codec.upper()
                raise InputError(
                    name,
                    f"invalid {label} at byte {where} although the file declares {label}",
                ) from None
            return _checked(text, name), "utf-8-sig" if codec == "utf-8" else codec

    utf16 = _sniff_utf16(data)
    if utf16 is not None:
        return _checked(utf16[0], name), utf16[1]

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        if declared_codec == "utf-8":
            raise InputError(
                name, f"invalid UTF-8 at byte {err.start} although the file declares UTF-8"
            ) from None
    else:
        if _looks_like_text(text):
            return _checked(text, name), "utf-8"

    if declared_codec and declared_codec != "utf-8":
        try:
            text = data.decode(declared_codec)
        except UnicodeDecodeError:
            pass
        else:
            if _looks_like_text(text):
                return _checked(text, name), declared_codec

    if b"\x00" in data:
        raise InputError(name, "binary file, not text (contains NUL bytes)")
    best = _detect(data)
    if best is not None:
        return _checked(best[0], name), best[1]
    if len(_CONTROL.findall(data[:_SAMPLE].decode("latin-1"))) > 0:
        raise InputError(name, "binary file, not text (contains control characters)")
    raise InputError(name, "cannot detect the text encoding")


def _codec(label: str) -> str | None:
    label = label.strip().lower()
    label = _DECLARED_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _checked(text: str, name: str) -> str:
    if not text.strip():
        raise InputError(name, "empty document")
    if "\x00" in text:
        raise InputError(name, "binary file, not text (contains NUL characters)")
    if not _looks_like_text(text):
        raise InputError(name, "binary file, not text (contains control characters)")
    return text


def _looks_like_text(text: str) -> bool:
    """No NUL and at most a few stray control characters in the first 64K characters."""
    sample = text[:_SAMPLE]
    if "\x00" in sample:
        return False
    return len(_CONTROL.findall(sample)) <= max(2, len(sample) // 100)


def _sniff_utf16(data: bytes) -> tuple[str, str] | None:
    """Decode BOM-less UTF-16 recognised by its zero bytes (ASCII is ``X\\0`` or ``\\0X``)."""
    sample = data[:_SAMPLE]
    sample = sample[: len(sample) - len(sample) % 2]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    # Some CJK characters have a zero byte too (一 is U+4E00), so one side need
    # not be zero-free, only much rarer than the other.
    if odd >= max(2, pairs // 10) and even * 4 <= odd:
        codec = "utf-16-le"
    elif even >= max(2, pairs // 10) and odd * 4 <= even:
        codec = "utf-16-be"
    elif even + odd and len(data) % 2 == 0:
        return _utf16_by_content(data)
    else:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return (text, codec) if _looks_like_text(text) else None


def _utf16_by_content(data: bytes) -> tuple[str, str] | None:
    """BOM-less UTF-16 of almost all-CJK text has few zero bytes: tell it by how it reads."""
    best: tuple[float, str, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _chinese_score(text[:_SAMPLE])
        if score >= 0.5 and (best is None or score > best[0]):
            best = (score, text, codec)
    return (best[1], best[2]) if best is not None else None


def _detect(data: bytes) -> tuple[str, str] | None:
    """The decoding that reads most like Chinese, among charset-normalizer's and fallbacks.

    Candidates are scored on the first 64 KB and only the winner decodes the whole,
    so a large file costs one decoded copy.
    """
    from charset_normalizer import from_bytes

    candidates: list[str] = []
    for match in from_bytes(data[:_DETECT_BYTES], cp_isolation=_DETECTABLE):
        if match.encoding in ("utf_16", "utf-16"):
            candidates += ["utf-16-le", "utf-16-be"]
        else:
            candidates.append(match.encoding)
    candidates += _FALLBACKS

    sample = data[:_SAMPLE]
    scored: list[tuple[float, int, str]] = []
    tried: set[str] = set()
    for order, candidate in enumerate(candidates):
        codec = _codec(candidate)
        if codec is None or codec in tried:
            continue
        tried.add(codec)
        decoder = codecs.getincrementaldecoder(codec)("strict")
        try:
            text = decoder.decode(sample, final=len(sample) == len(data))
        except UnicodeDecodeError:
            continue
        score = _chinese_score(text)
        if score >= 0:
            scored.append((-score, order, codec))
    for _, _, codec in sorted(scored):
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    return None


CJK_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_CJK_OR_PUNCT = re.compile(
    r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
    r"\u3000-\u303f\uff00-\uffef\u2010-\u2027\u00b7]"
)


def _chinese_score(sample: str) -> float:
    """How much ``sample`` reads like Chinese: -1 if not mostly CJK, else the share of
    frequent characters among its ideographs (a wrong Chinese codec gives rare ones)."""
    if not _looks_like_text(sample):
        return -1.0
    wide = [ch for ch in sample if ch > "\x7f" and not ch.isspace()]
    if not wide:
        return -1.0
    if len(_CJK_OR_PUNCT.findall("".join(wide))) < 0.7 * len(wide):
        return -1.0
    ideographs = CJK_CHAR.findall(sample)
    if not ideographs:
        return 0.0
    common = _common_chars()
    return sum(ch in common for ch in ideographs) / len(ideographs)


@cache
def _common_chars() -> frozenset[str]:
    # The 500 most frequent simplified characters and the traditional forms of those
    # that differ: text decoded with the right codec is mostly made of them.
    return frozenset(
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也"
        "能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实"
        "加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样"
        "与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情"
        "者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级"
        "少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色"
        "光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再"
        "采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马"
        "节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须"
        "际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准"
        "精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火"
        "住调满县局照参红细引听该铁价严龙飞"
        "並來個們備傳價兒內兩別則劃動務勞區卻參員問單嚴國圓圖團報場壓學實寫將專對導層屬帶幹幾廠廣"
        "張強後從應戰採據數斷於時書會東條業極構標樣機權歷氣決沒況準溫滿濟無熱爭爲狀現產當發確礦種"
        "稱積節約紅級細組結給統經維線縣總織羣義習聯聲聽與華萬處號衆術裏裝覆見規親觀計記設許話該認"
        "說調論證識議變資質車軍較轉辦農這連進運過達適選還邊鐵長門開間關隊階際離難電響須領頭題類風"
        "飛養馬驗體鬥麼點黨龍為眾"
    )


_DECLARED_CHARSET = (
    re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:\-]+)", re.IGNORECASE),
    re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:\-]+)", re.IGNORECASE),
)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB (meta charset, http-equiv, XML)."""
    head = data[:4096]
    for pattern in _DECLARED_CHARSET:
        match = pattern.search(head)
        if match:
            return match.group(1).decode("ascii")
    return None
