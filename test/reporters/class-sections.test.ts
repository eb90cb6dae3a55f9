import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/model/audit-result.js';
import { findingSentence } from '../../src/render/prose/finding-sentence.js';
import { REPORTERS } from '../../src/render/reporters/index.js';
import { auditCsv, csvOf } from '../helpers/csv-audit.js';
import { assertValidResult } from '../helpers/report-schema.js';

/** A multi-class decision (--decision, --favourable) in every format, on hand-countable rows. */
const ctx = { isColor: false };
const render = (result: AuditResult) => Object.fromEntries(Object.entries(REPORTERS).map(([format, reporter]) => [format, reporter(result, ctx)])) as Record<keyof typeof REPORTERS, string>;

// A: 10 premium, 10 standard, 20 none (40 rows); B: 2 premium, 8 standard, 10 none (20 rows).
// B's premium share 0.1 against A's 0.25: a ratio of 0.4; standard or better 0.5 against 0.5: 1.
const rows = [
  ...Array.from({ length: 40 }, (_, i) => ['A', i < 10 ? 'premium' : i < 20 ? 'standard' : 'none']),
  ...Array.from({ length: 20 }, (_, i) => ['B', i < 2 ? 'premium' : i < 10 ? 'standard' : 'none']),
];

describe('class sections in every format', async () => {
  const result = await auditCsv(csvOf(['g', 'tier'], rows), { columns: { decision: 'tier' }, favourable: 'premium>standard>none', groups: ['g'], minGroupSize: 10, rules: ['class_impact>=0.8 class=premium require=point'] });
  const out = render(result);

  it('names the class in the finding', () => {
    assertValidResult(result);
    const b = result.findings.find((f) => f.group === 'B')!;
    expect(b.value).toBeCloseTo(0.4, 14);
    expect(findingSentence(b, result, 'terse')).toMatch(/^class_impact\[premium\] of g=B \(vs A\) is 0\.400/);
    expect(findingSentence(b, result, 'plain')).toMatch(/^The disparate impact of class "premium" of B \(g\) was 0\.400 \(vs A/);
  });

  it('terminal and Markdown: the compact class table (shares ×ratio, the tier, TVD, JS) and its caption', () => {
    // TVD: ½(|0.1 − 0.25| + |0.4 − 0.25| + |0.5 − 0.5|) = 0.15
    expect(out.table).toMatch(/│ B +│ +20 │ 0\.100 ×0\.40 │ 0\.400 ×1\.60 │ 0\.500 ×1\.00 │ 0\.500 ×1\.00 │ 0\.150 │/);
    expect(out.markdown).toContain('| group | n | premium | standard | none | ≥ standard | TVD | JS |');
    expect(out.markdown).toContain('| B | 20 | 0.100 ×0.40 | 0.400 ×1.60 | 0.500 ×1.00 | 0.500 ×1.00 | 0.150 |');
    expect(out.markdown).toContain('classes of tier: premium &gt; standard &gt; none (most favourable first); shares ×ratio to A; group × class: χ²(2) =');
  });

  it('HTML: stacked bars whose description lists every share, and the class table', () => {
    expect(out.html).toContain('<h3>Decision classes</h3>');
    expect(out.html).toContain('B: premium 10.0 %, standard 40.0 %, none 50.0 %');
    expect(out.html).toContain('A (reference): premium 25.0 %, standard 25.0 %, none 50.0 %');
  });

  it('CSV: per class and tier, rows, share, Wilson interval and ratio with its test; JUnit: the classes and the test', () => {
    const [head, ...lines] = out.csv.trimEnd().split('\r\n');
    const columns = head!.split(',');
    const b = lines.find((l) => l.startsWith('g,B,'))!.split(',');
    const at = (name: string) => b[columns.indexOf(name)];
    expect(at('class_premium_n')).toBe('2');
    expect(Number(at('class_premium_share'))).toBe(0.1);
    expect(Number(at('class_premium_impact'))).toBeCloseTo(0.4, 14);
    expect(at('class_premium_impact_test')).toMatch(/^(fisher|z)$/);
    expect(Number(at('tier_standard_impact'))).toBeCloseTo(1, 14);
    expect(columns).not.toContain('tier_none_n');
    expect(out.junit).toContain('name="fairgate.classes" value="classes of tier: premium &gt; standard &gt; none (most favourable first)');
  });
});
