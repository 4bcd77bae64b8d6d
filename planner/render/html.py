"""One self-contained printable HTML page; the regional model and the timeline as inline SVG."""
from __future__ import annotations

import math
from html import escape as e

from ..i18n import MONTHS, fy_label, pick, t, ward_name
from ..plan import Plan
from .common import fact_line, period, short, span

CSS = """
body{font-family:"Noto Sans CJK JP","Hiragino Sans","Yu Gothic",sans-serif;margin:2em auto;max-width:60em;
color:#222;line-height:1.5}h1{font-size:1.5em;border-bottom:3px solid #1a4e8a}h2{color:#1a4e8a;margin-top:1.6em}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #bbb;padding:.25em .4em;
font-size:.9em;vertical-align:top}th{background:#eef3f9}blockquote{border-left:4px solid #1a4e8a;margin:.4em 0;
padding:.2em .8em;background:#f7f9fc}.action{break-inside:avoid;border:1px solid #ddd;padding:.5em 1em;
margin:.8em 0}.meta{color:#555;font-size:.85em}.missing{color:#c62828;font-weight:bold}.unknown{color:#777}
.present{color:#2e7d32}svg text{font-family:inherit}@media print{body{margin:0;max-width:none}h2{break-after:avoid}}
"""


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
    style = {"present": ('#e8f4ea', '#2e7d32', ''), "missing": ('#fdecea', '#c62828', ' stroke-dasharray="6 3"'),
             "unknown": ('#f2f2f2', '#9e9e9e', '')}
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="100%" role="img" '
           f'aria-label="{e(pick(plan.model.title, lang))}">']
    for a, b in plan.model.links:
        if a in pos and b in pos:
            (x1, y1), (x2, y2) = pos[a], pos[b]
            out.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#9aa9bb" stroke-width="1.2"/>')
    for r in sorted(plan.model.roles, key=lambda r: r.id != centre_id):
        x, y = pos[r.id]
        fill, stroke, dash = style[r.status]
        label = short(pick(r.title, lang)) + {"present": "", "missing": " ✗", "unknown": " ?"}[r.status]
        w = 16 + sum(12 if ord(ch) > 0x2E80 else 6.5 for ch in label)
        out.append(f'<g><title>{e(pick(r.title, lang))}: {e(t(r.status, lang))}</title>'
                   f'<rect x="{x - w / 2:.1f}" y="{y - 15:.1f}" width="{w:.1f}" height="30" rx="8" fill="{fill}" '
                   f'stroke="{stroke}" stroke-width="2"{dash}/>'
                   f'<text x="{x:.1f}" y="{y + 5:.1f}" font-size="12" text-anchor="middle">{e(label)}</text></g>')
    out.append("</svg>")
    return "".join(out)


def timeline_svg(plan: Plan, lang: str) -> str:
    rows = sorted(plan.actions, key=lambda a: (a.task, a.rank))
    left, cw, rh = 300, 38, 22
    W, H = left + 12 * cw + 10, 30 + rh * len(rows) + 10
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="100%" role="img" '
           f'aria-label="{e(t("timeline", lang))}">']
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
            out.append(f'<rect x="{x1 + 2}" y="{y + 4}" width="{max(4, x2 - x1 - 4)}" height="{rh - 8}" rx="3" '
                       f'fill="{colours.get(a.task, "#555")}"><title>{e(period(plan, a, lang))}</title></rect>')
        if end > 11:
            out.append(f'<text x="{W - 8}" y="{y + 15}" font-size="11" text-anchor="end">→</text>')
    out.append("</svg>")
    return "".join(out)


def render_html(plan: Plan, lang: str) -> str:
    w = plan.ward
    title = f"{t('plan_title', lang)} — {ward_name(plan, lang)}"
    B = [f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{e(title)}</title>',
         f"<style>{CSS}</style></head><body>", f"<h1>{e(title)}</h1>", '<p class="meta">']
    B.append(f"{e(t('area', lang))}: {e(w.area_ja)} ({e(w.area)}) · {e(t('as_of', lang))}: {e(plan.as_of)} · "
             f"{e(t('fiscal_year', lang))}: {e(fy_label(plan.fiscal_year, lang))} · {e(t('completeness', lang))}: "
             f"{w.known_fields}/{w.total_fields}")
    if w.hub_hospital:
        B.append(f" · {e(t('hub', lang))}: {e(pick(w.hub_hospital, lang))}")
    B.append("</p>")
    B.append(f"<h2>{e(t('summary', lang))}</h2>")
    if plan.actions:
        B.append("<table><tr>" + "".join(f"<th>{e(t(k, lang))}</th>" for k in
                                         ("rank", "score", "action", "task", "lessons", "period", "lead")) + "</tr>")
        for a in plan.actions:
            B.append(f"<tr><td>{a.rank}</td><td>{a.score}</td><td>{e(pick(a.title, lang))}</td><td>{a.task}</td>"
                     f"<td>{e(', '.join(a.lessons))}</td><td>{e(a.start)} – {e(a.end)}</td>"
                     f"<td>{e(pick(plan.roles[a.lead], lang))}</td></tr>")
        B.append("</table>")
    else:
        B.append(f"<p>{e(t('no_actions', lang))}</p>")
    B.append(f'<p class="meta">{e(t("scoring", lang))}: {e(t("scoring_text", lang))}</p>')
    B.append(f"<h2>{e(t('timeline', lang))} — {e(fy_label(plan.fiscal_year, lang))}</h2>{timeline_svg(plan, lang)}")
    B.append(f"<h2>{e(t('model', lang))}: {e(pick(plan.model.title, lang))}</h2>")
    B.append(f'<p class="meta">{e(plan.model.figure)} — {e(t("legend", lang))}</p>{model_svg(plan, lang)}')
    B.append("<table><tr>" + "".join(f"<th>{e(t(k, lang))}</th>" for k in ("role", "status", "facts")) + "</tr>")
    for r in plan.model.roles:
        facts = ", ".join(f"{k} = {t('value_unknown', lang) if v is None else v}" for k, v in r.fields.items())
        B.append(f'<tr><td>{e(pick(r.title, lang))}</td><td class="{r.status}">{e(t(r.status, lang))}</td>'
                 f"<td>{e(facts)}</td></tr>")
    B.append(f"</table><h2>{e(t('actions', lang))}</h2>")
    for a in plan.actions:
        p = a.score_parts
        B.append(f'<div class="action" id="{e(a.id)}"><h3>{a.rank}. {e(pick(a.title, lang))}</h3>'
                 f"<p>{e(pick(a.description, lang))}</p><p class=\"meta\">{e(t('score', lang))} {a.score} = "
                 f"{p.severity} + {p.lessons} + {p.gap} + {p.weight} · {e(a.task)} · {e(', '.join(a.lessons))} · "
                 f"{e(period(plan, a, lang))} · {e(t('lead', lang))}: {e(pick(plan.roles[a.lead], lang))} "
                 f"({e(t(a.lead_status, lang))}) · {e(t('partners', lang))}: "
                 f"{e(', '.join(pick(plan.roles[r], lang) for r in a.partners) or '-')}</p><p><b>{e(t('target', lang))}</b>: {e(pick(a.target, lang))}</p>")
        B.append(f"<p><b>{e(t('why', lang))}</b></p><ul>")
        for r in a.because:
            B.append(f"<li><code>{e(r.rule)}</code> {e(pick(r.title, lang))} — {e(t(r.status, lang))}<ul>")
            B += [f"<li>{e(fact_line(f, lang))}</li>" for f in r.facts]
            B.append("</ul></li>")
        B.append("</ul>")
        seen = set()
        for ev in a.evidence:
            if (ev.quote, ev.where) not in seen:
                seen.add((ev.quote, ev.where))
                B.append(f"<blockquote>{e(ev.quote)}<br><small>— {e(ev.where)} ({e(ev.source)})</small></blockquote>")
        B.append("</div>")
    B.append(f"<h2>{e(t('data_gaps', lang))}</h2>")
    if plan.data_gaps:
        B.append("<table><tr>" + "".join(f"<th>{e(t(k, lang))}</th>" for k in ("field", "rules", "survey")) + "</tr>")
        for g in plan.data_gaps:
            B.append(f"<tr><td><code>{e(g.field)}</code> {e(pick(g.title, lang))}</td><td>{e(', '.join(g.rules))}</td>"
                     f"<td>{e(g.survey or '-')}</td></tr>")
        B.append("</table>")
    else:
        B.append(f"<p>{e(t('no_gaps', lang))}</p>")
    g = plan.generated_by
    B.append(f'<h2>{e(t("generated_by", lang))}</h2><p class="meta">planner {e(g.planner)}; {e(g.rulebook)}<br>'
             f"profile sha256 {g.profile_sha256}<br>rules sha256 {g.rules_sha256}<br>models sha256 {g.models_sha256}</p>")
    B.append("</body></html>\n")
    return "\n".join(B)
