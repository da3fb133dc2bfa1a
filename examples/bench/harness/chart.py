"""A hand-made SVG bar chart of each variant's time relative to C (log scale):
one group of bars per benchmark plus a geometric-mean group. Hand-made because
a stdlib-only script has no plotting library, and the chart is simple."""

from __future__ import annotations

import math
from xml.sax.saxutils import escape

COLORS = {
    "cpython": "#9e9e9e",
    "cython_py": "#f2b36f",
    "cython_pyx": "#d9622b",
    "mypyc": "#5b8fd9",
    "taipan": "#2e9e5b",
}
FALLBACK_COLOR = "#7b5ea7"

BAR_WIDTH = 12
GROUP_GAP = 18
LEFT = 64
RIGHT = 24
# Room right of the plot for the labels of the reference lines.
LINE_LABELS = 84
TOP = 64
PLOT_HEIGHT = 300
BOTTOM = 96
FONT = "font-family='Helvetica, Arial, DejaVu Sans, sans-serif'"
MIN_WIDTH = 640


def _decade_bounds(values: list[float]) -> tuple[float, float]:
    """Powers of ten around the values and 1 (C itself)."""
    low = min(values + [1.0])
    high = max(values + [1.0])
    return 10.0 ** math.floor(math.log10(low * 0.95)), 10.0 ** math.ceil(math.log10(high * 1.05))


def _ratio_label(value: float) -> str:
    return f"{value:g}×"


def render_svg(
    ratios: dict[str, dict[str, float | None]],
    labels: dict[str, str],
    target: float | None,
    title: str,
    annotations: dict[str, dict[str, str]] | None = None,
) -> str:
    """`ratios[variant][benchmark]` is the variant's time ÷ C's time, or None;
    `annotations[variant][benchmark]` is a short text drawn above that bar."""
    variants = list(ratios)
    groups = list(next(iter(ratios.values()), {}))
    group_width = len(variants) * BAR_WIDTH + GROUP_GAP
    legend_width = sum(34 + 7 * len(labels.get(v, v)) for v in variants)
    plot_width = max(1, len(groups)) * group_width
    width = max(MIN_WIDTH, LEFT + plot_width + LINE_LABELS + RIGHT, LEFT + legend_width + RIGHT)
    height = TOP + PLOT_HEIGHT + BOTTOM
    svg = [
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' viewBox='0 0 {width} {height}'>",
        f"<rect width='{width}' height='{height}' fill='white'/>",
        f"<text x='{LEFT}' y='22' {FONT} font-size='15' font-weight='bold'>{escape(title)}</text>",
    ]

    # Legend, one row under the title.
    legend_x = LEFT
    for variant in variants:
        color = COLORS.get(variant, FALLBACK_COLOR)
        label = escape(labels.get(variant, variant))
        svg.append(f"<rect x='{legend_x}' y='34' width='12' height='12' fill='{color}'/>")
        svg.append(f"<text x='{legend_x + 16}' y='45' {FONT} font-size='12'>{label}</text>")
        legend_x += 34 + 7 * len(labels.get(variant, variant))

    values = [v for per in ratios.values() for v in per.values() if v is not None and v > 0]
    if not values:
        svg.append(
            f"<text x='{LEFT}' y='{TOP + PLOT_HEIGHT // 2}' {FONT} font-size='14' fill='#666'>"
            "no variant has a time and a C time yet</text>"
        )
        svg.append("</svg>")
        return "\n".join(svg) + "\n"

    low, high = _decade_bounds(values)
    span = math.log10(high) - math.log10(low)

    def y_of(value: float) -> float:
        return TOP + PLOT_HEIGHT * (math.log10(high) - math.log10(value)) / span

    plot_right = width - RIGHT - LINE_LABELS
    bottom = TOP + PLOT_HEIGHT
    # Grid: every decade, with 2x and 5x as fainter lines.
    decade = low
    while decade <= high * 1.0001:
        for step, stroke in ((1, "#cccccc"), (2, "#eeeeee"), (5, "#eeeeee")):
            line_value = decade * step
            if line_value > high * 1.0001:
                continue
            y = y_of(line_value)
            svg.append(f"<line x1='{LEFT}' y1='{y:.1f}' x2='{plot_right}' y2='{y:.1f}' stroke='{stroke}'/>")
            if step == 1:
                svg.append(
                    f"<text x='{LEFT - 6}' y='{y + 4:.1f}' {FONT} font-size='11' text-anchor='end'>"
                    f"{escape(_ratio_label(line_value))}</text>"
                )
        decade *= 10
    y_one = y_of(1.0)
    svg.append(
        f"<line x1='{LEFT}' y1='{y_one:.1f}' x2='{plot_right}' y2='{y_one:.1f}' stroke='#222' stroke-width='1.5'/>"
    )
    svg.append(f"<text x='{plot_right + 6}' y='{y_one + 4:.1f}' {FONT} font-size='11'>C = 1×</text>")
    if target is not None and low < target < high:
        y_target = y_of(target)
        svg.append(
            f"<line x1='{LEFT}' y1='{y_target:.1f}' x2='{plot_right}' y2='{y_target:.1f}' "
            "stroke='#2e9e5b' stroke-dasharray='5,4'/>"
        )
        svg.append(
            f"<text x='{plot_right + 6}' y='{y_target - 2:.1f}' {FONT} font-size='11' "
            f"fill='#2e9e5b'>target {escape(_ratio_label(target))}</text>"
        )
    svg.append(
        f"<text x='16' y='{TOP + PLOT_HEIGHT / 2:.0f}' {FONT} font-size='12' text-anchor='middle' "
        f"transform='rotate(-90 16 {TOP + PLOT_HEIGHT / 2:.0f})'>time ÷ C time (log scale)</text>"
    )

    for g, group in enumerate(groups):
        x0 = LEFT + g * group_width + GROUP_GAP / 2
        for b, variant in enumerate(variants):
            x = x0 + b * BAR_WIDTH
            value = ratios[variant].get(group)
            label = escape(labels.get(variant, variant))
            if value is None or value <= 0:
                svg.append(
                    f"<text x='{x + BAR_WIDTH / 2:.1f}' y='{bottom - 3}' {FONT} font-size='10' fill='#888' "
                    f"text-anchor='middle'>–<title>{label}: no time</title></text>"
                )
                continue
            y = y_of(value)
            note = (annotations or {}).get(variant, {}).get(group)
            svg.append(
                f"<rect x='{x:.1f}' y='{y:.1f}' width='{BAR_WIDTH - 1}' height='{bottom - y:.1f}' "
                f"fill='{COLORS.get(variant, FALLBACK_COLOR)}'><title>{escape(group)}, {label}: "
                f"{value:.3g}× C{escape(f' ({note})') if note else ''}</title></rect>"
            )
            if note:
                svg.append(
                    f"<text x='{x + BAR_WIDTH / 2:.1f}' y='{y - 3:.1f}' {FONT} font-size='9' "
                    f"text-anchor='middle'>{escape(note)}</text>"
                )
        label_x = x0 + len(variants) * BAR_WIDTH / 2
        svg.append(
            f"<text x='{label_x:.1f}' y='{bottom + 14}' {FONT} font-size='11' text-anchor='end' "
            f"transform='rotate(-35 {label_x:.1f} {bottom + 14})'>{escape(group)}</text>"
        )
    svg.append(f"<line x1='{LEFT}' y1='{bottom}' x2='{plot_right}' y2='{bottom}' stroke='#222'/>")
    svg.append("</svg>")
    return "\n".join(svg) + "\n"
