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
