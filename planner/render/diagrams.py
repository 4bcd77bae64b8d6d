"""The plan's two figures as small hand-written inline SVG: the regional model and the fiscal-year timeline."""

from __future__ import annotations

import math
from html import escape as e
from itertools import combinations

from planner.i18n import pick, t
from planner.planning.plan import Plan
from planner.render.view import View

BOX_H, GAP = 30, 8
STYLE = {
    "present": ("#e8f4ea", "#2e7d32", ""),
    "missing": ("#fdecea", "#c62828", ' stroke-dasharray="6 3"'),
    "unknown": ("#f2f2f2", "#9e9e9e", ""),
}
MARK = {"present": "", "missing": " ✗", "unknown": " ?"}


def short(label: str) -> str:
    """A role's name before any parenthesised gloss, where space is short; tables have it in full."""
    for mark in ("（", " ("):
        if mark in label and not label.startswith(mark):
            return label.split(mark)[0]
    return label


def text_width(label: str, size: int = 12) -> float:
    """Estimated width of a label: CJK characters are a full em, others about half."""
    return sum(size if ord(ch) > 0x2E80 else size * 0.55 for ch in label)


def overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float], gap: float = GAP) -> bool:
    """Whether two boxes (x, y, w, h) come closer than gap."""
    return not (
        a[0] + a[2] + gap <= b[0] or b[0] + b[2] + gap <= a[0] or a[1] + a[3] + gap <= b[1] or b[1] + b[3] + gap <= a[1]
    )


def _ring(labels: list[tuple[str, float]], rx: float, ry: float, phase: float) -> dict[str, tuple[float, float]]:
    n = max(1, len(labels))
    return {
        rid: (rx * math.cos(phase + 2 * math.pi * i / n), ry * math.sin(phase + 2 * math.pi * i / n))
        for i, (rid, _) in enumerate(labels)
    }


def layout(
    widths: dict[str, float], centre: str, inner: list[str], outer: list[str]
) -> dict[str, tuple[float, float, float, float]]:
    """Boxes around the centre: linked roles on an inner ring, the rest outside; rings grow until nothing overlaps."""
    rx_in, rx_out = 170.0, 360.0
    core = {centre, *inner}
    for _ in range(400):
        pos = {centre: (0.0, 0.0)}
        pos |= _ring([(r, widths[r]) for r in inner], rx_in, rx_in * 0.5, -math.pi / 2)
        pos |= _ring([(r, widths[r]) for r in outer], rx_out, rx_out * 0.62, -math.pi / 2 + 0.17)
        boxes = {r: (x - widths[r] / 2, y - BOX_H / 2, widths[r], float(BOX_H)) for r, (x, y) in pos.items()}
        clash = [(a, b) for a, b in combinations(boxes, 2) if overlaps(boxes[a], boxes[b])]
        if not clash:
            return boxes
        if any({a, b} <= core for a, b in clash):
            rx_in *= 1.06
            rx_out = max(rx_out, rx_in * 1.6)
        else:
            rx_out *= 1.06
    raise AssertionError("the model's layout did not converge")


def model_svg(plan: Plan, lang: str) -> str:
    """The regional model: the centre, its direct links on an inner ring, the others outside; missing dashed red."""
    roles = {r.id: r for r in plan.model.roles}
    centre = plan.model.centre if plan.model.centre in roles else next(iter(roles))
    linked = [b if a == centre else a for a, b in plan.model.links if centre in (a, b)]
    inner = [r for r in roles if r in linked and r != centre]
    outer = [r for r in roles if r not in linked and r != centre]
    labels = {r.id: short(pick(r.title, lang)) + MARK[r.status] for r in roles.values()}
    boxes = layout({rid: 20 + text_width(label) for rid, label in labels.items()}, centre, inner, outer)
    x0 = min(b[0] for b in boxes.values()) - 10
    y0 = min(b[1] for b in boxes.values()) - 10
    width = max(b[0] + b[2] for b in boxes.values()) - x0 + 10
    height = max(b[1] + b[3] for b in boxes.values()) - y0 + 10
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="model" viewBox="{x0:.0f} {y0:.0f} {width:.0f} {height:.0f}" '
        f'width="100%" role="img" aria-label="{e(pick(plan.model.title, lang))}">'
    ]
    for a, b in plan.model.links:
        if a in boxes and b in boxes:
            (ax, ay, aw, ah), (bx, by, bw, bh) = boxes[a], boxes[b]
            out.append(
                f'<line x1="{ax + aw / 2:.1f}" y1="{ay + ah / 2:.1f}" x2="{bx + bw / 2:.1f}" '
                f'y2="{by + bh / 2:.1f}" stroke="#9aa9bb" stroke-width="1.2"/>'
            )
    for rid in [centre, *inner, *outer]:
        x, y, w, h = boxes[rid]
        fill, stroke, dash = STYLE[roles[rid].status]
        out.append(
            f"<g><title>{e(pick(roles[rid].title, lang))}: {e(t(roles[rid].status + '_role', lang))}</title>"
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h}" rx="8" fill="{fill}" '
            f'stroke="{stroke}" stroke-width="2"{dash}/>'
            f'<text x="{x + w / 2:.1f}" y="{y + h / 2 + 4:.1f}" font-size="12" text-anchor="middle">'
            f"{e(labels[rid])}</text></g>"
        )
    out.append("</svg>")
    return "".join(out)


def timeline_svg(view: View) -> str:
    """The actions as bars over the twelve months of the fiscal year, one row each, by task lane."""
    left, cw, rh = 300, 38, 22
    width, height = left + 12 * cw + 10, 30 + rh * len(view.timeline) + 10
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-label="{e(t("timeline", view.lang))}">'
    ]
    for m, name in enumerate(view.timeline_head):
        out.append(f'<text x="{left + m * cw + cw / 2}" y="18" font-size="11" text-anchor="middle">{e(name)}</text>')
        out.append(f'<line x1="{left + m * cw}" y1="24" x2="{left + m * cw}" y2="{height - 6}" stroke="#ddd"/>')
    for i, (title, months, beyond) in enumerate(view.timeline):
        y = 30 + i * rh
        label = title if text_width(title, 11) <= left - 10 else _cut(title, left - 20)
        out.append(f'<text x="4" y="{y + 15}" font-size="11">{e(label)}</text>')
        active = [m for m, on in enumerate(months) if on]
        if active:
            x1, x2 = left + active[0] * cw, left + (active[-1] + 1) * cw
            out.append(
                f'<rect x="{x1 + 2}" y="{y + 4}" width="{max(4, x2 - x1 - 4)}" height="{rh - 8}" '
                'rx="3" fill="#1a4e8a"/>'
            )
        if beyond:
            out.append(f'<text x="{width - 8}" y="{y + 15}" font-size="11" text-anchor="end">→</text>')
    out.append("</svg>")
    return "".join(out)


def _cut(text: str, width: float) -> str:
    out = ""
    for ch in text:
        if text_width(out + ch + "…", 11) > width:
            return out + "…"
        out += ch
    return out
