"""HTML pages: the main block's text, without the page's furniture, and its title and date."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, cast

from kg.errors import InputError
from kg.read.decode import CJK_CHAR
from kg.read.meta import detect_date, parse_date
from kg.xmlchars import xml_safe

if TYPE_CHECKING:
    from lxml.etree import _Element as Element

__all__ = ["read_html"]

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


def read_html(text: str, name: str) -> tuple[str, str | None, str | None]:
    """(main text, title, date) of an HTML page."""
    from lxml import etree

    # The plain etree parser, not lxml.html's: its element-class lookup costs a
    # third of the time on large pages.
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
    # lxml refuses to set text holding a character XML forbids (moving a dropped element's
    # tail): replace them now, one for one, as every document is made XML-safe anyway
    text = xml_safe(text)
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
            date = parse_date(content)
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
    return len(CJK_CHAR.findall(text)) if text else 0


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
