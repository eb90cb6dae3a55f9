import type { Verdict } from '../../model/finding.js';
import { formatPercent } from '../format-number.js';
import { escapeHtml } from '../escape.js';
import { VERDICT_LABEL } from '../verdicts.js';
import { linearScale, px } from './scale.js';
import { svgFrame } from './svg.js';
import { LINE_HEIGHT, multilineText, wrapLines } from './wrap-text.js';
import type { Interval } from '../../model/interval.js';
import { countOf } from '../../util/plural.js';

/** One calibration bin: mean score (x) against the observed positive rate (y), with rows and an interval. */
export interface ReliabilityPoint {
  meanScore: number;
  positiveRate: number;
  n: number;
  interval?: Interval;
}

export interface ReliabilitySpec {
  id: string;
  group: string;
  points: ReliabilityPoint[];
  /** e.g. `ECE 0.017` */
  summary: string;
  verdict?: Verdict;
}

const SIZE = 240;
const PAD = { left: 40, right: 12, top: 26, bottom: 52 };
function describe(spec: ReliabilitySpec): string {
  const bins = spec.points.map((p) => `mean score ${formatPercent(p.meanScore)}, observed ${formatPercent(p.positiveRate)} of ${countOf(p.n, 'rows')}`);
  const verdict = spec.verdict ? `, ${VERDICT_LABEL[spec.verdict].word}` : '';
  return `Reliability diagram of ${spec.group} (${spec.summary}${verdict}). A perfectly calibrated model lies on the diagonal. ${bins.join('; ')}.`;
}

/**
 * A reliability diagram (calibration curve) for one group: each non-empty bin
 * at (mean score, observed positive rate), its area proportional to its rows,
 * a Wilson whisker on the observed rate, and the diagonal of perfect calibration.
 */
export function reliabilityChart(spec: ReliabilitySpec): string {
  // the group's name wraps above the plot, which moves down to make room
  const titleLines = wrapLines(spec.group, SIZE - 12);
  const padTop = PAD.top + (titleLines.length - 1) * LINE_HEIGHT;
  const plot = SIZE - PAD.left - PAD.right;
  const height = padTop + plot + PAD.bottom;
  const x = linearScale(0, 1, PAD.left, PAD.left + plot);
  const y = linearScale(0, 1, padTop + plot, padTop);
  const maxN = Math.max(1, ...spec.points.map((p) => p.n));
  const ticks = [0, 0.5, 1].map((t) =>
    `<line class="grid" x1="${px(x(t))}" x2="${px(x(t))}" y1="${px(y(0))}" y2="${px(y(1))}"/><line class="grid" x1="${px(x(0))}" x2="${px(x(1))}" y1="${px(y(t))}" y2="${px(y(t))}"/>` +
    `<text class="tick" x="${px(x(t))}" y="${px(y(0) + 14)}" text-anchor="middle">${t}</text><text class="tick" x="${px(x(0) - 6)}" y="${px(y(t) + 4)}" text-anchor="end">${t}</text>`);
  const diagonal = `<line class="diagonal" x1="${px(x(0))}" y1="${px(y(0))}" x2="${px(x(1))}" y2="${px(y(1))}"/>`;
  const curve = spec.points.length > 1 ? `<polyline class="curve" points="${spec.points.map((p) => `${px(x(p.meanScore))},${px(y(p.positiveRate))}`).join(' ')}"/>` : '';
  const marks = spec.points.map((p) => {
    const whisker = p.interval ? `<path class="whisker" d="M${px(x(p.meanScore))} ${px(y(p.interval[0]))}V${px(y(p.interval[1]))}"/>` : '';
    return `${whisker}<circle class="point" cx="${px(x(p.meanScore))}" cy="${px(y(p.positiveRate))}" r="${px(2 + 5 * Math.sqrt(p.n / maxN))}"/>`;
  });
  const verdict = spec.verdict ? ` ${VERDICT_LABEL[spec.verdict].mark} ${VERDICT_LABEL[spec.verdict].word}` : '';
  const texts = [
    multilineText(titleLines, String(SIZE / 2), 14, 'class="label" text-anchor="middle"'),
    `<text class="axis-title" x="${px(x(0.5))}" y="${px(y(0) + 28)}" text-anchor="middle">mean score</text>`,
    `<text class="axis-title" transform="translate(11 ${px(y(0.5))}) rotate(-90)" text-anchor="middle">observed rate</text>`,
    `<text class="value${spec.verdict ? ` t-${spec.verdict}` : ''}" x="${SIZE / 2}" y="${height - 8}" text-anchor="middle">${escapeHtml(spec.summary + verdict)}</text>`,
  ];
  const body = [...ticks, diagonal, curve, ...marks, ...texts].join('\n');
  return svgFrame({ id: spec.id, width: SIZE, height, title: `Reliability diagram: ${spec.group}`, description: describe(spec), className: 'chart reliability-chart' }, body);
}
