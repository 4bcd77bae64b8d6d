"""The plan's two figures as small hand-written inline SVG: the regional model and the fiscal-year timeline."""

from __future__ import annotations

from html import escape as e
from typing import Any

from planner.i18n import pick, t
from planner.planning.plan import Plan
from planner.render.view import View

GAP = 8
STYLE = {
    "present": ("#e8f4ea", "#2e7d32", ""),
    "missing": ("#fdecea", "#c62828", ' stroke-dasharray="6 3"'),
    "unknown": ("#f2f2f2", "#9e9e9e", ""),
}


def text_width(label: str, size: float = 12) -> float:
    """Estimated width of a label: CJK characters are a full em, others about half."""
    return sum(size if ord(ch) > 0x2E80 else size * 0.55 for ch in label)


def overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float], gap: float = GAP) -> bool:
    """Whether two boxes (x, y, w, h) come closer than gap."""
    return not (
        a[0] + a[2] + gap <= b[0] or b[0] + b[2] + gap <= a[0] or a[1] + a[3] + gap <= b[1] or b[1] + b[3] + gap <= a[1]
    )


# The model is drawn for A4: the figure is as wide as the page's text (182 mm) and its labels print at 9 pt or more.
PAGE_MM, MAX_HEIGHT_MM, PT_MM = 182.0, 240.0, 25.4 / 72
FIG_W, COLS, FONT, LINE, PAD = 660.0, 3, 12.5, 15.0, 10.0
BOX_W = (FIG_W - 2 * PAD - (COLS - 1) * 16) / COLS


def wrap_label(label: str, width: float = BOX_W - 12, size: float = FONT) -> list[str]:
    """A label cut into lines that fit a box, Japanese anywhere, English at spaces."""
    lines, current = [], ""
    for token in label.split(" ") if label.isascii() else list(label):
        piece = (" " if current and label.isascii() else "") + token
        # a closing bracket or comma never starts a line (禁則): it stays on the line before, a little over
        if current and text_width(current + piece, size) > width and token not in "）)」、。・":
            lines.append(current)
            current = token
        else:
            current += piece
    return [*lines, current] if current else lines


def levels(centre: str, roles: list[str], links: list[tuple[str, str]]) -> list[list[tuple[str, str | None]]]:
    """Roles by their distance from the centre through the model's links, each with the role it hangs from."""
    Level = list[tuple[str, str | None]]
    first: Level = [(centre, None)]
    seen, out, frontier = {centre}, [first], [centre]
    while frontier:
        nxt: Level = []
        for parent in frontier:
            for a, b in links:
                other = b if a == parent else a if b == parent else None
                if other in roles and other not in seen:
                    seen.add(other)
                    nxt.append((other, parent))
        nxt.sort(key=lambda x: roles.index(x[0]))
        if nxt:
            out.append(nxt)
        frontier = [r for r, _ in nxt]
    rest: Level = [(r, None) for r in roles if r not in seen]
    return [*out, rest] if rest else out


def model_svg(plan: Plan, lang: str) -> str:
    """The regional model for A4: the centre on top, each role below the one it is linked from, three to a row;
    a missing role dashed red and said in words, an unknown one grey and said in words."""
    roles = {r.id: r for r in plan.model.roles}
    ids = list(roles)
    if not ids:  # every role ended before the plan's date (or began after it): the figure says so in words
        note = e(t("model_no_roles", lang))
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" class="model" viewBox="0 0 {FIG_W:.0f} 40" width="100%" '
            f'role="img" aria-label="{note}"><text x="{FIG_W / 2:.0f}" y="25" font-size="{FONT}" '
            f'text-anchor="middle">{note}</text></svg>'
        )
    centre = plan.model.centre if plan.model.centre in roles else ids[0]
    boxes: dict[str, tuple[float, float, float, float]] = {}
    texts: dict[str, list[str]] = {}
    parents: dict[str, str | None] = {}
    y = PAD
    for level in levels(centre, ids, plan.model.links):
        for start in range(0, len(level), COLS):
            row = level[start : start + COLS]
            lines = {rid: _label_lines(roles[rid], lang) for rid, _ in row}
            h = max(len(v) for v in lines.values()) * LINE + 14
            x = (FIG_W - (len(row) * BOX_W + (len(row) - 1) * 16)) / 2
            for rid, parent in row:
                boxes[rid], texts[rid], parents[rid] = (x, y, BOX_W, h), lines[rid], parent
                x += BOX_W + 16
            y += h + 26
    height = y - 26 + PAD
    title = e(pick(plan.model.title, lang))
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="model" viewBox="0 0 {FIG_W:.0f} {height:.0f}" '
        f'width="100%" role="img" aria-label="{title}">'
    ]
    for rid, parent in parents.items():
        if parent is not None:
            (ax, ay, aw, ah), (bx, by, bw, _) = boxes[parent], boxes[rid]
            out.append(
                f'<line x1="{ax + aw / 2:.1f}" y1="{ay + ah:.1f}" x2="{bx + bw / 2:.1f}" y2="{by:.1f}" '
                'stroke="#9aa9bb" stroke-width="1.2"/>'
            )
    for rid, (x, y0, w, h) in boxes.items():
        fill, stroke, dash = STYLE[roles[rid].status]
        tspans = "".join(
            f'<tspan x="{x + w / 2:.1f}" y="{y0 + 7 + FONT + i * LINE:.1f}">{e(line)}</tspan>'
            for i, line in enumerate(texts[rid])
        )
        out.append(
            f"<g><title>{e(pick(roles[rid].title, lang))}: {e(t(roles[rid].status + '_role', lang))}</title>"
            f'<rect x="{x:.1f}" y="{y0:.1f}" width="{w:.1f}" height="{h:.1f}" rx="8" fill="{fill}" '
            f'stroke="{stroke}" stroke-width="2"{dash}/>'
            f'<text font-size="{FONT}" text-anchor="middle">{tspans}</text></g>'
        )
    out.append("</svg>")
    return "".join(out)


def _label_lines(role: Any, lang: str) -> list[str]:
    """A role's name, then its standing in words where it is not present: （なし（不足））, （不明）."""
    lines = wrap_label(pick(role.title, lang))
    if role.status != "present":
        lines.append(f"（{t(role.status + '_role', lang)}）" if lang == "ja" else f"({t(role.status + '_role', lang)})")
    return lines


def printed_font_pt(svg: str) -> float:
    """The size labels print at when the figure spans the A4 text width (capped in height as the stylesheet does)."""
    width, height = (float(v) for v in svg.split('viewBox="0 0 ', 1)[1].split('"', 1)[0].split())
    mm_per_unit = min(PAGE_MM / width, MAX_HEIGHT_MM / height)
    return FONT * mm_per_unit / PT_MM


def timeline_svg(view: View) -> str:
    """The actions as bars over the twelve months of the fiscal year, one row each in rank order; labels wrap to two
    lines and print at 9 pt or more on A4."""
    left, cw, size, line = 250, 32, 12, 14
    rows = [(wrap_label(title, left - 14, size), months, beyond) for title, months, beyond in view.timeline]
    rows = [(_two_lines(lines, view.lang, left - 14), m, b) for lines, m, b in rows]
    heights = [max(1, len(lines)) * line + 10 for lines, _, _ in rows]
    width, height = left + 12 * cw + 10, 30 + sum(heights) + 10
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-label="{e(t("timeline", view.lang))}">'
    ]
    for m, name in enumerate(view.timeline_head):
        x = left + m * cw + cw / 2
        out.append(f'<text x="{x}" y="18" font-size="{size}" text-anchor="middle">{e(name)}</text>')
        out.append(f'<line x1="{left + m * cw}" y1="24" x2="{left + m * cw}" y2="{height - 6}" stroke="#ddd"/>')
    y = 30
    for (lines, months, beyond), rh in zip(rows, heights, strict=True):
        spans = "".join(f'<tspan x="4" y="{y + 5 + size + i * line}">{e(text)}</tspan>' for i, text in enumerate(lines))
        out.append(f'<text font-size="{size}">{spans}</text>')
        active = [m for m, on in enumerate(months) if on]
        if active:
            x1, x2 = left + active[0] * cw, left + (active[-1] + 1) * cw
            out.append(
                f'<rect x="{x1 + 2}" y="{y + 4}" width="{max(4, x2 - x1 - 4)}" height="{rh - 8}" '
                'rx="3" fill="#1a4e8a"/>'
            )
        if beyond:
            out.append(f'<text x="{width - 8}" y="{y + rh / 2 + 5}" font-size="{size}" text-anchor="end">→</text>')
        y += rh
    out.append("</svg>")
    return "".join(out)


def _two_lines(lines: list[str], lang: str, width: float) -> list[str]:
    """At most two lines: the rest of a long title is cut with an ellipsis on the second."""
    if len(lines) <= 2:
        return lines
    return [lines[0], _cut((" " if lang != "ja" else "").join(lines[1:]), width)]


def _cut(text: str, width: float, size: float = 12) -> str:
    if text_width(text, size) <= width:
        return text
    out = ""
    for ch in text:
        if text_width(out + ch + "…", size) > width:
            return out + "…"
        out += ch
    return out
