import { dayOf } from "../facts/day.js";
import type { ResolvedDate } from "../schema/index.js";

export interface TimelinePoint {
  date: ResolvedDate;
  /** Row number in the timeline table, printed beside the mark. */
  label: string;
}

const WIDTH = 660;
const HEIGHT = 96;
const MARGIN = 18;
const AXIS_Y = 58;
const BREAK_GAP = 14;

interface Segment {
  from: number;
  to: number;
  x0: number;
  x1: number;
}

/**
 * Splits the time axis where nothing happens for a long while, so a 2013 caption and a week of
 * fighting in 2016 both stay readable: each segment gets room for its own span, and the gap
 * between them is drawn as a break.
 */
function segments(days: number[]): Segment[] {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const total = sorted[sorted.length - 1]! - sorted[0]!;
  const groups: number[][] = [[sorted[0]!]];
  for (const day of sorted.slice(1)) {
    const current = groups[groups.length - 1]!;
    const gap = day - current[current.length - 1]!;
    if (gap > 90 && gap > total * 0.25) groups.push([day]);
    else current.push(day);
  }
  const spans = groups.map((g) => Math.max(g[g.length - 1]! - g[0]!, 1));
  const usable = WIDTH - 2 * MARGIN - BREAK_GAP * (groups.length - 1);
  // Every segment gets a floor of room, the rest shared by span.
  const floor = Math.min(60, usable / groups.length / 2);
  const spare = usable - floor * groups.length;
  const sum = spans.reduce((a, b) => a + b, 0);
  let x = MARGIN;
  return groups.map((g, i) => {
    const width = floor + (spare * spans[i]!) / sum;
    const segment = { from: g[0]!, to: g[g.length - 1]!, x0: x, x1: x + width };
    x += width + BREAK_GAP;
    return segment;
  });
}

function xOf(day: number, segs: Segment[]): number {
  const seg = segs.find((s) => day >= s.from && day <= s.to) ?? segs[0]!;
  if (seg.to === seg.from) return (seg.x0 + seg.x1) / 2;
  const pad = 8;
  return seg.x0 + pad + ((day - seg.from) / (seg.to - seg.from)) * (seg.x1 - seg.x0 - 2 * pad);
}

/**
 * The timeline as a small SVG: events on a date axis, stacked where they fall on the same spot,
 * a break across long quiet gaps, the first and last date of each stretch written under the axis.
 * Black and grey only, so it prints in black and white. Pure: no article text goes in.
 *
 * @example timelineSvg(points, (d) => formatDate(d, "en-GB"))
 */
export function timelineSvg(points: TimelinePoint[], label: (date: ResolvedDate) => string): string {
  if (points.length < 2) return "";
  const days = points.map((p) => dayOf(p.date));
  const segs = segments(days);
  const marks: string[] = [];
  const stacks = new Map<number, number>();
  points.forEach((point, i) => {
    const x = Math.round(xOf(days[i]!, segs));
    // Marks closer than their own width stack upwards: a dense week reads as a column.
    const key = [...stacks.keys()].find((k) => Math.abs(k - x) < 9) ?? x;
    const level = stacks.get(key) ?? 0;
    stacks.set(key, level + 1);
    const y = AXIS_Y - 10 - level * 11;
    const hollow = point.date.precision !== "day";
    marks.push(`<circle cx="${key}" cy="${y}" r="4.2" fill="${hollow ? "#fff" : "#222"}" stroke="#222" stroke-width="1.2"/>`);
    marks.push(`<text x="${key + 6.5}" y="${y + 3}" font-size="7.5" fill="#222">${escape(point.label)}</text>`);
  });
  const axis = segs.map((s) => `<line x1="${s.x0}" y1="${AXIS_Y}" x2="${s.x1}" y2="${AXIS_Y}" stroke="#222" stroke-width="1.4"/>`);
  const breaks = segs.slice(1).map((s) => {
    const x = s.x0 - BREAK_GAP / 2;
    return `<path d="M${x - 4} ${AXIS_Y + 5} L${x} ${AXIS_Y - 5} M${x} ${AXIS_Y + 5} L${x + 4} ${AXIS_Y - 5}" stroke="#222" stroke-width="1.2" fill="none"/>`;
  });
  const ticks = segs.flatMap((s) => {
    const ends = s.from === s.to ? [s.from] : [s.from, s.to];
    return ends.map((day, i) => {
      const point = points[days.indexOf(day)]!;
      const x = Math.round(xOf(day, segs));
      const anchor = ends.length === 1 ? "middle" : i === 0 ? "start" : "end";
      return `<line x1="${x}" y1="${AXIS_Y}" x2="${x}" y2="${AXIS_Y + 4}" stroke="#222"/><text x="${anchor === "start" ? x - 3 : anchor === "end" ? x + 3 : x}" y="${AXIS_Y + 15}" font-size="8" text-anchor="${anchor}" fill="#444">${escape(label(point.date))}</text>`;
    });
  });
  const top = Math.min(...[...stacks.values()].map((n) => AXIS_Y - 10 - (n - 1) * 11 - 8), 4);
  return `<svg class="timeline-graphic" xmlns="http://www.w3.org/2000/svg" viewBox="0 ${top} ${WIDTH} ${HEIGHT - top}" role="img" aria-label="Timeline of ${points.length} dated events">${axis.join("")}${breaks.join("")}${ticks.join("")}${marks.join("")}</svg>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}
