import fc from 'fast-check';

/**
 * Valid CSV files generated from a model — rows of cell values — and the
 * counts an audit of them must give, computed from the model alone (never by
 * parsing the bytes): the oracle of the fuzz suite.
 */
export const COLUMNS = ['note', 'g', 'h', 'd', 'y', 's'] as const;
type Column = (typeof COLUMNS)[number];
export type ModelRow = Record<Column, string>;

export interface CsvModel {
  rows: ModelRow[];
  /** column order in the file (a permutation of COLUMNS) */
  order: Column[];
  eol: '\n' | '\r\n' | '\r';
  hasBom: boolean;
  isTerminated: boolean;
  /** per row: blank lines before it, and which cells are quoted although they need not be */
  blanks: number[];
  quoted: boolean[][];
}

/** Group values: separators, quotes and line breaks, astral and combining characters, ZWJ emoji, spaces that trim() removes. */
const groupValue = fc.string({
  unit: fc.constantFrom('A', 'b', ' ', ',', '"', '\n', '\r', '\r\n', 'é', 'e\u0301', '日', '😀', '👩‍👩‍👧', '\u00a0', '\t', 'ß'),
  maxLength: 4,
});
const binary = fc.constantFrom('1', '0', 'true', 'FALSE', ' yes ', 'No', '1.0', '+0', '1e0', '"1"', '');
const score = fc.constantFrom('0', '1', '0.5', '.25', '1e-1', ' 0.75 ', '0.333333333333333333', '0.1234567', '');
/** Any text but NUL (which CSV text never holds): any code point, lone surrogates included. */
const note = fc.string({ unit: 'binary', maxLength: 12 }).map((s) => s.replaceAll('\u0000', ''));

const row: fc.Arbitrary<ModelRow> = fc.record({ note, g: groupValue, h: groupValue, d: binary, y: binary, s: score });

export function modelArbitrary(rows: { minLength: number; maxLength: number }): fc.Arbitrary<CsvModel> {
  return fc
    .record({
      rows: fc.array(row, rows),
      order: fc.shuffledSubarray([...COLUMNS], { minLength: COLUMNS.length, maxLength: COLUMNS.length }),
      eol: fc.constantFrom('\n' as const, '\r\n' as const, '\r' as const),
      hasBom: fc.boolean(),
      isTerminated: fc.boolean(),
      seed: fc.infiniteStream(fc.nat({ max: 99 })),
    })
    .map(({ seed, ...m }) => {
      const next = () => seed.next().value as number;
      return { ...m, blanks: m.rows.map(() => (next() < 10 ? 1 + (next() % 2) : 0)), quoted: m.rows.map(() => COLUMNS.map(() => next() < 20)) };
    });
}

/** `"1"` in the binary set stands for a value written quoted; its text is 1. */
const textOf = (value: string) => (value === '"1"' ? '1' : value);

function field(value: string, isQuoted: boolean): string {
  const text = textOf(value);
  return isQuoted || value === '"1"' || /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The file's text. */
export function serialize(m: CsvModel): string {
  const lines = [m.order.join(',')];
  m.rows.forEach((r, i) => {
    for (let b = 0; b < m.blanks[i]!; b++) lines.push('');
    lines.push(m.order.map((c) => field(r[c], m.quoted[i]![COLUMNS.indexOf(c)]!)).join(','));
  });
  return (m.hasBom ? '\ufeff' : '') + lines.join(m.eol) + (m.isTerminated ? m.eol : '');
}

export interface Counts {
  n: number;
  selected: number;
  positives: number;
  tp: number;
}

export interface Expected {
  rowsRead: number;
  rowsUsed: number;
  rowsDropped: Record<string, number>;
  /** attribute → group key → counts */
  groups: Record<'g' | 'h' | 'g+h', Record<string, Counts>>;
}

/** The positive/negative reading of a binary cell: 1, true, yes vs 0, false, no, case-insensitive, numbers by value. */
function bit(value: string): 0 | 1 {
  const v = textOf(value).trim().toLowerCase();
  return v === 'true' || v === 'yes' || (v !== '' && Number(v) === 1) ? 1 : 0;
}

const key = (value: string) => value.trim() || '(missing)';

/** What the audit of the model must report: drop reasons in the order prediction, label, score; groups by trimmed value. */
export function expectedCounts(m: CsvModel): Expected {
  const out: Expected = { rowsRead: m.rows.length, rowsUsed: 0, rowsDropped: {}, groups: { g: {}, h: {}, 'g+h': {} } };
  for (const r of m.rows) {
    const reason = textOf(r.d).trim() === '' ? 'missing_prediction' : textOf(r.y).trim() === '' ? 'missing_label' : r.s.trim() === '' ? 'missing_score' : undefined;
    if (reason) {
      out.rowsDropped[reason] = (out.rowsDropped[reason] ?? 0) + 1;
      continue;
    }
    out.rowsUsed++;
    const [d, y] = [bit(r.d), bit(r.y)];
    const keys = { g: key(r.g), h: key(r.h), 'g+h': `${key(r.g)}|${key(r.h)}` };
    for (const attribute of ['g', 'h', 'g+h'] as const) {
      const c = (out.groups[attribute][keys[attribute]] ??= { n: 0, selected: 0, positives: 0, tp: 0 });
      c.n++;
      c.selected += d;
      c.positives += y;
      c.tp += d * y;
    }
  }
  return out;
}
