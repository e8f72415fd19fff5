"""Decoding fallbacks, and a report for every page: empty, binary, undecodable, unreadable."""
import hashlib
import os

import pytest

from index.decode import Undecodable, decode
from index.ingest import ingest, read_page
from index.records import DUPLICATE, INDEXED, REJECTED

ARABIC_PAGE = ("الحشد الشعبي يرد على العقوبات الأميركية\n\nالثلاثاء 13 نيسان 2021\n\n"
               "المصدر: الميادين نت\n\n" + "قال متحدث باسم الحشد الشعبي إن العقوبات لن تغير شيئاً في "
               "موقف الفصائل من الوجود الأميركي في العراق، وإن القرار بيد البرلمان والشعب العراقي. " * 2)
ENGLISH_PAGE = ("Café Owners in Beirut Count the Cost of the Crisis\n\n27 Jul 2021\n\nBy Hélène Dubois\n\n"
                "The owners of small cafés in Beirut say the fuel crisis has cut their opening hours "
                "in half, and many fear they will not survive the summer without help.")


@pytest.mark.parametrize("data, encoding", [
    (ENGLISH_PAGE.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + ENGLISH_PAGE.encode("utf-8"), "utf-8-sig"),
    (ENGLISH_PAGE.encode("utf-16"), "utf-16"),
    (ARABIC_PAGE.encode("cp1256"), "cp1256"),
    (ENGLISH_PAGE.encode("latin-1"), "latin-1"),
])
def test_decoding_fallbacks(data, encoding):
    decoded = decode(data)
    assert decoded.encoding == encoding
    assert decoded.text.lstrip("\ufeff").startswith(("Café", "الحشد"))


def test_windows_line_ends_become_newlines():
    assert decode(b"a\r\nb\rc").text == "a\nb\nc"


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"), (b" \n\t\n", "empty"), (b"\x00\x01\x02binary", "binary"),
    (b"%PDF-1.4 something", "binary"), (bytes(range(1, 32)) * 50, "binary"),
])
def test_not_text(data, reason):
    with pytest.raises(Undecodable) as err:
        decode(data)
    assert err.value.reason == reason


def _write(folder, name, data: bytes):
    path = folder / name
    path.write_bytes(data)
    return str(path)


def test_every_page_gets_a_report(tmp_path):
    _write(tmp_path, "a_cp1256.txt", ARABIC_PAGE.encode("cp1256"))
    _write(tmp_path, "b_empty.txt", b"")
    _write(tmp_path, "c_binary.txt", os.urandom(0) + b"\x00\xff\x10" * 300)
    _write(tmp_path, "d_latin1.txt", ENGLISH_PAGE.encode("latin-1"))
    _write(tmp_path, "e_copy.txt", ENGLISH_PAGE.encode("utf-8"))
    _write(tmp_path, "f_notes.json", b'{"a": 1}')
    _write(tmp_path, "g_no_article.txt", "Related Videos\n\nRelated News\n\n%d bloggers like this:".encode())
    reports = {os.path.basename(p.report.path): p.report for p in ingest([str(tmp_path)])}
    assert reports["a_cp1256.txt"].status == INDEXED and reports["a_cp1256.txt"].encoding == "cp1256"
    assert reports["b_empty.txt"].status == REJECTED and reports["b_empty.txt"].reason.startswith("empty")
    assert reports["c_binary.txt"].reason.startswith("binary")
    assert reports["d_latin1.txt"].encoding == "latin-1"
    assert reports["e_copy.txt"].status == DUPLICATE and reports["e_copy.txt"].duplicates == 1
    assert "f_notes.json" not in reports                 # not a page: skipped, never read
    assert reports["g_no_article.txt"].reason.startswith("no article found")
    assert len(reports) == 6


def test_files_that_are_not_pages_are_listed_apart_and_never_read(tmp_path, monkeypatch):
    """An archive's manifest.json and truth.jsonl (make_archive.py writes them beside its pages),
    notes, images and dot files are not pages: skipped, not rejected pages. A page file that is
    broken is still a rejected page with its reason."""
    (tmp_path / "pages").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "pages" / "link").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    names = {"manifest.json": b"{}", "truth.jsonl": b"{}\n", ".DS_Store": b"\0", "pages/photo.JPG": b"\xff",
             "pages/a.txt": ENGLISH_PAGE.encode(), "pages/B.HTML": b"<html></html>", "pages/c.htm": b"",
             "pages/d.xhtml": b"\x00\xff", "pages/e.text": b"x", "pages/README": b"no suffix: a dump"}
    for name, data in names.items():
        _write(tmp_path, name, data)
    from index.ingest import archive_files, page_files
    pages, skipped = archive_files([str(tmp_path)])
    rel = lambda paths: [os.path.relpath(p, tmp_path) for p in paths]      # noqa: E731
    assert rel(skipped) == [".DS_Store", "manifest.json", "pages/photo.JPG", "truth.jsonl"]
    assert rel(pages) == ["pages/B.HTML", "pages/README", "pages/a.txt", "pages/c.htm", "pages/d.xhtml",
                          "pages/e.text", "pages/link"]
    assert page_files([str(tmp_path)]) == pages
    assert archive_files([str(tmp_path / "manifest.json")]) == ([], [str(tmp_path / "manifest.json")])
    read = []
    monkeypatch.setattr("index.ingest.read_page",
                        lambda path, templates=None, real=read_page: read.append(path) or real(path, templates))
    reports = {os.path.relpath(p.report.path, tmp_path): p.report for p in ingest([str(tmp_path)])}
    assert sorted(read) == sorted(pages) and list(reports) == rel(pages)
    assert reports["pages/c.htm"].status == REJECTED and reports["pages/c.htm"].reason.startswith("empty")
    assert reports["pages/d.xhtml"].reason.startswith("binary")
    assert "not followed" in reports["pages/link"].reason
    assert read_page(str(tmp_path / "manifest.json")).report.reason == "unsupported file type: .json"


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    path = _write(tmp_path, "secret.txt", ENGLISH_PAGE.encode())
    real_open = open

    def deny(file, *args, **kwargs):        # chmod 000 does not stop root, so refuse here
        if str(file) == path:
            raise PermissionError(13, "Permission denied", path)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", deny)
    page = read_page(path)
    assert page.report.reason == "unreadable: Permission denied"


def test_unreadable_path_is_reported(tmp_path):
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    page = read_page(str(link))
    assert page.report.status == REJECTED and page.report.reason.startswith("unreadable")


def test_symlink_loop_does_not_hang(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    _write(tmp_path / "sub", "page.txt", ENGLISH_PAGE.encode())
    pages = list(ingest([str(tmp_path)]))
    assert [p.report.status for p in pages] == [REJECTED, INDEXED]
    assert pages[0].report.path.endswith("loop") and "not followed" in pages[0].report.reason


def test_a_fifo_is_refused_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    _write(tmp_path, "page.txt", ENGLISH_PAGE.encode())
    reports = {os.path.basename(p.report.path): p.report for p in ingest([str(tmp_path)])}
    assert reports["pipe.txt"].status == REJECTED and "not a regular file" in reports["pipe.txt"].reason
    assert reports["page.txt"].status == INDEXED


def test_a_50_mb_page_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)               # sparse: costs no disk
    page = read_page(str(big))
    assert page.report.status == REJECTED and page.report.reason.startswith("too large: 52,428,800 bytes")


def test_random_bytes_are_rejected_with_a_reason(tmp_path):
    import random
    noise = random.Random(7).randbytes(200_000)
    page = read_page(_write(tmp_path, "noise.html", noise))
    assert page.report.status == REJECTED and page.report.reason


def _growing_open(path, growths: int):
    """open() that appends to path on its first ``growths`` reads: a file still being copied in."""
    real_open = open
    left = [growths]

    def grow(file, *args, **kwargs):
        handle = real_open(file, *args, **kwargs)
        if str(file) == path and left[0] > 0:
            left[0] -= 1
            with real_open(path, "ab") as more:
                more.write(b"\nmore text arriving\n")
        return handle
    return grow


def test_a_file_that_changes_while_read_is_read_again(tmp_path, monkeypatch):
    path = _write(tmp_path, "arriving.txt", ENGLISH_PAGE.encode())
    monkeypatch.setattr("builtins.open", _growing_open(path, growths=1))
    page = read_page(path)
    assert page.report.status == INDEXED
    assert page.report.sha256 == hashlib.sha256(open(path, "rb").read()).hexdigest()


def test_a_file_that_keeps_changing_is_reported(tmp_path, monkeypatch):
    path = _write(tmp_path, "arriving.txt", ENGLISH_PAGE.encode())
    monkeypatch.setattr("builtins.open", _growing_open(path, growths=100))
    page = read_page(path)
    assert page.report.status == REJECTED and page.report.reason.startswith("changed while being read")
