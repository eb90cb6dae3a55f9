import { Readable } from 'node:stream';
import { seededUniform } from '../helpers/seeded-uniform.js';

/**
 * One simulated table of decisions: `groups` groups of `n` rows each, column
 * `group`, outcome `label` (positive with probability 0.4) and decision
 * `targeted` (targeted with probability 0.5 when the outcome is positive, 0.2
 * when not: selection rate 0.32 and TPR 0.5). `impact` scales the first
 * group's both targeting probabilities, planting a disparate impact of
 * `impact` (and a TPR gap of 0.5·(impact − 1)) against the others; 1 is the
 * global null (no disparity).
 */
export function decisionsCsv(seed: number, groups: number, n: number, impact = 1): string {
  const uniform = seededUniform(seed);
  const lines = ['group,label,targeted'];
  for (let g = 0; g < groups; g++) {
    const scale = g === 0 ? impact : 1;
    for (let i = 0; i < n; i++) {
      const label = uniform() < 0.4 ? 1 : 0;
      const targeted = uniform() < (label ? 0.5 : 0.2) * scale ? 1 : 0;
      lines.push(`g${g},${label},${targeted}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The table as an audit() source. */
export function sourceOf(csv: string) {
  return { name: 'simulated.csv', open: () => Readable.from([Buffer.from(csv)]) };
}

/**
 * A scored table: `groups` groups of `n` rows, true probability p ~ Uniform(0, 1),
 * label ~ Bernoulli(p), decision `targeted` as in decisionsCsv (0.5 when the label
 * is positive, 0.2 when not, so no disparity), and score p — perfectly calibrated —
 * except in the first group, whose score is sigmoid(slope·logit(p)): slope 0.7 pulls
 * its scores towards ½ (miscalibration), slope 1 is the global null.
 */
export function scoredCsv(seed: number, groups: number, n: number, slope = 1): string {
  const uniform = seededUniform(seed);
  const lines = ['group,label,targeted,score'];
  for (let g = 0; g < groups; g++) {
    for (let i = 0; i < n; i++) {
      const p = uniform();
      const label = uniform() < p ? 1 : 0;
      const targeted = uniform() < (label ? 0.5 : 0.2) ? 1 : 0;
      const score = g === 0 && slope !== 1 ? 1 / (1 + Math.exp(-slope * Math.log(p / (1 - p)))) : p;
      lines.push(`g${g},${label},${targeted},${score.toFixed(6)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
