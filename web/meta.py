"""The site's own routes, not the archive's: /healthz, the OpenSearch description (a browser adds
Fahras as a search engine) and the favicon (an index card, drawn once as SVG and as an ICO)."""
from __future__ import annotations

import re
import struct
import zlib
from functools import lru_cache
from pathlib import Path
from xml.etree import ElementTree as ET

from flask import Blueprint, Response, current_app, jsonify, request, url_for

from index.store import no_index_message
from search.reader import NoIndex

from .params import live

bp = Blueprint("meta", __name__)

DAY = "public, max-age=86400"


@bp.get("/healthz")
def healthz():
    """For a load balancer or a monitor: which version answers, never where it lives on disk."""
    try:
        version = live().version()
        reason = no_index_message() if version is None else None
    except NoIndex as err:
        version, reason = None, without_paths(str(err), current_app.config["INDEX"])
    if version is None:
        response = jsonify({"status": "no_index", "reason": reason})
        response.status_code = 503
    else:
        response = jsonify({"status": "ok", "version": version.name})
    response.headers["Cache-Control"] = "no-store"
    return response


_ABSOLUTE_PATH = re.compile(r"""(?<![\w.<])(?:/|[A-Za-z]:\\)[^\s'"`,;()]+""")


def without_paths(text: str, root: str) -> str:
    """A message with the index folder and any other absolute path taken out."""
    for form in sorted({str(root), str(Path(root).resolve())}, key=len, reverse=True):
        text = text.replace(form, "<index>")
    return _ABSOLUTE_PATH.sub("<path>", text)


OPENSEARCH = "http://a9.com/-/spec/opensearch/1.1/"


@bp.get("/opensearch.xml")
def opensearch():
    """An OpenSearch 1.1 description: the browser's address bar searches Fahras."""
    ET.register_namespace("", OPENSEARCH)
    root = ET.Element(f"{{{OPENSEARCH}}}OpenSearchDescription")
    for name, text in (("ShortName", "Fahras"),
                       ("Description", "Search the English and Arabic news archive"),
                       ("InputEncoding", "UTF-8"), ("OutputEncoding", "UTF-8"),
                       ("Language", "en"), ("Language", "ar")):
        ET.SubElement(root, f"{{{OPENSEARCH}}}{name}").text = text
    icon = ET.SubElement(root, f"{{{OPENSEARCH}}}Image", width="16", height="16", type="image/x-icon")
    icon.text = url_for("meta.favicon_ico", _external=True)
    for kind, endpoint in (("text/html", "web.search"), ("application/atom+xml", "api.search_atom")):
        template = url_for(endpoint, _external=True) + "?q={searchTerms}"
        ET.SubElement(root, f"{{{OPENSEARCH}}}Url", type=kind, method="get", template=template)
    ET.SubElement(root, f"{{{OPENSEARCH}}}Url", type="application/opensearchdescription+xml",
                  rel="self", template=url_for("meta.opensearch", _external=True))
    body = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return _fixed(body, "application/opensearchdescription+xml")


# The icon: an index card (fahras is Arabic for an index) with three lines of writing, on a
# 32-unit grid. Rectangles (x, y, width, height, corner radius, colour).
CARD = (2, 5, 28, 22, 3, (0x0B, 0x57, 0xD0))
LINES = ((6, 10, 20, 3, 1, (255, 255, 255)), (6, 15.5, 14, 3, 1, (255, 255, 255)),
         (6, 21, 17, 3, 1, (255, 255, 255)))


@bp.get("/favicon.svg")
def favicon_svg():
    shapes = "".join(f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="{r}" '
                     f'fill="#{bytes(c).hex()}"/>' for x, y, w, h, r, c in (CARD, *LINES))
    body = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">{shapes}</svg>\n'
    return _fixed(body.encode(), "image/svg+xml")


@bp.get("/favicon.ico")
def favicon_ico():
    return _fixed(_ico(), "image/x-icon")


def _fixed(body: bytes, mimetype: str) -> Response:
    """A body that changes only with the code (or the host, for absolute URLs): cached a day."""
    response = Response(body, mimetype=mimetype)
    response.headers["Cache-Control"] = DAY
    response.add_etag()
    return response.make_conditional(request)


@lru_cache(maxsize=1)
def _ico() -> bytes:
    """The card as an ICO holding 16 and 32 pixel PNGs (read by every browser since 2009)."""
    images = [(size, _png(size)) for size in (16, 32)]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset, entries = len(header) + 16 * len(images), b""
    for size, png in images:
        entries += struct.pack("<BBBBHHII", size, size, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + entries + b"".join(png for _, png in images)


def _png(size: int) -> bytes:
    rows = b"".join(b"\0" + b"".join(_pixel(x, y, size) for x in range(size)) for y in range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


SAMPLES = 4                         # per side: each pixel averages 16 points (smooth edges)


def _pixel(px: int, py: int, size: int) -> bytes:
    """RGBA of one pixel: the topmost shape at each sample point, averaged."""
    covered = []
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            x = (px + (sx + 0.5) / SAMPLES) * 32 / size
            y = (py + (sy + 0.5) / SAMPLES) * 32 / size
            colour = next((c for *box, c in reversed((CARD, *LINES)) if _inside(x, y, *box)), None)
            if colour is not None:
                covered.append(colour)
    if not covered:
        return b"\0\0\0\0"
    mean = [sum(channel) // len(covered) for channel in zip(*covered)]
    return bytes((*mean, 255 * len(covered) // SAMPLES ** 2))


def _inside(x: float, y: float, left: float, top: float, width: float, height: float,
            radius: float) -> bool:
    """Within a rectangle with rounded corners."""
    if not (left <= x <= left + width and top <= y <= top + height):
        return False
    cx = min(max(x, left + radius), left + width - radius)
    cy = min(max(y, top + radius), top + height - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2
