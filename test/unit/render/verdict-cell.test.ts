import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../../src/model/finding.js';
import { groupVerdict, otherParts, othersText, verdictCell, worstText } from '../../../src/render/verdict-cell.js';

const checks = (...statuses: Verdict[]) => statuses.map((status) => ({ status }));

describe("a group's verdict cell", () => {
  it('shows the worst verdict and counts the others by verdict, most severe first', () => {
    const v = groupVerdict(checks('pass', 'inconclusive', 'fail'))!;
    expect(v).toEqual({ worst: 'fail', count: 1, others: [{ verdict: 'inconclusive', count: 1 }, { verdict: 'pass', count: 1 }] });
    expect(verdictCell(checks('pass', 'inconclusive', 'fail'))).toBe('✗ fail +1 inconclusive +1 pass');
    expect(verdictCell(checks('warn', 'pass', 'fail', 'warn', 'suppressed'))).toBe('✗ fail +2 warn +1 hidden +1 pass');
    expect(verdictCell(checks('suppressed', 'suppressed'))).toBe('– 2 hidden');
  });

  it('counts the worst verdict when several checks share it, and has no tail for one verdict', () => {
    const v = groupVerdict(checks('fail', 'pass', 'fail'))!;
    expect(worstText(v)).toBe('✗ 2 fail');
    expect(othersText(v)).toBe('+1 pass');
    expect(otherParts(groupVerdict(checks('inconclusive', 'pass', 'pass'))!)).toEqual(['+2 pass']);
    expect(verdictCell(checks('pass', 'pass', 'pass'))).toBe('✓ 3 pass');
    expect(verdictCell(checks('inconclusive'))).toBe('? inconclusive');
    expect(verdictCell([])).toBe('—');
    expect(groupVerdict([])).toBeUndefined();
  });
});
