"""Reading files of every accepted type into text, and refusing the rest in one clear line."""

from __future__ import annotations

import io
import zipfile

import pytest

from timeline.documents import text_of
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
        ("a.png", b"\x89PNG....", "unsupported file type '.png'"),
        ("a.pdf", b"%PDF-1.4 broken", "not a readable PDF"),
        ("a.docx", b"PK not a zip", "not a readable .docx"),
    ],
)
def test_bad_files_are_refused_in_one_line(name, data, message):
    with pytest.raises(DocumentError, match=message) as err:
        text_of(data, name)
    assert name in str(err.value) and "\n" not in str(err.value)
