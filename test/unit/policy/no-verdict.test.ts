import { describe, expect, it } from 'vitest';
import { getExitCode, hasNoVerdict, judgedChecks, resultExitCode, type ExitFacts } from '../../../src/policy/exit-code.js';
import { noVerdictSentence } from '../../../src/render/prose/no-verdict-sentence.js';
import type { Finding } from '../../../src/model/finding.js';
import { audit, exitCode } from '../../../src/index.js';

const summary = (counts: Partial<ExitFacts['summary']>): ExitFacts['summary'] => ({ rules: 1, pass: 0, fail: 0, warn: 0, inconclusive: 0, suppressed: 0, ...counts });
const facts = (counts: Partial<ExitFacts['summary']>, status: ExitFacts['status'] = 'inconclusive', hidden?: { fail: number; inconclusive: number }): ExitFacts => ({
  status,
  summary: summary(counts),
  ...(hidden ? { privacy: { hiddenVerdicts: hidden } } : {}),
});
const settings = { failOn: 'fail' as const, allowNoVerdict: false };

describe('a run that judged nothing', () => {
  it('is rules with every check inconclusive, or with no check at all; not a run without rules', () => {
    expect(hasNoVerdict(facts({ inconclusive: 24 }))).toBe(true);
    expect(hasNoVerdict(facts({}, 'pass'))).toBe(true);
    expect(hasNoVerdict(facts({ rules: 0 }, 'pass'))).toBe(false);
    expect(hasNoVerdict(facts({ inconclusive: 5, pass: 1 }))).toBe(false);
    expect(hasNoVerdict(facts({ inconclusive: 5, warn: 1 }))).toBe(false);
  });

  it('counts a suppressed check by the verdict it hides, as the status does', () => {
    // 3 hidden: 2 inconclusive and 1 that passed (suppressed − hidden fail − hidden inconclusive)
    expect(judgedChecks(facts({ inconclusive: 4, suppressed: 3 }, 'inconclusive', { fail: 0, inconclusive: 2 }))).toBe(1);
    expect(hasNoVerdict(facts({ inconclusive: 4, suppressed: 3 }, 'inconclusive', { fail: 0, inconclusive: 3 }))).toBe(true);
  });

  it('exits 3 unless allowed; a failure still exits 1, --fail-on inconclusive still exits 3', () => {
    expect(resultExitCode(facts({ inconclusive: 2 }), settings)).toBe(3);
    expect(resultExitCode(facts({ inconclusive: 2 }), { ...settings, allowNoVerdict: true })).toBe(0);
    expect(resultExitCode(facts({ inconclusive: 2, pass: 1 }), settings)).toBe(0);
    expect(resultExitCode(facts({ inconclusive: 2, pass: 1 }), { failOn: 'inconclusive', allowNoVerdict: true })).toBe(3);
    expect(resultExitCode(facts({ suppressed: 1 }, 'fail', { fail: 1, inconclusive: 0 }), settings)).toBe(1);
    expect(getExitCode('pass', 'fail')).toBe(0);
  });

  it('says why in one sentence: the checks, their reasons most frequent first, and the flag', () => {
    const f = (reason: Finding['reason'], status: Finding['status'] = 'inconclusive') => ({ reason, status }) as Finding;
    const findings = [...Array.from({ length: 18 }, () => f('small-group')), ...Array.from({ length: 6 }, () => f('no-reference')), f('suppressed-primary', 'suppressed')];
    expect(noVerdictSentence({ findings, summary: summary({ rules: 2 }) })).toBe(
      'no check could be judged: all 25 checks are inconclusive (18 small group, 6 no reference, 1 hidden by suppression); pass --allow-no-verdict (config: allowNoVerdict: true) to accept this',
    );
    expect(noVerdictSentence({ findings: [], summary: summary({ rules: 1 }) })).toBe(
      'no check could be judged: the 1 rule gave no check to judge (no group had the metrics they name); pass --allow-no-verdict (config: allowNoVerdict: true) to accept this',
    );
  });
});

describe("the library's exitCode()", () => {
  it('agrees with the CLI: 3 for a run of small groups, 0 when allowed by the config or the argument', async () => {
    const csv = 'g,d\nA,1\nA,0\nB,0\nB,0\n';
    const { Readable } = await import('node:stream');
    const source = () => ({ name: 'small.csv', stream: Readable.from([Buffer.from(csv)]) });
    const result = await audit(source(), { groups: ['g'], columns: { prediction: 'd' }, rules: [{ metric: 'disparate_impact', min: 0.8 }] });
    expect(result.summary).toMatchObject({ rules: 1, inconclusive: 2, pass: 0, fail: 0 });
    expect(exitCode(result)).toBe(3);
    expect(exitCode(result, 'fail', true)).toBe(0);
    const allowed = await audit(source(), { groups: ['g'], columns: { prediction: 'd' }, rules: [{ metric: 'disparate_impact', min: 0.8 }], allowNoVerdict: true });
    expect(exitCode(allowed)).toBe(0);
  });
});
