import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/model/audit-result.js';
import type { Verdict } from '../../src/model/finding.js';
import { renderHtml } from '../../src/render/reporters/html.js';
import { renderJunit } from '../../src/render/reporters/junit.js';
import { renderMarkdown } from '../../src/render/reporters/markdown.js';
import { renderTable } from '../../src/render/reporters/table.js';
import { BASIC, makeResult } from '../helpers/make-result.js';

const ctx = { isColor: false };

/**
 * BASIC, by hand: Unknown has 2 + 1 + 5 + 2 = 10 rows, under the minimum of 30,
 * so its 3 checks are inconclusive (small-group); Non-binary's true positive
 * rate rests on 9 + 4 = 13 positives, under the minimum of 20, so its equal
 * opportunity check is inconclusive (small-denominator): 4 inconclusive. Two
 * breaches are not significant after Holm, so warned: Female's equal
 * opportunity gap and Non-binary's ECE (40 rows).
 */
const result = makeResult(BASIC);
const INCONCLUSIVE = '4 inconclusive — group under 30 rows: 3 · rate on too few trials: 1';
const WARNED = '2 warned — breach not statistically significant (α = 0.05): 2';

/** The same run with its failed disparate-impact checks warned as not significant (the shape the significance rules give). */
function withWarnings(r: AuditResult): AuditResult {
  const findings = r.findings.map((f) => (f.status === 'fail' && f.metric === 'disparate_impact' ? { ...f, status: 'warn' as const, reason: 'not-significant' as const } : f));
  const count = (v: Verdict) => findings.filter((f) => f.status === v).length;
  return { ...r, findings, summary: { ...r.summary, fail: count('fail'), warn: count('warn'), inconclusive: count('inconclusive'), pass: count('pass') } };
}

describe('why each warned and inconclusive check got its verdict, in every format', () => {
  it('the fixture has the counts worked out above', () => {
    const open = result.findings.filter((f) => f.status === 'inconclusive');
    expect(open.map((f) => `${f.group} ${f.reason}`).sort()).toEqual(['Non-binary small-denominator', 'Unknown small-group', 'Unknown small-group', 'Unknown small-group']);
    const warned = result.findings.filter((f) => f.status === 'warn');
    expect(warned.map((f) => `${f.group} ${f.metric} ${f.reason}`).sort()).toEqual(['Female equal_opportunity_difference not-significant', 'Non-binary ece not-significant']);
  });

  it('terminal: a line per verdict counting its reasons, then the groups of each reason', () => {
    const text = renderTable(result, ctx);
    expect(text).toContain(`Why 6 checks neither passed nor failed:\n  ! ${WARNED}\n      breach not statistically significant (α = 0.05) — gender: Female [abs(equal_opportunity_difference)<=0.1], Non-binary [ece<=0.05]\n  ? ${INCONCLUSIVE}\n      group under 30 rows — gender: Unknown (10 rows)\n      rate on too few trials [abs(equal_opportunity_difference)<=0.1] — gender: Non-binary (tpr: 13 positives)\n`);
  });

  it('Markdown and HTML: the verdict table says why beside each count', () => {
    expect(renderMarkdown(result, ctx)).toContain('| ? inconclusive | 4 | group under 30 rows: 3 · rate on too few trials: 1 |');
    expect(renderHtml(result, ctx)).toContain('<td class="num">4</td><td class="why">group under 30 rows: 3 · rate on too few trials: 1</td>');
  });

  it('JUnit: the suite says why in its system-out', () => {
    expect(renderJunit(result, ctx)).toContain(`    <system-out>${WARNED}\n${INCONCLUSIVE}</system-out>\n  </testsuite>`);
  });

  it('warned checks get a line of their own, before the inconclusive ones', () => {
    const warned = withWarnings(result);
    const n = warned.summary.warn;
    expect(n).toBeGreaterThan(0);
    const line = `${n} warned — breach not statistically significant (α = 0.05): ${n}`;
    expect(renderTable(warned, ctx)).toContain(`  ! ${line}\n`);
    expect(renderTable(warned, ctx).indexOf(line)).toBeLessThan(renderTable(warned, ctx).indexOf(INCONCLUSIVE));
    expect(renderMarkdown(warned, ctx)).toContain(`| ! warn | ${n} | breach not statistically significant (α = 0.05): ${n} |`);
    expect(renderJunit(warned, ctx)).toContain(`<system-out>${line}\n${INCONCLUSIVE}</system-out>`);
  });
});
