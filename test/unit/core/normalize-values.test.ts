import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../../src/core/normalize-values.js';
import { REPORTERS } from '../../../src/render/reporters/index.js';
import { visibleText } from '../../../src/render/visible-text.js';
import { escapeMarkdownCell } from '../../../src/render/escape.js';
import { noticeSentence } from '../../../src/render/prose/notice-sentence.js';
import { auditCsv, csvOf } from '../../helpers/csv-audit.js';

/** Values that read alike: é composed and decomposed, with a zero-width joiner, a byte order mark inside (one at either end is trimmed, as any white space), a bidi mark. */
const ALIKE = ['José', 'Jose\u0301', 'Jos\u200dé', 'Jo\ufeffsé', 'José\u200e'];
const quoteCsv = (v: string) => `"${v.replaceAll('"', '""')}"`;

function rowsOf(values: readonly string[]): (string | number)[][] {
  return values.flatMap((v, i) => Array.from({ length: i + 1 }, (_, j) => [quoteCsv(v), (i + j) % 2]));
}

describe('groups that differ only in Unicode normalisation or invisible characters', () => {
  const csv = csvOf(['g', 'd'], rowsOf(ALIKE));

  it('stay apart, each with its own rows, and a notice names them', async () => {
    const result = await auditCsv(csv, { columns: { prediction: 'd' }, groups: ['g'], minGroupSize: 1 });
    const groups = result.attributes[0]!.groups;
    expect(Object.fromEntries(groups.map((g) => [g.key, g.n]))).toEqual(Object.fromEntries(ALIKE.map((v, i) => [v, i + 1])));
    const notice = { message: noticeSentence(result.notices.find((n) => n.code === 'look-alike-groups')!) };
    expect(notice.message).toMatch(/^g: 5 groups differ only in Unicode normalisation or invisible characters \(/);
    for (const v of ALIKE) expect(notice.message).toContain(`"${v}"`);
    expect(notice.message).toContain('--normalize-values (normalizeValues: true)');
  });

  it('never print alike, in any format', async () => {
    const result = await auditCsv(csv, { columns: { prediction: 'd' }, groups: ['g'], minGroupSize: 1 });
    const shown = ALIKE.map((v) => visibleText(v));
    expect(new Set(shown).size).toBe(ALIKE.length);
    for (const [format, render] of Object.entries(REPORTERS)) {
      const text = render(result, { isColor: false });
      if (format === 'json') {
        // value-preserving escapes: the raw characters are not in the text, the parsed keys are the values
        expect(text).not.toMatch(/[\u200d\ufeff\u200e]|e\u0301/);
        expect(JSON.parse(text).attributes[0].groups.map((g: { key: string }) => g.key).sort()).toEqual([...ALIKE].sort());
        continue;
      }
      // Markdown escapes the backslash of an escape again (it renders as one)
      for (const v of ALIKE) expect(text, format).toContain(format === 'markdown' ? escapeMarkdownCell(v) : visibleText(v));
      expect(text, format).not.toMatch(/[\u200d\ufeff\u200e]|e\u0301/);
    }
  });

  it('with --normalize-values (normalizeValues: true) are one group, and the notice says which were merged', async () => {
    const result = await auditCsv(csv, { columns: { prediction: 'd' }, groups: ['g'], minGroupSize: 1, normalizeValues: true });
    expect(result.attributes[0]!.groups.map((g) => [g.key, g.n])).toEqual([['José', 15]]);
    expect(noticeSentence(result.notices.find((n) => n.code === 'normalized-groups')!)).toBe(`g: ${[...ALIKE].sort().map((v) => `"${v}"`).join(', ')} counted as "José" (--normalize-values: Unicode NFC, invisible characters removed)`);
    expect(result.config.normalizeValues).toBe(true);
  });

  const cell = fc.string({ unit: fc.constantFrom('A', 'e', '\u0301', 'é', '\u200d', '\ufeff', '\u202e', '\u200b', ' ', '|'), maxLength: 4 });
  it('normalising equals auditing the data with every group cell rewritten in canonical form (fast-check)', { timeout: 180_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell, fc.constantFrom(0, 1)), { minLength: 1, maxLength: 20 }), fc.constantFrom('group', 'drop'), async (rows, missing) => {
        const config = { columns: { prediction: 'd' }, groups: ['g', 'h', 'g+h'], minGroupSize: 1, missing };
        const raw = csvOf(['g', 'h', 'd'], rows.map(([g, h, d]) => [quoteCsv(g), quoteCsv(h), d]));
        const rewritten = csvOf(['g', 'h', 'd'], rows.map(([g, h, d]) => [quoteCsv(canonicalText(g)), quoteCsv(canonicalText(h)), d]));
        const counts = (r: Awaited<ReturnType<typeof auditCsv>>) => r.attributes.map((a) => [a.name, a.rowsExcluded, a.groups.map((g) => [g.key, g.n, g.selected])]);
        const [a, b] = await Promise.all([auditCsv(raw, { ...config, normalizeValues: true }), auditCsv(rewritten, config)]);
        expect(counts(a)).toEqual(counts(b));
      }),
      { numRuns: 150 },
    );
  });
});
