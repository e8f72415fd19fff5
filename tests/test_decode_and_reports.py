"""Decoding fallbacks, and a report for every page: empty, binary, undecodable, unreadable."""
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
    assert reports["f_notes.json"].reason == "unsupported file type: .json"
    assert reports["g_no_article.txt"].reason.startswith("no article found")
    assert len(reports) == 7


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
    assert [p.report.status for p in pages] == [INDEXED]
