"""Figures drawn by code as inline SVG: a number line, or a timeline where every figure's
article is dated.

Each drawing is made twice, for a wide and for a narrow screen (the page shows one), each
with a viewBox so it scales with the width it is given. Labels are placed by code so that
none is cut at the ends of the drawing and none covers another: a number line stacks its
labels in lanes above the axis; a timeline moves a label up or down until it is free. Text
widths are estimated from the characters, generously, since the drawing is made before any
font is known.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup, escape

#: The two sizes drawn, in viewBox units: (name, width). The page shows the first above
#: 700 px and the second below it, each at about its own width, so text stays ~12 px.
SIZES = (("wide", 720), ("narrow", 360))
FONT = 12.0
LINE_H = 16.0
PAD = 8.0
GAP = 6.0  # the least space between two labels


@dataclass(frozen=True)
class Point:
    """One figure to draw: its number phrase, its value (or bounds), and when and where it
    was published."""

    label: str
    value: float | None
    low: float | None
    high: float | None
    who: str = ""
    when: date | None = None
    unit: str | None = None

    @property
    def bounds(self) -> list[float]:
        return [v for v in (self.low, self.value, self.high) if v is not None]


@dataclass(frozen=True)
class _Box:
    left: float
    top: float
    right: float
    bottom: float

    def clear_of(self, other: _Box) -> bool:
        return (
            self.right + GAP <= other.left
            or other.right + GAP <= self.left
            or self.bottom <= other.top
            or other.bottom <= self.top
        )


def text_width(text: str, size: float = FONT) -> float:
    """A generous estimate of the width of `text` in a sans-serif font of `size`."""
    width = 0.0
    for ch in text:
        if ch.isdigit():
            width += 0.64
        elif ch in " ,.;:'’|!il":
            width += 0.34
        elif ch in "mwMW":
            width += 0.95
        elif ch.isupper():
            width += 0.74
        else:
            width += 0.62
    return width * size


def plottable(points: Iterable[Point]) -> list[Point]:
    return [p for p in points if p.bounds]


def chart(points: list[Point], title: str, key: str, joined: bool = False) -> Markup | None:
    """A number line (or a timeline, where every point is dated and the dates differ) of
    `points`, drawn at each of SIZES; None when fewer than two points can be drawn.
    `key` makes the drawing's element ids unique in the page; `joined` joins a timeline's
    points in date order (for a tally: one count moving, not several things counted)."""
    drawn = plottable(points)
    if len(drawn) < 2:
        return None
    dated = all(p.when for p in drawn) and len({p.when for p in drawn}) > 1
    if not dated:
        return Markup("".join(_number_line(drawn, title, f"{key}-{n}", n, w) for n, w in SIZES))
    return Markup("".join(_timeline(drawn, title, f"{key}-{n}", n, w, joined) for n, w in SIZES))


class _Scale:
    """Values to x (or y) positions, linear from zero, or logarithmic where the values are
    twenty times apart or more."""

    def __init__(self, values: list[float], start: float, end: float) -> None:
        positive = [v for v in values if v > 0]
        lo, hi = min(values), max(values)
        self.log = bool(positive) and lo >= 0 and max(positive) / min(positive) >= 20
        self.start, self.end = start, end
        if self.log:
            self.lo = 10.0 ** math.floor(math.log10(min(positive)))
            self.hi = 10.0 ** math.ceil(math.log10(max(positive)))
            if self.hi <= self.lo:
                self.hi = self.lo * 10
        else:
            step = _nice_step(max(abs(hi), abs(lo)) / 4 or 1.0)
            self.lo = min(0.0, math.floor(lo / step) * step)
            self.hi = max(math.ceil(hi / step) * step, self.lo + step)

    def __call__(self, v: float) -> float:
        if self.log:
            v = max(v, self.lo)
            f = (math.log10(v) - math.log10(self.lo)) / (math.log10(self.hi) - math.log10(self.lo))
        else:
            f = (v - self.lo) / (self.hi - self.lo)
        return self.start + f * (self.end - self.start)

    def ticks(self) -> list[float]:
        if self.log:
            powers = range(round(math.log10(self.lo)), round(math.log10(self.hi)) + 1)
            ticks = [10.0**k for k in powers]
            every = math.ceil(len(ticks) / 7)
            return ticks[::every]
        step = _nice_step((self.hi - self.lo) / 4)
        n = round((self.hi - self.lo) / step)
        return [self.lo + i * step for i in range(n + 1)]

    def middle(self, p: Point) -> float:
        """Where a point sits: its value, else the middle of its bounds."""
        if p.value is not None:
            return p.value
        if p.low is not None and p.high is not None:
            if self.log and p.low > 0:
                return math.sqrt(p.low * p.high)
            return (p.low + p.high) / 2
        return p.bounds[0]


def _nice_step(raw: float) -> float:
    power = 10.0 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if m * power >= raw:
            return m * power
    return 10 * power


def tick_text(v: float, unit: str | None = None) -> str:
    """'0', '250', '1,500', '20k', '2.5M', '3bn'; a percentage keeps its sign."""
    for least, size, suffix in ((1e9, 1e9, "bn"), (1e6, 1e6, "M"), (1e4, 1e3, "k")):
        if abs(v) >= least:
            text = f"{v / size:.1f}".rstrip("0").rstrip(".") + suffix
            break
    else:
        text = f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}".rstrip("0")
    return text + ("%" if unit == "%" else "")


def _scale_note(scale: _Scale, unit: str | None) -> str:
    note = "log scale" if scale.log else "linear scale"
    return f"{note}, in {unit}" if unit and unit != "%" else note


def _common_unit(points: list[Point]) -> str | None:
    units = {p.unit for p in points}
    return units.pop() if len(units) == 1 else None


def _svg_open(key: str, size: str, width: float, height: float, title: str, desc: str) -> str:
    return (
        f'<svg class="chart {size}" role="img" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'aria-labelledby="{key}-t {key}-d" style="max-width:{width:.0f}px">'
        f'<title id="{key}-t">{escape(title)}</title><desc id="{key}-d">{escape(desc)}</desc>'
    )


def _text(x: float, y: float, text: str, anchor: str = "middle", css: str = "") -> str:
    cls = f' class="{css}"' if css else ""
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"{cls}>{escape(text)}</text>'


def _line(x1: float, y1: float, x2: float, y2: float, css: str) -> str:
    return f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" class="{css}"/>'


def _centred(x: float, width: float, text_w: float) -> float:
    """The left edge of a label centred on x, moved inside the drawing where it would be cut."""
    return min(max(x - text_w / 2, PAD / 2), width - PAD / 2 - text_w)


def _lanes(wanted: list[tuple[float, float]]) -> list[int]:
    """For labels given as (left, right), the lowest lane each fits in without touching the
    labels already in it (labels taken left to right)."""
    ends: list[float] = []
    lanes = [0] * len(wanted)
    for i in sorted(range(len(wanted)), key=lambda i: wanted[i][0]):
        left, right = wanted[i]
        lane = next((k for k, end in enumerate(ends) if end + GAP <= left), len(ends))
        if lane == len(ends):
            ends.append(right)
        else:
            ends[lane] = right
        lanes[i] = lane
    return lanes


def _axis_ticks(scale: _Scale, width: float, y: float, unit: str | None) -> list[str]:
    """Tick marks and their labels along a horizontal value axis at y."""
    return _x_ticks([(scale(t), tick_text(t, unit)) for t in scale.ticks()], width, y)


def _x_ticks(ticks: list[tuple[float, str]], width: float, y: float) -> list[str]:
    """Tick marks at x and their labels along a horizontal axis at y, each label kept whole
    and apart from the one before it (ticks whose label would collide are left unlabelled)."""
    parts: list[str] = []
    last_right = -math.inf
    for x, label in ticks:
        parts.append(_line(x, y, x, y + 5, "tick"))
        w = text_width(label)
        left = _centred(x, width, w)
        if left >= last_right + GAP:
            parts.append(_text(left + w / 2, y + 5 + FONT + 2, label, css="tick-label"))
            last_right = left + w
    return parts


def _marker(p: Point, scale: _Scale, at: float, along_x: bool) -> list[str]:
    """A point's bar (its bounds), open-ended arrow and dot, on a line at `at`."""
    parts = []

    def xy(v: float, off: float = 0.0) -> tuple[float, float]:
        return (scale(v) + off, at) if along_x else (at, scale(v) - off)

    if p.low is not None and p.high is not None and p.high > p.low:
        (x1, y1), (x2, y2) = xy(p.low), xy(p.high)
        parts.append(_line(x1, y1, x2, y2, "range"))
    elif p.high is None and p.low is not None:  # "more than": open upwards
        (x1, y1), (x2, y2) = xy(p.low), xy(p.low, 14)
        parts.append(_line(x1, y1, x2, y2, "open"))
    cx, cy = xy(scale.middle(p))
    parts.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="4.5" class="point"/>')
    return parts


def _number_line(points: list[Point], title: str, key: str, size: str, width: float) -> str:
    """Points on one horizontal axis, labels stacked above in lanes, each with a leader to
    its point."""
    scale = _Scale([v for p in points for v in p.bounds], PAD * 2, width - PAD * 2)
    unit = _common_unit(points)
    order = sorted(points, key=lambda p: (scale.middle(p), p.label))
    xs = [scale(scale.middle(p)) for p in order]
    widths = [text_width(p.label) for p in order]
    lefts = [_centred(x, width, w) for x, w in zip(xs, widths, strict=True)]
    lanes = _lanes([(left, left + w) for left, w in zip(lefts, widths, strict=True)])
    n_lanes = max(lanes) + 1
    axis_y = PAD + n_lanes * LINE_H + 12
    height = axis_y + 5 + FONT + 2 + 6 + LINE_H
    desc = (
        f"{len(points)} figures on a number line ({_scale_note(scale, unit)}): "
        + "; ".join(f"{p.label} ({_whose(p)})" for p in order)
        + ". The table below lists each."
    )
    parts = [
        _svg_open(key, size, width, height, title, desc),
        _line(PAD, axis_y, width - PAD, axis_y, "axis"),
    ]
    parts += _axis_ticks(scale, width, axis_y, unit)
    labels = []
    for p, x, w, left, lane in zip(order, xs, widths, lefts, lanes, strict=True):
        baseline = axis_y - 12 - lane * LINE_H
        parts.append(_line(x, baseline + 3, x, axis_y, "leader"))
        parts += _marker(p, scale, axis_y, along_x=True)
        labels.append(_text(left + w / 2, baseline, p.label, css="label"))
    parts += labels  # drawn last: over every leader and marker
    parts.append(_text(width - PAD, height - 4, _scale_note(scale, unit), "end", "note"))
    parts.append("</svg>")
    return "".join(parts)


def _whose(p: Point) -> str:
    """'Outlet, 21 Oct 2019' or 'Outlet, undated'."""
    return ", ".join(x for x in (p.who, _date_text(p.when, True) if p.when else "undated") if x)


def _date_text(d: date, with_year: bool) -> str:
    return f"{d.day} {d:%b}" + (f" {d.year}" if with_year else "")


def _timeline(
    points: list[Point], title: str, key: str, size: str, width: float, joined: bool
) -> str:
    """Points by publication date (x) and value (y), joined in date order if `joined`;
    labels beside their points, moved up or down until free, with a leader when moved."""
    plot_h = 150.0
    top = PAD + LINE_H / 2
    bottom = top + plot_h
    unit = _common_unit(points)
    values = [v for p in points for v in p.bounds]
    y_scale = _Scale(values, bottom, top)
    y_labels = [tick_text(t, unit) for t in y_scale.ticks()]
    left = PAD + max(text_width(t) for t in y_labels) + 8
    days = sorted({p.when for p in points if p.when})
    first, last = days[0].toordinal(), days[-1].toordinal()
    x0, x1 = left + 14, width - PAD - 14

    def x_of(d: date) -> float:
        return x0 + (d.toordinal() - first) / (last - first) * (x1 - x0)

    with_year = days[0].year != days[-1].year
    height = bottom + 5 + FONT + 2 + 6 + LINE_H
    order = sorted(points, key=lambda p: (p.when or date.min, y_scale.middle(p)))
    desc = (
        f"{len(points)} figures by publication date ({_scale_note(y_scale, unit)}): "
        + "; ".join(f"{p.label} ({_whose(p)})" for p in order)
        + ". The table below lists each."
    )
    parts = [
        _svg_open(key, size, width, height, title, desc),
        _line(left, bottom, width - PAD, bottom, "axis"),
        _line(left, top, left, bottom, "axis"),
    ]
    for t in y_scale.ticks():
        y = y_scale(t)
        parts.append(_line(left - 4, y, left, y, "tick"))
        parts.append(_text(left - 6, y + FONT / 3, tick_text(t, unit), "end", "tick-label"))
    parts += _x_ticks([(x_of(d), _date_text(d, with_year)) for d in days], width, bottom)
    coords = [(x_of(p.when or days[0]), y_scale(y_scale.middle(p))) for p in order]
    if joined:
        trend = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
        parts.append(f'<polyline class="trend" points="{trend}"/>')
    placed: list[_Box] = []
    labels = []
    for p, (x, y) in zip(order, coords, strict=True):
        parts += _marker(p, y_scale, x, along_x=False)
        w = text_width(p.label)
        lx = x + 9 if x + 9 + w <= width - PAD / 2 else x - 9 - w
        box = _free_box(lx, y, w, placed, top - LINE_H / 2, bottom)
        placed.append(box)
        mid = (box.top + box.bottom) / 2
        if abs(mid - y) > LINE_H / 2:  # moved: a leader from the label to its point
            edge = box.left if box.left > x else box.right
            parts.append(_line(x, y, edge, mid, "leader"))
        labels.append(_text(box.left + w / 2, box.bottom - 4, p.label, css="label"))
    parts += labels
    parts.append(
        _text(
            width - PAD,
            height - 4,
            f"publication date{'' if with_year else f' ({days[0].year})'} · "
            f"{_scale_note(y_scale, unit)}",
            "end",
            "note",
        )
    )
    parts.append("</svg>")
    return "".join(parts)


def _free_box(
    left: float, y: float, w: float, placed: list[_Box], top: float, bottom: float
) -> _Box:
    """A label's box beside y, moved up or down a line at a time until it touches no label
    already placed and stays between top and bottom."""
    first = None
    for step in range(24):
        # 0, one line up, one line down, two up, two down...
        shift = (step + 1) // 2 * LINE_H * (-1 if step % 2 else 1)
        box_top = y - LINE_H / 2 + shift
        box = _Box(left, box_top, left + w, box_top + LINE_H)
        if box.top < top or box.bottom > bottom + LINE_H / 2:
            continue
        first = first or box
        if all(box.clear_of(b) for b in placed):
            return box
    return first or _Box(left, y - LINE_H / 2, left + w, y + LINE_H / 2)
