"""The plan's two figures as small hand-written inline SVG: the regional model and the fiscal-year timeline."""

from __future__ import annotations

import math
from html import escape as e

from planner.i18n import MONTHS, pick, t
from planner.planning.build import Plan
from planner.render.common import period, short, span


def model_svg(plan: Plan, lang: str) -> str:
    centre_id = plan.model.centre
    linked = {b if a == centre_id else a for a, b in plan.model.links if centre_id in (a, b)}
    inner = [r for r in plan.model.roles if r.id in linked and r.id != centre_id]
    outer = [r for r in plan.model.roles if r.id not in linked and r.id != centre_id]
    W, H = 900, 620
    cx, cy = W / 2, H / 2
    pos = {centre_id: (cx, cy)}
    for ring, (rx, ry, phase) in ((inner, (150, 75, -math.pi / 2)), (outer, (350, 245, -math.pi / 2 + 0.2))):
        for i, r in enumerate(ring):
            ang = phase + 2 * math.pi * i / max(1, len(ring))
            pos[r.id] = (cx + rx * math.cos(ang), cy + ry * math.sin(ang))
    style = {
        "present": ("#e8f4ea", "#2e7d32", ""),
        "missing": ("#fdecea", "#c62828", ' stroke-dasharray="6 3"'),
        "unknown": ("#f2f2f2", "#9e9e9e", ""),
    }
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="100%" role="img" '
        f'aria-label="{e(pick(plan.model.title, lang))}">'
    ]
    for a, b in plan.model.links:
        if a in pos and b in pos:
            (x1, y1), (x2, y2) = pos[a], pos[b]
            out.append(
                f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#9aa9bb" stroke-width="1.2"/>'
            )
    for r in sorted(plan.model.roles, key=lambda r: r.id != centre_id):
        x, y = pos[r.id]
        fill, stroke, dash = style[r.status]
        label = short(pick(r.title, lang)) + {"present": "", "missing": " ✗", "unknown": " ?"}[r.status]
        w = 16 + sum(12 if ord(ch) > 0x2E80 else 6.5 for ch in label)
        out.append(
            f"<g><title>{e(pick(r.title, lang))}: {e(t(r.status, lang))}</title>"
            f'<rect x="{x - w / 2:.1f}" y="{y - 15:.1f}" width="{w:.1f}" height="30" rx="8" fill="{fill}" '
            f'stroke="{stroke}" stroke-width="2"{dash}/>'
            f'<text x="{x:.1f}" y="{y + 5:.1f}" font-size="12" text-anchor="middle">{e(label)}</text></g>'
        )
    out.append("</svg>")
    return "".join(out)


def timeline_svg(plan: Plan, lang: str) -> str:
    rows = sorted(plan.actions, key=lambda a: (a.task, a.rank))
    left, cw, rh = 300, 38, 22
    W, H = left + 12 * cw + 10, 30 + rh * len(rows) + 10
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="100%" role="img" '
        f'aria-label="{e(t("timeline", lang))}">'
    ]
    for m, name in enumerate(MONTHS[lang]):
        out.append(f'<text x="{left + m * cw + cw / 2}" y="18" font-size="11" text-anchor="middle">{e(name)}</text>')
        out.append(f'<line x1="{left + m * cw}" y1="24" x2="{left + m * cw}" y2="{H - 6}" stroke="#ddd"/>')
    colours = {"T1": "#1a4e8a", "T2": "#6a1b9a", "T3": "#00838f", "T4": "#2e7d32", "T5": "#ef6c00", "T6": "#ad1457"}
    for i, a in enumerate(rows):
        y = 30 + i * rh
        s, end = span(plan, a)
        label = f"{a.task} {a.rank}. {pick(a.title, lang)}"
        label = label if len(label) <= 30 else label[:29] + "…"
        out.append(f'<text x="4" y="{y + 15}" font-size="11">{e(label)}</text>')
        x1, x2 = left + max(0, s) * cw, left + (min(end, 11) + 1) * cw
        if s <= 11:
            out.append(
                f'<rect x="{x1 + 2}" y="{y + 4}" width="{max(4, x2 - x1 - 4)}" height="{rh - 8}" rx="3" '
                f'fill="{colours.get(a.task, "#555")}"><title>{e(period(plan, a, lang))}</title></rect>'
            )
        if end > 11:
            out.append(f'<text x="{W - 8}" y="{y + 15}" font-size="11" text-anchor="end">→</text>')
    out.append("</svg>")
    return "".join(out)
