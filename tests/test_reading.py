"""Reading files of every accepted type into text, and refusing the rest in one clear line."""

from __future__ import annotations

import io
import random
import zipfile
from datetime import date

import pytest

from timeline.language.temporal import find_dates
from timeline.reading.documents import detect_reference, text_of
from timeline.reading.layout import chronicle
from timeline.errors import DocumentError

TEXT = "Talks in Lima on 12 November 2024."


def make_pdf(text: str) -> bytes:
    """A one-page PDF whose text layer says `text` (written by hand: no PDF library needed to make one)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def make_docx(paragraphs: list[str]) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>')
    return buf.getvalue()


@pytest.mark.parametrize(
    "name,data",
    [
        ("a.txt", TEXT.encode("utf-8")),
        ("a.md", ("\ufeff" + TEXT).encode("utf-8")),
        ("a.txt", TEXT.encode("utf-16")),
        ("a.txt", TEXT.encode("utf-32")),  # its mark begins like UTF-16's
        ("a.txt", TEXT.encode("utf-32-be").join([b"\x00\x00\xfe\xff", b""])),
        ("a.txt", "Talks in Bogotá on 12 November 2024.".encode("cp1252")),
        ("a.html", f"<html><script>alert(1)</script><nav>Menu</nav><p>{TEXT}</p></html>".encode()),
        ("a.pdf", make_pdf(TEXT)),
        ("a.docx", make_docx(["Headline", TEXT])),
    ],
)
def test_each_type_gives_its_text(name, data):
    out = text_of(data, name)
    assert "12 November 2024" in out and "alert" not in out and "Menu" not in out


@pytest.mark.parametrize(
    "name,data,message",
    [
        ("a.txt", b"   ", "empty"),
        ("a.txt", b"\x00\x01\x02binary", "binary"),
        ("a.txt", random.Random(7).randbytes(8_000).replace(b"\x00", b"\x01"), "binary"),  # no NUL, but no text either
        ("a.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 11, 14]) * 400 + b"Talks", "binary"),  # control characters
        ("a.txt", b"\xff\xfe" + "Talks in Lima.".encode("utf-16-le") + b"\x00", "not UTF-16"),  # an odd byte out
        ("a.png", b"\x89PNG....", "unsupported file type '.png'"),
        ("a.pdf", b"%PDF-1.4 broken", "not a readable PDF"),
        ("a.docx", b"PK not a zip", "not a readable .docx"),
    ],
)
def test_bad_files_are_refused_in_one_line(name, data, message):
    with pytest.raises(DocumentError, match=message) as err:
        text_of(data, name)
    assert name in str(err.value) and "\n" not in str(err.value)


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_xml(xml: str, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=method) as z:
        z.writestr("word/document.xml", xml)
    return buf.getvalue()


def _patched(data: bytes, offsets_of: bytes, at: int, value: bytes) -> bytes:
    """`data` with `value` written `at` bytes into every local and central header (signature `offsets_of`)."""
    out = bytearray(data)
    k = out.find(offsets_of)
    while k >= 0:
        out[k + at: k + at + len(value)] = value
        k = out.find(offsets_of, k + 1)
    return bytes(out)


def _unknown_method() -> bytes:  # compression method 99: zipfile raises NotImplementedError
    data = _docx_xml(f'<w:document xmlns:w="{W}"/>')
    return _patched(_patched(data, b"PK\x03\x04", 8, b"\x63\x00"), b"PK\x01\x02", 10, b"\x63\x00")


def _encrypted() -> bytes:  # the "encrypted" flag: zipfile raises RuntimeError (password required)
    data = _docx_xml(f'<w:document xmlns:w="{W}"/>')
    return _patched(_patched(data, b"PK\x03\x04", 6, b"\x01\x00"), b"PK\x01\x02", 8, b"\x01\x00")


def _corrupt_deflate() -> bytes:  # garbage in the packed stream: zlib.error
    body = "".join(f"<w:p><w:r><w:t>paragraph {n}</w:t></w:r></w:p>" for n in range(300))
    data = bytearray(_docx_xml(f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'))
    start = data.find(b"word/document.xml") + len("word/document.xml")
    data[start + 20: start + 60] = b"\xff" * 40
    return bytes(data)


def _shifted_directory() -> bytes:  # a byte slipped into where the directory starts: its parts lie before the file
    data = bytearray(_docx_xml(f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Talks</w:t></w:r></w:p></w:body></w:document>'))
    at = data.rfind(b"PK\x05\x06") + 18
    data[at:at] = b"\x01"
    return bytes(data)


@pytest.mark.parametrize(
    "data,message",
    [
        (_unknown_method(), "cannot be opened"),
        (_encrypted(), "cannot be opened"),
        (_corrupt_deflate(), "not a readable .docx"),
        (_shifted_directory(), "not a readable .docx"),
        (_docx_xml("<a>" + "x" * 30_000_000 + "</a>"), "over the limit"),  # packs 1000:1: a zip bomb
        (_docx_xml(f'<w:document xmlns:w="{W}">' + "<w:p>" * 5_000 + "</w:p>" * 5_000 + "</w:document>",
                   zipfile.ZIP_STORED), "nested over"),
        (_docx_xml('<!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>'), "DOCTYPE"),
    ],
    ids=["unknown compression", "encrypted", "corrupt deflate", "shifted directory", "bomb", "deep nesting", "entities"],
)
def test_a_damaged_docx_is_refused_in_one_line(data, message):
    with pytest.raises(DocumentError, match=message) as err:
        text_of(data, "a.docx")
    assert "a.docx" in str(err.value) and "\n" not in str(err.value)


def test_nested_paragraphs_give_each_text_once():
    xml = f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Outer</w:t></w:r><w:p><w:r><w:t>Inner</w:t></w:r></w:p></w:p></w:body></w:document>'
    assert text_of(_docx_xml(xml), "a.docx").split("\n") == ["Inner", "Outer"]


def test_a_pdf_over_the_page_limit_is_refused(monkeypatch):
    import timeline.reading.documents as documents

    monkeypatch.setattr(documents, "MAX_PDF_PAGES", 0)
    with pytest.raises(DocumentError, match="pages is over the limit"):
        text_of(make_pdf(TEXT), "a.pdf")


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_only_regular_files_are_read(tmp_path, kind):
    import os

    from timeline.reading.documents import read_path

    path = tmp_path / "a.txt"
    if kind == "fifo":
        os.mkfifo(path)  # reading it would block for ever
    else:
        path.symlink_to("/dev/zero")  # reading it would never end
    with pytest.raises(DocumentError, match="not a regular file"):
        read_path(path)


@pytest.mark.parametrize(
    "names,ids",
    [
        (["a/memo.txt", "a/notes.txt"], ["memo", "notes"]),
        (["a/memo.txt", "a/memo.html"], ["memo.txt", "memo.html"]),
        (["a/memo.txt", "b/memo.txt", "a/notes.txt"], ["a/memo.txt", "b/memo.txt", "notes"]),
        (["pasted", "pasted.txt"], ["pasted", "pasted.txt"]),
        (["pasted", "pasted", "pasted"], ["pasted", "pasted-2", "pasted-3"]),  # the same name twice: numbered
        (["x.txt", "x.txt"], ["x.txt", "x.txt-2"]),
    ],
)
def test_each_file_of_a_batch_gets_its_own_id(names, ids):
    from pathlib import Path

    from timeline.reading.documents import doc_ids

    assert doc_ids([Path(n) for n in names]) == ids


@pytest.mark.parametrize(
    "text,expected",
    [
        # a line break that only wraps a sentence: the next line goes on in lower case, or this one stops where no
        # sentence can
        ("Director General Jon Doe\nwill arrive in Amman tonight.", ["Director General Jon Doe\nwill arrive in Amman tonight."]),
        ("He will meet with\nMr Shaher Bak, the minister.", ["He will meet with\nMr Shaher Bak, the minister."]),
        # a headline above its story, and a list's items, stay apart
        ("Minister to open five projects\nA number of projects will open.", ["Minister to open five projects", "A number of projects will open."]),
        ("Stops:\n- in Rome\n- in Naples", ["Stops:", "- in Rome", "- in Naples"]),
        # a page's clock glued to the first words under it ends the date line; a clock inside a sentence does not
        ("Monday, 12 January 2009 16:26The Taoiseach is travelling.", ["Monday, 12 January 2009 16:26", "The Taoiseach is travelling."]),
        ("At 10:30 a.m. the talks began.", ["At 10:30 a.m. the talks began."]),
        # a page that lost its spaces glues a sentence's stop to the next one; a site's name and initials are no stops
        ("the Kremlin said in a statement.Putin has not visited Pyongyang since July 2000.After that, he left.",
         ["the Kremlin said in a statement.", "Putin has not visited Pyongyang since July 2000.", "After that, he left."]),
        ("News.Az reports that the U.S.Army left.", ["News.Az reports that the U.S.Army left."]),
        # a capital of any alphabet opens a sentence; a dash or a small letter after a stop does not
        ("It came under Peru. Álvar Núñez was appointed. Öland fell. Ζeus ruled.",
         ["It came under Peru.", "Álvar Núñez was appointed.", "Öland fell.", "Ζeus ruled."]),
        ("It starts at 3 p.m. – the hall opens. It ends at 5 p.m. élan gone.", ["It starts at 3 p.m. – the hall opens.", "It ends at 5 p.m. élan gone."]),
        # a paragraph ends its sentence, whatever abbreviation or initial it ends with
        ("He met Tuntumba Boresa I.\n\nAt Yendi he met the Regent.", ["He met Tuntumba Boresa I.", "At Yendi he met the Regent."]),
        ("It crashed at 8:44 a.m.\n\nThe airline later published a photo.", ["It crashed at 8:44 a.m.", "The airline later published a photo."]),
        # ... and a line does where the next opens with a date of its own; not where it goes on with the same item
        ("Venue: City Hall - Time: 05.00 p.m.\nAugust 29th, 2019 - Shymkent, Kazakhstan",
         ["Venue: City Hall - Time: 05.00 p.m.", "August 29th, 2019 - Shymkent, Kazakhstan"]),
        ("Monday, June 3, 2024, at 7:30 p.m.\nAuditorio Nacional | Madrid, Spain",
         ["Monday, June 3, 2024, at 7:30 p.m.\nAuditorio Nacional | Madrid, Spain"]),
        ("- Had dinner at Burger Co.\nTuesday 16th: Bath\n- Went to Wells Co.\n- Drove on.",
         ["- Had dinner at Burger Co.", "Tuesday 16th: Bath", "- Went to Wells Co.", "- Drove on."]),
        # a list's items glued on one line, as a page that lost its breaks writes them, each stand alone (three at least)
        ("Dates: Sep 19 – Woodstock, NY – Levon Studios Sep 27 – Madison, WI – Majestic ^ Oct 1 – Minneapolis, MN",
         ["Dates:", "Sep 19 – Woodstock, NY – Levon Studios", "Sep 27 – Madison, WI – Majestic ^", "Oct 1 – Minneapolis, MN"]),
        ("04/24 - Bogota, CO @ El Campin04/27 - Lima, PE @ Estadio Nacional04/30 - Santiago, CL",
         ["04/24 - Bogota, CO @ El Campin", "04/27 - Lima, PE @ Estadio Nacional", "04/30 - Santiago, CL"]),
        ("The fair ran Sep 19 – Sep 27 – all of it. Then Oct 1 – Nov 2.", ["The fair ran Sep 19 – Sep 27 – all of it.", "Then Oct 1 – Nov 2."]),
    ],
)
def test_a_sentence_wrapped_over_lines_is_one_sentence(text, expected):
    from timeline.reading.documents import sentences

    assert [s.text for s in sentences(text)] == expected


@pytest.mark.parametrize("text,entries", [
    ("Cholera in the country.\n\n1993 – The WHO reports 5,385 cases.\n\n1999 – 700 cases and 88 deaths.\n\n"
     "2007 – February – Supplies are blamed.", True),
    ("  - 1818: An earthquake.\n  - 1820: A fire.\n  - 1825: A flood.", True),
    # two entries are no chronology; nor are dates inside lines of prose, nor a date far into its line
    ("1993 – The WHO reports cases.\n\n1999 – 700 cases.", False),
    ("The fort fell in 1993 – after a siege. It was rebuilt in 1999 – and in 2007 – again.", False),
    ("A long indented line that opens far from 1993 – here.\nAnd 1999 – there.\nAnd 2007 – again.", False),
])
def test_a_chronology_is_three_lines_that_open_with_their_dates(text, entries):
    assert chronicle(text, find_dates(text, None, "narrative")) is entries


_PROSE = "North Korean forces crossed the 38th parallel and the war began, the first armed clash of the Cold War in Asia."


@pytest.mark.parametrize("text,expected", [
    ("Talks resume\nWashington, DC\nOctober 22, 2010\n\n" + _PROSE + "\n" + _PROSE, (date(2010, 10, 22), "header")),
    ("The Korean War\nJune 25, 1950\n" + _PROSE + "\n" + _PROSE, (date(1950, 6, 25), "header")),
    # a second date line under the prose makes the first a timeline's heading, no header: read where it stands
    ("The Korean War\nJune 25, 1950\n" + _PROSE + "\nJune 27, 1950\n" + _PROSE, None),
    # a date inside a long line is the story's
    ("Talks resume\n" + _PROSE + " It was October 22, 2010.", None),
])
def test_a_header_date_is_a_short_line_of_its_own_above_the_story(text, expected):
    assert detect_reference(text) == expected
