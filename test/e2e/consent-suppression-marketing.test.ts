import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNTS, directCounts, ranges, type Count, type Group, type Report } from './consent-table-lp.js';
import { assertValidReport } from '../helpers/report-schema.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

/**
 * The marketing fixture with `--suppress-below 10 --consent consent`: the
 * consent counts of hidden gender × ethnicity groups cannot be recovered from
 * the JSON. The attacker is given every visible group's four consent counts
 * (counted from the CSV: the report prints the two selected counts and the
 * opted-out share with its interval) and the overall ones, the markers, and
 * what the gate states (a named breach: ≥ 1; a hidden pass of ==0: 0); for
 * each hidden group it finds the least and the greatest count of every table
 * consistent with that by linear programming (two attributes and their
 * intersection form a network, so both ends are whole numbers). The consent
 * gate still fails the run and names the hidden groups that breach.
 */
const DATA = path.join(ROOT, 'fixtures/marketing/data.csv');
const ARGS = ['audit', DATA, '-c', path.join(ROOT, 'fixtures/marketing/fairgate.config.yaml'), '--suppress-below', '10', '--format', 'json'];
const GATED: Partial<Record<Count, string>> = { selectedOptedOut: 'unconsented_selected', selectedUnknown: 'unknown_consent_selected' };

function report(args: readonly string[]): Report {
  const run = runCli(args);
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(1);
  const parsed = JSON.parse(run.stdout) as Report;
  assertValidReport(parsed);
  return parsed;
}

describe('the marketing fixture, --suppress-below 10 --consent consent', () => {
  const shown = report([...ARGS, '--consent', 'consent']);
  const truth = directCounts(DATA);
  const breachOf = (metric: string | undefined, attribute: string, group: string) =>
    shown.findings.find((f) => f.metric === metric && f.attribute === attribute && f.group === group && (f.status === 'fail' || f.status === 'warn'));
  const stated = (count: Count) => (attribute: string, g: Group): [number, number] => {
    if (!GATED[count]) return [0, Infinity];
    return breachOf(GATED[count], attribute, g.key) ? [1, Infinity] : [0, 0];
  };

  it('publishes what the attacker is given: the selected counts of every visible group equal a direct count', () => {
    const cross = shown.attributes.find((a) => a.name === 'gender+ethnicity')!;
    for (const g of cross.groups.filter((x) => !x.suppressed)) {
      const t = truth.get(`gender+ethnicity/${g.key}`)!;
      expect([g.metrics.unconsented_selected, g.metrics.unknown_consent_selected]).toEqual([t.selectedOptedOut, t.selectedUnknown]);
    }
  });

  it('the gate still fails and names the hidden groups that breach, without their counts', () => {
    expect(shown.status).toBe('fail');
    const hiddenFails = shown.findings.filter((f) => f.metric === 'unconsented_selected' && f.status === 'fail' && f.value === null);
    expect(hiddenFails.length).toBeGreaterThan(0);
    for (const f of hiddenFails) {
      expect(f.n).toBeNull();
      const g = shown.attributes.find((a) => a.name === f.attribute)!.groups.find((x) => x.key === f.group)!;
      expect(g.suppressed).toBeDefined();
      expect(g.metrics.unconsented_selected).toBeNull();
    }
    // Male|Asian: 3 of the planted breaches; its count was what a reader could pin before
    expect(hiddenFails.map((f) => `${f.attribute}/${f.group}`)).toContain('gender+ethnicity/Male|Asian');
  });

  for (const count of COUNTS) {
    it(`no hidden group's ${count} is pinned beyond what the gate states`, () => {
      const open = ranges(shown, truth, count, stated(count));
      const pinned = [...open].filter(([id, [lo, hi]]) => {
        const [attribute, group] = [id.slice(0, id.indexOf('/')), id.slice(id.indexOf('/') + 1)];
        const g = shown.attributes.find((a) => a.name === attribute)!.groups.find((x) => x.key === group)!;
        const [sLo, sHi] = stated(count)(attribute, g);
        return lo === hi && sLo !== sHi;
      });
      expect(pinned).toEqual([]);
      expect(open.size).toBeGreaterThan(0);
    });
  }

  it('the attacker bites: with the groups hidden when consent is not planned for, Male|Asian has exactly 3 unconsented selections', () => {
    // without --consent the plan is the one a consent run had before its counts were planned for (2 primary + 8 secondary)
    const run = runCli(ARGS);
    expect(run.stderr).toBe('');
    const before = JSON.parse(run.stdout) as Report;
    const open = ranges(before, truth, 'selectedOptedOut', () => [0, Infinity]);
    expect(open.get('gender+ethnicity/Male|Asian')).toEqual([3, 3]);
  });

  it('with monthly windows too, nothing is listed as unprotected: a window of a group the gate passes holds none, as the verdict says', () => {
    const windows = report([...ARGS, '--consent', 'consent', '--period', 'date', '--every', 'month']) as Report & { privacy: { unprotected: unknown[] } };
    expect(windows.privacy.unprotected).toEqual([]);
  });
});
