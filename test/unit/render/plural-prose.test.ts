import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProgressLine } from '../../../src/cli/progress.js';
import { renderCsv } from '../../../src/render/reporters/csv.js';
import { renderHtml } from '../../../src/render/reporters/html.js';
import { renderJson } from '../../../src/render/reporters/json.js';
import { renderJunit } from '../../../src/render/reporters/junit.js';
import { renderMarkdown } from '../../../src/render/reporters/markdown.js';
import { renderTable } from '../../../src/render/reporters/table.js';
import { countOf, partOf, singularOf } from '../../../src/util/plural.js';
import { makeResult, type Confusion } from '../../helpers/make-result.js';

/** Every noun fairgate counts in prose, as its plural. */
const NOUNS = ['rows', 'checks', 'rules', 'groups', 'lists', 'values', 'individuals', 'applicants', 'replicates', 'comparisons', 'fields', 'points', 'trials', 'positives', 'negatives', 'failed checks', 'warnings', 'annotations'];
const SINGULARS = NOUNS.map((n) => n.replace(/s$/, ''));

/** "1 rows" (a one with a plural noun) and "3 row" (another count with a singular one), or "row(s)". */
const ONE_WITH_PLURAL = new RegExp(`(?<![\\d.,])1 (?:${NOUNS.join('|')})\\b`);
const MANY_WITH_SINGULAR = new RegExp(`(?<![\\d.,−-])(?:0|[2-9]|[1-9]\\d+) (?:${SINGULARS.join('|')})\\b(?!s)`);
// a hedged noun (row(s), check(s)); not a formula's F_g(s)
const HEDGED = new RegExp(`\\b(?:${[...SINGULARS, 'record', 'cell', 'file'].join('|')})\\(s\\)`);

/** The words of every report format, markup and entities aside; a table cell's or a text line's end stays a boundary (`2 | group under 2 rows` is two cells, not "2 group"). */
function allText(result: ReturnType<typeof makeResult>): string {
  const ctx = { isColor: false };
  const html = renderHtml(result, ctx).replace(/<style[\s\S]*?<\/style>/g, '').replace(/<\/t[dh]>/g, ' | ').replace(/<[^>]+>/g, ' ');
  // a line's end in a text format is a boundary too (`… rows: 2⏎group under …` is two lines)
  const texts = [renderTable(result, ctx), renderMarkdown(result, ctx), renderJunit(result, ctx), renderCsv(result, ctx), renderJson(result, ctx)].map((x) => x.replace(/\n/g, ' | '));
  return [...texts, html].join(' | ').replace(/&[a-z#0-9]+;/g, ' ').replace(/\s+/g, ' ');
}

const confusion = fc.record({ tp: fc.nat(2), fp: fc.nat(2), tn: fc.nat(2), fn: fc.nat(2) }).filter((c: Confusion) => c.tp + c.fp + c.tn + c.fn > 0);

describe('counts in prose agree with their number', () => {
  it('countOf, partOf and singularOf: singular for exactly one, plural for every other count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(...NOUNS), (n, noun) => {
        expect(countOf(n, noun)).toBe(n === 1 ? `1 ${singularOf(noun)}` : `${n} ${noun}`);
        expect(partOf(n, 1, noun)).toBe(`${n} of 1 ${singularOf(noun)}`);
      }),
    );
    expect(NOUNS.map(singularOf)).toEqual(SINGULARS);
    expect(singularOf('positives (tp+fn)')).toBe('positive (tp+fn)');
    expect(singularOf('selected rows (tp+fp)')).toBe('selected row (tp+fp)');
    expect(countOf(20000, 'rows', { format: (n) => n.toLocaleString('en-US') })).toBe('20,000 rows');
  });

  it('in every report format, whatever the counts: groups of one row, one rule, one check, one dropped row, one hidden group', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('A', 'B', 'C'), confusion, { minKeys: 1, maxKeys: 3 }),
        fc.subarray(['disparate_impact>=0.8', 'abs(fpr_difference)<=0.1', 'ece<=0.05'], { minLength: 1 }),
        fc.record({ minGroupSize: fc.constantFrom(1, 2), suppressBelow: fc.constantFrom(0, 2) }),
        fc.constantFrom<Record<string, number>>({}, { missing_label: 1 }, { missing_label: 2 }),
        (groups, rules, config, dropped) => {
          const text = allText(makeResult({ groups, rules, config, dropped, hasScore: true }));
          expect(text.match(ONE_WITH_PLURAL)?.[0]).toBeUndefined();
          expect(text.match(MANY_WITH_SINGULAR)?.[0]).toBeUndefined();
          expect(text.match(HEDGED)?.[0]).toBeUndefined();
        },
      ),
      { numRuns: 60 },
    );
  });

  it('in the summary line the issue quoted: "2 checks (1 rule)"', () => {
    const result = makeResult({ groups: { A: { tp: 20, fp: 10, tn: 10, fn: 5 }, B: { tp: 15, fp: 5, tn: 20, fn: 5 } }, rules: ['disparate_impact>=0.8'] });
    expect(renderTable(result, { isColor: false })).toMatch(/\n(PASS|FAIL|INCONCLUSIVE) {2}2 checks \(1 rule\): /);
  });

  it('on the progress line', () => {
    expect(formatProgressLine({ label: 'x.csv', rows: 1, bytes: 10, elapsedMs: 0 })).toContain(' 1 row ');
  });
});
