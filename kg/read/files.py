"""Read documents from files, directories, globs, stdin, bytes and strings.

Each input becomes one or more :class:`~kg.model.Document` whose ``text`` is the
decoded text with line breaks normalised to ``\\n`` and nothing else changed
(HTML is the exception: its text is what the main block of the page renders to).
Every problem a user can fix is raised as :class:`~kg.errors.InputError`.
"""

from __future__ import annotations

import codecs
import datetime
import glob
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, BinaryIO, cast

from kg.errors import InputError
from kg.model import Document
from kg.text.normalize import matching_text

if TYPE_CHECKING:
    from lxml.etree import _Element as Element

__all__ = [
    "SUPPORTED_SUFFIXES",
    "decode_bytes",
    "detect_date",
    "detect_title",
    "expand_inputs",
    "read_bytes",
    "read_path",
    "read_text",
]

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")

_FORMAT_OF_SUFFIX = {
    ".txt": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
}
_FORMATS = ("text", "html", "jsonl")
_STDIN = "-"
_STDIN_SOURCE = "<stdin>"
_GLOB_MAGIC = re.compile(r"[*?[]")


# --------------------------------------------------------------------- inputs


def expand_inputs(paths: Sequence[str]) -> list[str]:
    """The files to read for ``paths``: files as given, directories and globs expanded.

    Directories are walked recursively for files with a supported suffix (hidden
    entries skipped), in sorted order. Glob patterns (``*``, ``?``, ``[``, ``**``)
    are expanded in sorted order; of their matches only supported files are kept,
    unless none is, so that reading them reports the unsupported format. ``-``
    (stdin) is kept. A file named twice is listed once.
    """
    out: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        if path not in seen:
            seen.add(path)
            out.append(path)

    for path in paths:
        if path == _STDIN:
            add(path)
        elif os.path.isdir(path):
            inside = _walk(path)
            if not inside:
                raise InputError(path, "no .txt, .md, .html, .htm or .jsonl file in this directory")
            for found in inside:
                add(found)
        elif os.path.lexists(path):
            add(path)
        elif _GLOB_MAGIC.search(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                raise InputError(path, "pattern matches no file")
            files: list[str] = []
            for match in matches:
                files.extend(_walk(match) if os.path.isdir(match) else [match])
            supported = [f for f in files if _is_supported(f)]
            for found in supported or files:
                add(found)
        else:
            raise InputError(path, "no such file or directory")
    return out


def _walk(directory: str) -> list[str]:
    found: list[str] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(
            os.path.join(root, name)
            for name in files
            if not name.startswith(".") and _is_supported(name)
        )
    return sorted(found)


def _is_supported(path: str) -> bool:
    return _suffix(path).lower() in _FORMAT_OF_SUFFIX


def _suffix(path: str) -> str:
    """``PurePath(path).suffix``: ``.txt`` of ``a/b.txt``, nothing for ``.hidden``."""
    name = _file_name(path)
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


def _stem(path: str) -> str:
    """``PurePath(path).stem``: ``b`` of ``a/b.txt``."""
    name = _file_name(path)
    i = name.rfind(".")
    return name[:i] if 0 < i < len(name) - 1 else name


def _file_name(path: str) -> str:
    """``PurePath(path).name``, without making a path object (a build reads thousands)."""
    name = path.rpartition("/")[2]
    if os.sep == "/" and os.altsep is None and name not in ("", "."):
        return name  # POSIX: the last component, unless the path ends in / or /.
    return PurePath(path).name


# --------------------------------------------------------------------- reading


def read_path(path: str, stdin: BinaryIO | None = None) -> list[Document]:
    """The documents in the file ``path`` (``-`` reads ``stdin``, default ``sys.stdin``).

    The format comes from the suffix; stdin is sniffed (JSON Lines, HTML, else text).
    """
    if path == _STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        return read_bytes(stream.read(), _STDIN, None, source=_STDIN_SOURCE)
    file = Path(path)
    if not file.exists():
        raise InputError(path, "no such file or directory")
    if file.is_dir():
        raise InputError(path, "is a directory, not a file")
    fmt = _format_of_suffix(path)
    try:
        data = file.read_bytes()
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as err:
        raise InputError(path, f"cannot read ({err.strerror or err})") from None
    return read_bytes(data, path, fmt, source=path)


def _format_of_suffix(path: str) -> str:
    suffix = _suffix(path).lower()
    if suffix in _FORMAT_OF_SUFFIX:
        return _FORMAT_OF_SUFFIX[suffix]
    expected = "expected .txt, .md, .html, .htm or .jsonl"
    if not suffix:
        raise InputError(path, f"unsupported format: no file suffix ({expected})")
    raise InputError(path, f"unsupported format '{suffix}' ({expected})")


def read_bytes(
    data: bytes, name: str, fmt: str | None = None, source: str | None = None
) -> list[Document]:
    """The documents in ``data``, read as the file ``name`` would be.

    ``fmt`` is ``"text"``, ``"html"``, ``"jsonl"`` or None: the suffix of ``name``
    if it is a supported one, else sniffed from the decoded text.
    """
    if fmt is None:
        fmt = _FORMAT_OF_SUFFIX.get(_suffix(name).lower())
    elif fmt not in _FORMATS:
        raise ValueError(f"fmt must be one of {', '.join(_FORMATS)} or None, not {fmt!r}")
    declared = _declared_charset(data) if fmt in (None, "html") else None
    text, encoding = decode_bytes(data, name, declared)
    text = _normalize_newlines(text)
    if fmt is None:
        fmt = _sniff_format(text)
    if source is None:
        source = name
    if fmt == "jsonl":
        return _read_jsonl(text, name, source, encoding)
    doc_id = _doc_id(name, data)
    if fmt == "html":
        body, title, date = _read_html(text, name)
        return [Document(doc_id, body, title, date, source, None, encoding)]
    return [Document(doc_id, text, detect_title(text), detect_date(text), source, None, encoding)]


def read_text(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    date: str | None = None,
    source: str | None = None,
    province: str | None = None,
) -> Document:
    """A document from a string; title and date are detected when not given."""
    text = _normalize_newlines(text)
    if id is None:
        id = "text-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return Document(
        id=id,
        text=text,
        title=title if title is not None else detect_title(text),
        date=date if date is not None else detect_date(text),
        source=source,
        province=province,
    )


def _doc_id(name: str, data: bytes) -> str:
    digest = hashlib.sha1(data).hexdigest()[:12]
    if name == _STDIN:
        return "stdin-" + digest
    return _stem(name) or "text-" + digest


def _normalize_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _sniff_format(text: str) -> str:
    """``jsonl`` if every non-empty line is a JSON object, ``html`` if it looks like HTML."""
    lines = [line for line in text.split("\n") if line.strip()]
    # Lines that all look like objects are read as JSON Lines even if one is broken,
    # so that the user hears which line is broken instead of getting JSON as prose.
    if lines and all(line.lstrip().startswith("{") for line in lines):
        try:
            first = json.loads(lines[0])
        except ValueError:
            first = None
        if isinstance(first, dict):
            return "jsonl"
    if _LOOKS_LIKE_HTML.search(text[:4096]) and text.lstrip().startswith("<"):
        return "html"
    return "text"


_LOOKS_LIKE_HTML = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)\b", re.IGNORECASE
)


# --------------------------------------------------------------------- decoding

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


_CJK_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
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
    ideographs = _CJK_CHAR.findall(sample)
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


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB (meta charset, http-equiv, XML)."""
    head = data[:4096]
    for pattern in _DECLARED_CHARSET:
        match = pattern.search(head)
        if match:
            return match.group(1).decode("ascii")
    return None


# --------------------------------------------------------------------- metadata

# A stated date: 2025年7月25日, 2025-07-25, 2025.07.25 or 2025/7/25 (one separator
# throughout), and the 二〇二五年七月二十五日 of signed policy documents. The pattern opens
# with a class, the year's first digit, so that re skips to such a character instead of
# trying the pattern at each one; the year is the match's first four characters.
_DATE = re.compile(
    r"[\d〇零一二三四五六七八九](?:"
    r"(?<=\d)(?<!\d\d)\d{3}\s*(?:"  # 2025, not the end of a longer number
    r"年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})(?!\d)"
    r"|(?P<sep>[-./])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2})(?!\d)"
    r")"
    r"|(?<=[〇零一二三四五六七八九])[〇零一二三四五六七八九]{3}年(?P<cm>[一二三四五六七八九十]{1,2})月"
    r"(?P<cd>[一二三四五六七八九十]{1,3})日"
    r")"
)
_DATE_LABEL = re.compile(r"(?:发布|时间|日期)[^\n\d]{0,8}$")
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_HEAD_CHARS = 1500
_TAIL_CHARS = 500
_SHORT_LINE = 50


def detect_date(text: str) -> str | None:
    """The publication date stated near the start or the end of ``text``, as YYYY-MM-DD.

    A date after a 发布/时间/日期 label wins. Else the first date in the first 1500
    characters, else the last in the last 500, counting only dates on short lines:
    a date inside a paragraph (2020年1月3日，习近平总书记…) is an event, not the
    date the text was published.
    """
    head = list(_dates(matching_text(text[:_HEAD_CHARS])))
    tail = list(_dates(matching_text(text[max(_HEAD_CHARS, len(text) - _TAIL_CHARS) :])))
    for labelled, _, iso in head + tail:
        if labelled:
            return iso
    head_dates = [iso for _, short, iso in head if short]
    tail_dates = [iso for _, short, iso in tail if short]
    if head_dates:
        return head_dates[0]
    return tail_dates[-1] if tail_dates else None


def _dates(text: str) -> Iterator[tuple[bool, bool, str]]:
    """(labelled, on a short line, ISO date) for each valid date in ``text``."""
    for match in _DATE.finditer(text):
        iso = _iso_date(match)
        if iso is None:
            continue
        before = text[max(0, match.start() - 12) : match.start()]
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line_length = (len(text) if line_end < 0 else line_end) - line_start
        yield _DATE_LABEL.search(before) is not None, line_length <= _SHORT_LINE, iso


def _iso_date(match: re.Match[str]) -> str | None:
    year_digits = match.group()[:4]
    if match.group("cm") is not None:
        year = int("".join(str(_CN_DIGITS[c]) for c in year_digits))
        month = _cn_number(match.group("cm"))
        day = _cn_number(match.group("cd"))
    else:
        year = int(year_digits)
        month = int(match.group("m1") or match.group("m2"))
        day = int(match.group("d1") or match.group("d2"))
    if not 1900 <= year <= 2100:
        return None
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _cn_number(numeral: str) -> int:
    """一 to 三十一 as an int (十 alone is 10, 二十五 is 25); 0 if malformed."""
    if "十" not in numeral:
        return _CN_DIGITS.get(numeral, 0) if len(numeral) == 1 else 0
    tens, _, ones = numeral.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return 0
    return (_CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)


def _parse_date(value: str) -> str | None:
    """An ISO date from a metadata value such as ``2025-07-25T08:00:00+08:00``."""
    for match in _DATE.finditer(matching_text(value)):
        iso = _iso_date(match)
        if iso is not None:
            return iso
    return None


_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_TITLE_MAX = 60


def detect_title(text: str) -> str | None:
    """The first non-empty line if it is short (≤ 60 characters) and has no 。, else None.

    A Markdown heading marker (``# ``) is not part of the title. Lines of a saved web
    page's furniture before the title (``返回联盟首页 | 共产党员网``, a lone section name
    such as ``组织工作``) are skipped: the title is then the first line of at least 8
    characters among the first few.
    """
    lines = [_MARKDOWN_HEADING.sub("", raw.strip()).strip() for raw in text.split("\n", 20)[:20]]
    lines = [line for line in lines if line]
    if not lines:
        return None
    first = lines[0]
    if _NAV_LINE.search(first):
        for line in lines[1:6]:
            if _NAV_LINE.search(line) or len(line) < 8:
                continue
            return line if len(line) <= _TITLE_MAX and "。" not in line else None
        return None
    return first if len(first) <= _TITLE_MAX and "。" not in first else None


# Site navigation: separators between links, "back to home page" links.
_NAV_LINE = re.compile(r"\s[|｜]\s|首页|返回|当前位置|您的位置")


# --------------------------------------------------------------------- JSON Lines


def _read_jsonl(text: str, name: str, source: str, encoding: str) -> list[Document]:
    stem = "stdin" if name == _STDIN else _stem(name)
    docs: list[Document] = []
    first_line: dict[str, int] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(name, f"invalid JSON ({err.msg})", number) from None
        if not isinstance(record, dict):
            raise InputError(name, "not a JSON object", number)
        body = record.get("text")
        if body is None or (isinstance(body, str) and not body.strip()):
            raise InputError(name, "missing 'text'", number)
        if not isinstance(body, str):
            raise InputError(name, "'text' must be a string", number)
        raw_id = record.get("id")
        if raw_id is None:
            doc_id = f"{stem}-{number}"
        elif isinstance(raw_id, str) and raw_id.strip():
            doc_id = raw_id.strip()
        elif isinstance(raw_id, int | float) and not isinstance(raw_id, bool):
            doc_id = str(int(raw_id)) if float(raw_id).is_integer() else str(raw_id)
        else:
            raise InputError(name, "'id' must be a string or a number", number)
        if doc_id in first_line:
            raise InputError(
                name,
                f"duplicate id {doc_id!r} (first used on line {first_line[doc_id]})",
                number,
            )
        first_line[doc_id] = number
        meta: dict[str, str | None] = {}
        for key in ("title", "date", "url", "province"):
            value = record.get(key)
            if value is not None and not isinstance(value, str):
                raise InputError(name, f"{key!r} must be a string", number)
            meta[key] = (value.strip() or None) if isinstance(value, str) else None
        body = _normalize_newlines(body)
        date = meta["date"]
        date = (_parse_date(date) or date) if date else detect_date(body)
        docs.append(
            Document(
                id=doc_id,
                text=body,
                title=meta["title"],
                date=date,
                source=meta["url"] or source,
                province=meta["province"],
                encoding=encoding,
            )
        )
    if not docs:
        raise InputError(name, "empty document")
    return docs


# --------------------------------------------------------------------- HTML

# Never content; dropped before anything else looks at the page.
_NEVER_CONTENT = ("script", "style", "noscript", "template", "iframe", "svg", "form")
# Page furniture around the article.
_FURNITURE = ("nav", "header", "footer", "aside")
# class or id values of page furniture, matched as words: "main-nav", "navBar",
# "comments", "footer_wrap" but not "canvas" or "prenavigation".
_FURNITURE_NAME = re.compile(
    r"(?<![a-z])(?:nav|navigation|menu|footer|header|breadcrumbs?|share|comments?|sidebar"
    r"|copyright|toolbar|pagination|related)(?:s|bar|box|list|wrap|wrapper)?(?![a-z])"
)
_BLOCK = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt "
    "fieldset figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu "
    "nav ol p pre section summary table tbody tfoot thead tr ul".split()
)
_CELL = frozenset(("td", "th"))
_PARAGRAPH = frozenset("p h2 h3 h4 h5 h6 li pre blockquote".split())
_DATE_META = frozenset(
    "article:published_time og:published_time publishdate pubdate publish_date date "
    "dc.date dc.date.issued dcterms.date dcterms.created publishtime firstpublishedtime".split()
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_SPACE_RUN = re.compile(r"[ \t\n\r\f\v]+")
# A line break between two CJK characters in the source is no space when rendered
# (CSS Text segment-break rule for East Asian text).
_WIDE = r"[\u2018-\u201f\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]"
_CJK_BREAK = re.compile(rf"(?<={_WIDE})[ \t\r\f\v]*\n\s*(?={_WIDE})")
_NOT_TEXT = re.compile(
    r"<(script|style|noscript|template|head)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL
)
_TAG = re.compile(r"<[^>]*>")
_TITLE_SEPARATOR = re.compile(r"\s+-\s+|_|\|")


def _read_html(text: str, name: str) -> tuple[str, str | None, str | None]:
    """(main text, title, date) of an HTML page."""
    from lxml import etree

    # The plain etree parser, not lxml.html's: its element-class lookup costs a
    # third of the time on large pages.
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
    try:
        root = etree.fromstring(_XML_DECLARATION.sub("", text, count=1), parser)
    except (etree.XMLSyntaxError, ValueError):
        root = None
    if root is None:
        raise InputError(name, "empty document")
    etree.strip_elements(root, *_NEVER_CONTENT, with_tail=False)

    meta_title, meta_date = _html_meta(root)
    body = root.find("body")
    if body is None:
        body = root
    _drop_furniture(body, _cjk_count(_text_of(body)))

    main = _main_block(body, _cjk_count(_text_of(body)))
    main_text = _render(main)
    if not main_text:
        # libxml2 drops what is nested deeper than it allows: fall back to the tags
        # stripped out, rather than call a page with text empty.
        main, main_text = body, _strip_tags(text)
    if not main_text:
        raise InputError(name, "empty document (no text in the HTML page)")
    title = _html_title(main, root, meta_title)
    date = meta_date or detect_date(main_text)
    if date is None and main is not body:
        date = detect_date(_render(body))
    return main_text, title, date


def _strip_tags(text: str) -> str:
    import html

    text = _NOT_TEXT.sub("\n", text)
    lines = (_collapse(line) for line in html.unescape(_TAG.sub("\n", text)).split("\n"))
    return "\n".join(line for line in lines if line)


def _html_meta(root: Element) -> tuple[str | None, str | None]:
    """(og:title, publication date) from the page's meta tags."""
    og_title: str | None = None
    date: str | None = None
    for meta in root.iter("meta"):
        key = (
            (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        )
        content = (meta.get("content") or "").strip()
        if not content:
            continue
        if key == "og:title" and og_title is None:
            og_title = _collapse(content)
        elif key in _DATE_META and date is None:
            date = _parse_date(content)
    return og_title, date


def _drop_furniture(body: Element, total: int) -> None:
    """Remove navigation, headers, footers, share bars and the like from ``body``.

    ``total`` is the number of CJK characters in ``body``.
    """
    in_article = {el for top in body.iter("article", "main") for el in top.iter()}
    doomed = []
    for el in body.iter():
        if not isinstance(el.tag, str) or el is body:
            continue
        if el.tag in _FURNITURE:
            # A <header> inside the article holds its title, not the site's.
            if not (el.tag == "header" and el in in_article):
                doomed.append(el)
            continue
        names = " ".join(v for v in (el.get("class"), el.get("id")) if v)
        if not names or el.tag in ("article", "main"):
            continue
        words = re.sub(r"([a-z0-9])([A-Z])", r"\1-\2", names).lower()
        if not _FURNITURE_NAME.search(words):
            continue
        # A wrapper named, say, "page-with-sidebar" may hold the article itself.
        if el.find(".//article") is not None or el.find(".//main") is not None:
            continue
        if el in in_article and el.find(".//h1") is not None:
            continue
        if total and _cjk_count(_text_of(el)) > total / 2:
            continue
        doomed.append(el)
    for el in doomed:
        _drop(el)


def _drop(el: Element) -> None:
    """Remove ``el`` and what it contains, keeping the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _main_block(body: Element, total: int) -> Element:
    """The element holding the article: <article>, <main>, else the densest block.

    ``total`` is the number of CJK characters in ``body``.
    """
    for tag in ("article", "main"):
        found = [(_cjk_count(_text_of(el)), el) for el in body.iter(tag)]
        if found:
            count, el = max(found, key=lambda pair: pair[0])
            # Teaser cards are <article>s too: take it only if it holds the page.
            if count and count >= total / 4:
                return el
    # Readability-style density: a paragraph's CJK characters count for its parent
    # and half for its grandparent; text directly in a block counts for the block.
    scores: dict[Element, float] = {}
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag in _PARAGRAPH:
            count = _cjk_count(_text_of(el))
            parent = el.getparent()
            if count and parent is not None:
                scores[parent] = scores.get(parent, 0.0) + count
                grand = parent.getparent()
                if grand is not None:
                    scores[grand] = scores.get(grand, 0.0) + count / 2
        elif el.tag in ("div", "section", "td", "body", "center", "font"):
            direct = _cjk_count(el.text or "") + sum(
                _cjk_count(child.tail or "")
                + (0 if child.tag in _BLOCK or child.tag in _CELL else _cjk_count(_text_of(child)))
                for child in el
                if isinstance(child.tag, str)
            )
            if direct:
                scores[el] = scores.get(el, 0.0) + direct
    if not scores:
        return body
    best = max(scores.values())
    return next(el for el in body.iter() if scores.get(el) == best)


def _text_of(el: Element) -> str:
    # lxml yields str for documents parsed from str; its stubs allow bytes too.
    return "".join(cast("Iterator[str]", el.itertext()))


def _cjk_count(text: str) -> int:
    return len(_CJK_CHAR.findall(text)) if text else 0


# Marks a line break the markup makes (a block's edge, <br>, a line in <pre>),
# as opposed to a newline in the source, which is just whitespace. NUL cannot
# occur: decode_bytes rejects text that has one.
_LINE = "\x00"


def _render(element: Element) -> str:
    """The text of ``element``: one line per block, inline elements joined as written."""
    from lxml import etree

    parts: list[str] = []
    pre_depth = 0
    for event, el in etree.iterwalk(element, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _BLOCK or tag == "br":
                parts.append(_LINE)
            if tag == "pre":
                pre_depth += 1
            text = el.text
        else:
            if tag == "pre":
                pre_depth -= 1
            if tag in _BLOCK:
                parts.append(_LINE)
            elif tag in _CELL:
                parts.append(" ")
            text = el.tail if el is not element else None
        if text:
            parts.append(text.replace("\n", _LINE) if pre_depth else text)
    # Whitespace is collapsed once over the whole text: per text node it is slow.
    joined = _SPACE_RUN.sub(" ", _CJK_BREAK.sub("", "".join(parts)))
    lines = (line.strip() for line in joined.split(_LINE))
    return "\n".join(line for line in lines if line)


def _html_title(main: Element, root: Element, og_title: str | None) -> str | None:
    """<h1> of the main block (or of a close ancestor with one), og:title, else <title>."""
    h1s = _h1_texts(main)
    if h1s:
        return h1s[0]
    scope = main.getparent()
    for _ in range(2):
        if scope is None or scope.tag in ("body", "html"):
            break
        h1s = _h1_texts(scope)
        if len(h1s) == 1:
            return h1s[0]
        scope = scope.getparent()
    if og_title:
        return og_title
    title_el = root.find(".//title")
    if title_el is None:
        return None
    title = _collapse(_text_of(title_el))
    # Drop site suffixes: 湖南实施三百工程_新闻_中国政府网 → 湖南实施三百工程.
    while True:
        separators = list(_TITLE_SEPARATOR.finditer(title))
        if not separators:
            break
        head = title[: separators[-1].start()].strip()
        if len(head) < 4:
            break
        title = head
    return title or None


def _h1_texts(element: Element) -> list[str]:
    return [t for t in (_collapse(_text_of(h)) for h in element.iter("h1")) if t]


def _collapse(text: str) -> str:
    return _SPACE_RUN.sub(" ", _CJK_BREAK.sub("", text)).strip()
