import { expect } from 'vitest';
import { expectSameReport } from '../helpers/same-report.js';

type Notice = { code: string; args: Record<string, unknown> };

/**
 * expectSameReport, but for the consent-opt-out notice's X² and p: Pearson's
 * X² adds one term per group in the order of the group map, which for a
 * warehouse result is the order of its rows, not the order the CSV reader
 * first saw the groups. The counts are equal (the notice's other facts are
 * compared exactly); the sum of the same terms in another order differs in
 * the last bits only, so X² and p are compared to a relative 1e-12.
 */
export function expectSameWarehouseReport(actual: unknown, expected: unknown): void {
  const notices = (r: unknown) => ((r as { notices?: Notice[] }).notices ?? []).filter((n) => n.code === 'consent-opt-out');
  const theirs = notices(expected);
  const ours = notices(actual);
  expect(ours.length).toBe(theirs.length);
  ours.forEach((n, i) => {
    for (const key of ['chiSquare', 'pValue']) {
      const [a, b] = [n.args[key] as number, theirs[i]!.args[key] as number];
      expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.abs(b));
    }
  });
  const aligned = { ...(actual as object), notices: ((actual as { notices?: Notice[] }).notices ?? []).map((n) => (n.code === 'consent-opt-out' ? { ...n, args: { ...n.args, chiSquare: theirs[ours.indexOf(n)]!.args.chiSquare, pValue: theirs[ours.indexOf(n)]!.args.pValue } } : n)) };
  expectSameReport(aligned, expected);
}
