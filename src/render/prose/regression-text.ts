import type { Finding } from '../../model/finding.js';
import { directionOf } from '../../policy/baseline/worsening.js';

type RegressionFacts = Pick<Finding, 'metric' | 'attribute' | 'group' | 'value' | 'bound' | 'baseline' | 'change' | 'worsening' | 'reason'> & {
  referenceChange?: { before: string | null; after: string | null };
};

/** Up to 3 decimals without trailing zeros: 0.91, 0.72, 0.02. */
function short(v: number): string {
  return String(Number(v.toFixed(3)));
}

/** A change with its sign, using the minus sign: −0.19, +0.05. */
function signed(v: number): string {
  return v < 0 ? `−${short(-v)}` : `+${short(v)}`;
}

/**
 * "disparate_impact of gender=Female fell from 0.91 to 0.72 (−0.19), more
 * than the allowed 0.02". For metrics whose ideal is 0 or 1 the distance is
 * named when it differs from the change ("0.3 further from 1").
 */
export function regressionText(f: RegressionFacts): string {
  const subject = `${f.metric} of ${f.attribute}=${f.group}`;
  const allowed = short(f.bound.maxRegression ?? 0);
  if (f.reason === 'not-in-baseline') return `inconclusive: the baseline has no ${f.metric} for ${f.attribute}=${f.group} to compare with`;
  const before = f.baseline!;
  const after = f.value!;
  const change = f.change!;
  const verb = change < 0 ? 'fell' : change > 0 ? 'rose' : 'stayed';
  const moved = change === 0 ? `${verb} at ${short(after)}` : `${verb} from ${short(before)} to ${short(after)} (${signed(change)})`;
  const direction = directionOf(f.metric);
  const worse = f.worsening!;
  const distance =
    (direction === 'towards-0' || direction === 'towards-1') && Math.abs(Math.abs(change) - Math.abs(worse)) > 1e-12
      ? `, ${short(Math.abs(worse))} ${worse > 0 ? 'further from' : 'closer to'} ${direction === 'towards-0' ? 0 : 1}`
      : '';
  const reference = f.referenceChange ? ` (reference was ${f.referenceChange.before ?? 'none'}, now ${f.referenceChange.after ?? 'none'})` : '';
  if (f.reason === 'regressed') return `${subject} ${moved}${distance}${reference}, more than the allowed ${allowed}`;
  return `${subject} ${moved}${distance}${reference}, within the allowed worsening of ${allowed}`;
}
