"""Documents in: reading files, finding a document's own reference date, splitting sentences."""

from __future__ import annotations

import io
import logging
import re
import zipfile
import zlib
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator
from xml.etree import ElementTree

from ..errors import DocumentError
from ..language.temporal import find_dates
from ..models import Document, Sentence, Settings, TimeMention
from .layout import DATE_LINE, dateline_weekday, first_body_line, lines

SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")


# ---------------------------------------------------------------- reading


class _TextOfHtml(HTMLParser):
    """Visible text of an HTML page: scripts, styles and navigation dropped, blocks on new lines."""

    _SKIP = {"script", "style", "nav", "header", "footer", "noscript", "template", "svg", "head"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section", "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The readable text of an HTML document, one block a line."""
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def decode(data: bytes, name: str) -> str:
    """Text of a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else what charset-normalizer
    finds (cp1252, latin-1, ...), else cp1252."""
    if not data.strip():
        raise DocumentError(f"{name}: the file is empty; give a file with some text in it")
    for bom, encoding in _BOMS:  # UTF-32's marks begin like UTF-16's: they are looked for first
        if data.startswith(bom):
            try:
                return _textual(data.decode(encoding), name)
            except UnicodeDecodeError:
                raise DocumentError(f"{name}: starts with a {encoding.upper()} mark but is not {encoding.upper()}; "
                                    "save it again as UTF-8") from None
    if b"\x00" in data[:4096]:
        raise DocumentError(f"{name}: looks like a binary file; accepted are text files ({', '.join(SUFFIXES)})")
    try:
        return _textual(data.decode("utf-8-sig"), name)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    return _textual(data.decode(encoding, errors="replace"), name)


_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_NOT_TEXT = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")


def _textual(text: str, name: str) -> str:
    """`text`, unless it reads as a binary file's bytes (more than one character in twenty a control character or
    undecodable): then one line saying so."""
    sample = text[:20_000]
    if len(_NOT_TEXT.findall(sample)) * 20 > len(sample):
        raise DocumentError(f"{name}: looks like a binary file, not text; accepted are text files ({', '.join(SUFFIXES)})")
    return text


# Limits a damaged or hostile file meets before it costs much: past one, the file is refused in one line and the
# batch goes on. A Word document's text is a small part of its XML; a page of a PDF holds a few thousand characters.
MAX_PDF_PAGES = 2_000
MAX_DOCX_XML = 50_000_000  # bytes of word/document.xml, uncompressed
MAX_ZIP_RATIO = 200  # uncompressed over compressed size: past it, a zip bomb
MAX_ZIP_ENTRIES = 10_000
MAX_XML_DEPTH = 256
MAX_XML_ELEMENTS = 5_000_000


def _pdf_text(data: bytes, name: str, max_chars: int) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its warnings would be a second line about one file

    try:
        reader = PdfReader(io.BytesIO(data))
        if len(reader.pages) > MAX_PDF_PAGES:
            raise DocumentError(f"{name}: {len(reader.pages):,} pages is over the limit of {MAX_PDF_PAGES:,} pages")
        pages, size = [], 0
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            size += len(pages[-1])
            if size > max_chars:
                raise DocumentError(f"{name}: the PDF's text is over the limit of {max_chars:,} characters")
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, zlib.error) as exc:
        raise DocumentError(f"{name}: not a readable PDF ({_one_line(exc)})") from None
    text = "\n".join(pages).strip()
    if not text:
        raise DocumentError(f"{name}: the PDF has no text layer (a scan?); give a PDF with text, or its text as .txt")
    return text


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_text(data: bytes, name: str) -> str:
    """Paragraphs of a Word document, read from its XML as a stream (each element once); nothing in it is run."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            entries = z.infolist()
            if len(entries) > MAX_ZIP_ENTRIES:
                raise DocumentError(f"{name}: {len(entries):,} parts is over the limit of {MAX_ZIP_ENTRIES:,} for a .docx")
            info = z.getinfo("word/document.xml")
            if info.file_size > MAX_DOCX_XML or info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1):
                raise DocumentError(f"{name}: its text part unpacks to {info.file_size:,} bytes, over the limit of "
                                    f"{MAX_DOCX_XML:,} bytes or {MAX_ZIP_RATIO}× its packed size")
            with z.open(info) as part:
                xml = part.read(MAX_DOCX_XML + 1)  # the sizes a zip states can lie
            if len(xml) > MAX_DOCX_XML:
                raise DocumentError(f"{name}: its text part unpacks past the limit of {MAX_DOCX_XML:,} bytes")
    except DocumentError:
        raise
    # (a directory whose offsets point before the file makes zipfile seek to a negative place: ValueError)
    except (zipfile.BadZipFile, KeyError, zlib.error, EOFError, ValueError, OSError):
        raise DocumentError(f"{name}: not a readable .docx (Word) file") from None
    except (NotImplementedError, RuntimeError) as exc:  # an unknown compression method, an encrypted part
        raise DocumentError(f"{name}: a .docx that cannot be opened ({_one_line(exc)})") from None
    return "\n".join(p for p in _paragraphs(xml, name) if p.strip())


def _paragraphs(xml: bytes, name: str) -> list[str]:
    """The text of each w:p, innermost first closed first, in one pass; a DOCTYPE (and so any entity) is refused."""
    if re.search(rb"<!DOCTYPE", xml[:65_536], re.IGNORECASE):
        raise DocumentError(f"{name}: a .docx whose XML declares a DOCTYPE is not read (entities are refused)")
    parser = ElementTree.XMLPullParser(events=("start", "end"))
    out: list[str] = []
    open_paragraphs: list[list[str]] = []
    depth = elements = 0
    try:
        for k in range(0, len(xml), 1 << 16):
            parser.feed(xml[k:k + (1 << 16)])
            for event, el in parser.read_events():
                if event == "start":
                    depth += 1
                    elements += 1
                    if depth > MAX_XML_DEPTH or elements > MAX_XML_ELEMENTS:
                        raise DocumentError(f"{name}: a .docx whose XML is nested over {MAX_XML_DEPTH} deep or holds over "
                                            f"{MAX_XML_ELEMENTS:,} elements is not read")
                    if el.tag == f"{_W}p":
                        open_paragraphs.append([])
                    continue
                depth -= 1
                if el.tag == f"{_W}t" and open_paragraphs:
                    open_paragraphs[-1].append(el.text or "")
                elif el.tag == f"{_W}p" and open_paragraphs:
                    out.append("".join(open_paragraphs.pop()))
                el.clear()  # memory stays with the text, not the tree
        parser.close()
    except ElementTree.ParseError:
        raise DocumentError(f"{name}: not a readable .docx (Word) file") from None
    return out


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:80] or type(exc).__name__


def text_of(data: bytes, name: str, max_chars: int = Settings().max_chars) -> str:
    """The text of a file's bytes, by its type: plain text or Markdown, HTML (main text only), PDF, DOCX."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise DocumentError(f"{name}: unsupported file type {suffix or '(none)'!r}; accepted: {', '.join(SUFFIXES)}")
    if not data.strip():
        raise DocumentError(f"{name}: the file is empty; give a file with some text in it")
    if suffix == ".pdf":
        return _pdf_text(data, name, max_chars)
    if suffix == ".docx":
        return _docx_text(data, name)
    text = decode(data, name)
    return html_to_text(text) if suffix in (".html", ".htm") else text


def read_path(path: Path, settings: Settings = Settings(), doc_id: str | None = None) -> Document:
    """The document stored at `path`, with its reference date detected."""
    if not path.exists():
        raise DocumentError(f"{path}: no such file or folder")
    if path.suffix.lower() not in SUFFIXES:
        raise DocumentError(f"{path}: unsupported file type {path.suffix or '(none)'!r}; accepted: {', '.join(SUFFIXES)}")
    if not path.resolve().is_file():
        raise DocumentError(f"{path}: not a regular file (a device, a pipe or a link to one); give a file")
    size = path.stat().st_size
    if size > settings.max_chars * 4:
        raise DocumentError(f"{path}: {size:,} bytes is over the limit of {settings.max_chars:,} characters")
    return make_document(text_of(path.read_bytes(), str(path), settings.max_chars), doc_id=doc_id or path.stem, settings=settings,
                         source=str(path))


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named by `paths`, folders expanded (sorted) to the text files inside them."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            yield p


def doc_ids(paths: list[Path]) -> list[str]:
    """A distinct id for each file of a batch: its stem ("memo"), its name where stems meet ("memo.txt", "memo.html"),
    its path where names meet too, and a number after the first where even paths meet ("pasted", "pasted-2").

    >>> doc_ids([Path("a/memo.txt"), Path("b/memo.html"), Path("pasted"), Path("pasted")])
    ['memo.txt', 'memo.html', 'pasted', 'pasted-2']
    """
    stems = Counter(p.stem for p in paths)
    names = Counter(p.name for p in paths)
    ids = [p.stem if stems[p.stem] == 1 else p.name if names[p.name] == 1 else str(p) for p in paths]
    distinct: list[str] = []
    taken: set[str] = set()
    for wanted in ids:
        given, n = wanted, 1
        while given in taken:
            n += 1
            given = f"{wanted}-{n}"
        distinct.append(given)
        taken.add(given)
    return distinct


def make_document(text: str, doc_id: str, settings: Settings = Settings(), source: str = "", dct: date | None = None) -> Document:
    """A Document for `text`; its reference date is the caller's, else `dct` (or the date of a dispatch's dateline a
    few days before it), else the text's own."""
    if not isinstance(text, str):
        raise DocumentError(f"{doc_id}: text must be a string, got {type(text).__name__}")
    if not text.strip():
        raise DocumentError(f"{doc_id}: the document has no text")
    if len(text) > settings.max_chars:
        raise DocumentError(f"{doc_id}: {len(text):,} characters is over the limit of {settings.max_chars:,}")
    if settings.reference:
        return Document(doc_id, text, settings.reference, "caller", source)
    if dct:
        # a dispatch filed days before the paper printed it ("Louisville, Ky., May 17. –" in the paper of the 18th):
        # its "this morning" is the morning of the day it was filed
        filed = _opening_reference(text, dct)
        if filed and filed[1] == "dateline" and _PLACE_FIRST.match(text) and timedelta(0) < dct - filed[0] <= timedelta(days=7):
            return Document(doc_id, text, filed[0], "dateline", source)
        weekday = dateline_weekday(text) if filed is None else None
        if weekday is not None and _header_reference(text, dct) is None:
            # "CARTEGENA, Sunday." in Monday's paper: its "yesterday" is Saturday
            return Document(doc_id, text, dct - timedelta(days=(dct.weekday() - weekday) % 7), "dateline", source)
        return Document(doc_id, text, dct, "dct", source)
    found = detect_reference(text)
    if found:
        return Document(doc_id, text, found[0], found[1], source)
    return Document(doc_id, text, None, "", source)


# ---------------------------------------------------------------- reference date

_PLACE_FIRST = re.compile(r"\s*[A-Z][\w’'-]+(?:[ .][A-Z][\w’'.-]*)*,")  # "Louisville, Ky., May 17.", not "8 April 2018"

_PUBLISHED = re.compile(r"^\s*(?:Published|Posted|Updated|Date|Dated)\b[:\s]*(?:on\s+)?", re.IGNORECASE | re.MULTILINE)


_OPENING_PREPOSITION = re.compile(r"(?:On|In|By|Since|From|Until|Till|As of|At|After|Before|During|Through|Between)")


def detect_reference(text: str, reference: date | None = None) -> tuple[date, str] | None:
    """The date a document says it was written: a dateline ('Brussels 13.11.2024') or a 'Published' line.

    With the date the caller knows (`reference`), a dateline without its year ("Auckland, November 11.") is read too.
    """
    return _opening_reference(text, reference) or _header_reference(text, reference)


def _opening_reference(text: str, reference: date | None) -> tuple[date, str] | None:
    """The date of a 'Published' line or of a dateline that opens the text, with which of the two it is."""
    head = text[:400]
    first_line_end = head.find("\n") if "\n" in head else len(head)
    for m in _PUBLISHED.finditer(head):
        for t in find_dates(head[m.end(): m.end() + 60], reference):
            if t.precision == "day" and t.start_date and t.start == 0:
                return t.start_date, "published"
    line = head[:first_line_end] if first_line_end < 200 else head[:200]
    # A dateline is a short line ("Brussels 13.11.2024") or a date that opens the story ("WASHINGTON, Nov. 12 -");
    # a first sentence that happens to hold a date ("Leaders met ... on June 14, 2021.") is not one.
    short = len(line.split()) <= 8 and not line.rstrip().endswith(".")
    # (a dateline's date is written with a digit: a line without one is not searched)
    for t in find_dates(line, reference) if any(ch.isdigit() for ch in line) else ():
        before = line[: t.start].strip(" ,")
        # nothing but a capitalised place name or two before the date ("Brussels 13.11.2024 Today ...")
        # ("On June 4, 2012, the Secretary traveled ..." opens a sentence, not a dateline)
        opens = t.start < 40 and (not before or re.fullmatch(r"(?:[A-Z][\w.’'-]*[ ,]*){1,4}", before)) \
            and not _OPENING_PREPOSITION.fullmatch(before) \
            and not (not before and line.startswith(":", t.end))  # "May 20, 1926: Coolidge signed": a timeline's entry
        # (a date written out: "Today, President Biden declared" read against the caller's date is no dateline)
        if t.precision in ("day", "hour", "minute") and t.start_date and t.type == "DATE" and t.start < 80 and (short or opens) \
                and any(ch.isdigit() for ch in t.text) and not (not before and _entries_follow(text, line, t, reference)):
            return t.start_date, "dateline"
    # under a headline, a date that opens the story before a dash ("Monday 16th April, 2018- A delegation will ...")
    at = first_body_line(text)
    if 0 < at < 1500 and _DASH.search(text, at, at + 82):  # (the dash after the date, within the 80 characters)
        for t in find_dates(text[at: at + 80], reference):
            if t.start == 0 and t.precision == "day" and t.start_date and _DATE_DASH.match(text, at + t.end):
                return t.start_date, "dateline"
    return None


def _header_reference(text: str, reference: date | None) -> tuple[date, str] | None:
    """The date on a header line of its own ("Washington, DC" / "October 22, 2010"; a print header "12/2/26, 4:34 PM")."""
    top = text[:1500]
    # only a short line can be a line of dates (`lines`): the dates of the others need not be found, and a long line's
    # characters are not read at all (the header's date search cost as much as the whole text's)
    short, starts, shifts = _short_lines_only(top)
    found = []
    for t in find_dates(short, reference):
        shift = shifts[bisect_right(starts, t.start) - 1]
        found.append(replace(t, start=t.start + shift, end=t.end + shift))
    for t in lines(top, found).header:
        if t.precision == "day" and t.start_date:
            return t.start_date, "header"
    return None


_GAP = " " * 64  # what stands for a long line: farther apart than the words that set a date's tense are looked for (60)


def _short_lines_only(text: str) -> tuple[str, list[int], list[int]]:
    """`text` with each line longer than a line of dates cut to a gap of spaces (its line ends kept); where each of its
    lines starts, and how much further on the same line starts in `text`.

    >>> _short_lines_only("May 2, 2010\\n" + "x" * 100 + "\\nBy Jo")[1:]
    ([0, 12, 77], [0, 0, 36])
    """
    parts, starts, shifts, at, shift = [], [], [], 0, 0
    for line in text.split("\n"):
        kept = line if len(line) <= DATE_LINE else _GAP
        parts.append(kept)
        starts.append(at)
        shifts.append(shift)
        at += len(kept) + 1
        shift += len(line) - len(kept)
    return "\n".join(parts), starts, shifts


def _entries_follow(text: str, line: str, t: TimeMention, reference: date | None) -> bool:
    """Whether a first line's opening date before a dash ("3.13.05 - Woke up early") is a diary's first entry, not a
    dateline: a later line opens with another day the same way ("3.14.05 - Woke up and had breakfast")."""
    if not _DATE_DASH.match(line, t.end) and not line.startswith(":", t.end):
        return False
    for m in _ENTRY_LINE.finditer(text, len(line), _ENTRIES_WITHIN):
        found = find_dates(text[m.start(): m.start() + 40], reference)
        if found and found[0].start == 0 and found[0].precision == "day" and found[0].start_date != t.start_date \
                and (_DATE_DASH.match(text, m.start() + found[0].end) or text.startswith(":", m.start() + found[0].end)):
            return True
    return False


_ENTRY_LINE = re.compile(r"(?<=\n)(?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s)")
_ENTRIES_WITHIN = 5_000  # characters: where a diary's second entry is looked for (a long text stays linear)


def dateline_span(doc: Document) -> tuple[int, int] | None:
    """Where the document's dateline date stands, if it has one (whatever reference date the caller chose)."""
    # a dateline is read before any header line, so the costlier search of the header (a date scan of the whole
    # top of the text) is never needed here
    found = _opening_reference(doc.text, doc.reference)
    if found is None or found[1] != "dateline":
        return None
    opening = find_dates(doc.text[:200], found[0])
    for t in opening:
        if t.start_date == found[0] and t.precision == "day":
            dash = _DATE_DASH.match(doc.text, t.end)
            if dash and any(u.start == dash.end() for u in opening):
                return None  # "Governor Phil Scott's Public Schedule: 2/25/17 – 3/3/17": the days of a title, no dateline
            return t.start, t.end
    at = first_body_line(doc.text)
    for t in find_dates(doc.text[at: at + 80], found[0]):
        if t.start == 0 and t.start_date == found[0] and t.precision == "day":
            return at, at + t.end
    return None


_DATE_DASH = re.compile(r"\s?[-–—]+\s")
_DASH = re.compile(r"[-–—]")


# ---------------------------------------------------------------- sentences

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "sgt", "sen", "rep", "gov", "st", "jr", "sr",
    "inc", "corp", "ltd", "co", "vs", "no", "u.s", "u.k", "u.n", "e.u", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "gov", "pres", "rev", "hon", "a.m", "p.m", "d.c",
}
_DATED_LINE = re.compile(r"\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
                         r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+\d|[ \t]*[-•*][ \t]")
_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")  # "U.S.S. Maine", "U.A.E. officials"
# (and a page's clock glued to the first words under it: "Monday, 12 January 2009 16:26The Taoiseach is travelling")
# (and a stop glued to the next sentence, as pages lose their spaces: "said in a statement.Putin has not visited")
# (a capital of any Latin, Greek or Cyrillic alphabet opens a sentence: "Peru. Álvar Núñez was appointed")
_CAPITALS = "".join(c for c in map(chr, range(0xC0, 0x530)) if c.isupper())
_BOUNDARY = re.compile(rf"[.!?][\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9{_CAPITALS}])|\n+|(?<=\d:\d\d)(?=[A-Z][a-z])|(?<=[a-z\d]{{3}}[.!?])(?=[A-Z][a-z]{{2,}}\b)")


def by_sentence(sents: list[Sentence], items: Iterable) -> dict[int, list]:
    """The items (anything with .start and .end) that lie inside each sentence, keyed by the sentence's start.

    One pass with a binary search per item, so long documents stay linear.
    """
    starts = [s.start for s in sents]
    out: dict[int, list] = {s.start: [] for s in sents}
    for it in items:
        i = bisect_right(starts, it.start) - 1
        if i >= 0 and it.end <= sents[i].end:
            out[sents[i].start].append(it)
    return out


# a list's item that opens with its day, a dash and a capital: "Sep 27 – Madison, WI – Majestic Theatre", "04/27 - Lima"
# (glued to the venue before it, as a page that lost its breaks writes it: "Estadio Nacional04/30 - Santiago")
_ITEM = re.compile(r"(?:(?<!\w)(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?"
                   r"|(?<![\d/])\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
                   r"|(?<![\d/])\d{1,2}/\d{1,2})(?![\w/])[ \t]*[-–—][ \t]*[A-Z]")
_GLUED_ITEMS = 3  # items on one line, at least, that make it a list whose line breaks the page lost


@lru_cache(maxsize=2)  # asked by the sentences and by each line test of the same text
def glued_items(text: str) -> frozenset[int]:
    """Where each item of a list glued on one line starts ("Sep 19 – Woodstock, NY – Levon Helm Studios Sep 27 – Madison,
    WI – Majestic Theatre ^ Sep 28 – Urbana, IL ..."): each is read as a line of its own."""
    out: set[int] = set()
    at = 0
    for line in text.split("\n"):
        # (each item has its dash: a line with fewer is not searched)
        if sum(map(line.count, "-–—")) >= _GLUED_ITEMS:
            items = [at + m.start() for m in _ITEM.finditer(line)]
            if len(items) >= _GLUED_ITEMS:
                out.update(items)
        at += len(line) + 1
    return frozenset(out)


def sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets; abbreviations ('U.S.', 'Mr.', 'J.') do not end one; a glued list's items each
    stand alone (`glued_items`)."""
    out = _sentences(text)
    glued = glued_items(text)
    if not glued:
        return out
    starts = sorted(glued)  # (each sentence finds its items by a binary search: a long list stays linear)
    cut: list[Sentence] = []
    for s in out:
        start = s.start
        for at in starts[bisect_right(starts, s.start): bisect_left(starts, s.end)]:
            _add_sentence(text, start, at, cut)
            start = at
        _add_sentence(text, start, s.end, cut)
    return cut


def _sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group() == "\n" and _wrapped(text, m.start()):
            continue
        if m.group().startswith(".") and not re.search(r"\n[ \t]*\n", m.group()):  # (a paragraph ends whatever it ends with)
            word = re.search(r"([\w.]+)\.$", text[max(0, m.start() - 12): m.start() + 1])
            w = word.group(1).lower() if word else ""
            abbreviated = w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()) or _INITIALISM.fullmatch(w)
            # (a line that ends in one still ends there when the next opens with a date of its own: "Time: 05.00 p.m."
            # over "August 29th, 2019 - Shymkent", "Tuesday 16th: Bath", or a list's item: "- Had dinner at Burger Co."
            # over "- Drove on")
            if abbreviated and not ("\n" in m.group() and _DATED_LINE.match(text, m.end())):
                continue
        end = m.start() + len(m.group().rstrip())
        _add_sentence(text, start, end, out)
        start = m.end()
    _add_sentence(text, start, len(text), out)
    return out


# the end of a line that leaves its sentence open: a comma, or a word that needs one after it
_OPEN_END = re.compile(r"(?:,|\b(?:the|a|an|of|to|with|and|or|in|at|on|for|by|from|that|his|her|their|its))[ \t]*$")


def _wrapped(text: str, newline: int) -> bool:
    """Whether a single line break only wraps a sentence: the next line goes on in lower case ("Brunson McKinley /
    will arrive in Amman"), or this one stops where no sentence can ("to meet with / Mr Shaher Bak")."""
    nxt = text[newline + 1: newline + 2]
    if not nxt.isalpha():
        return False
    return nxt.islower() or bool(_OPEN_END.search(text, max(0, newline - 12), newline))


MAX_SENTENCE = 1_000  # characters; longer runs without a full stop (tables, lists of numbers) are cut


def _add_sentence(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # A "sentence" of many thousand characters is not one; cut it at a space so that the work done
    # per sentence (titles, actors, trips) stays bounded and a whole document stays linear.
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        _add_sentence(text, start, cut, out)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
