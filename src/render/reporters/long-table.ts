import Table from 'cli-table3';

export type TableOptions = NonNullable<ConstructorParameters<typeof Table>[0]>;

/** Rows one cli-table3 table draws: its layout compares each cell with those above it (quadratic in rows), and each cell costs about 0.1 ms. */
export const ROWS_PER_PART = 100;

/**
 * A compact cli-table3 table (single-line cells, no spans, no border
 * colours, padding 1) of any length, in time linear in the rows: one table
 * of 10,000 groups took a minute. Short tables are drawn by cli-table3 as
 * before. A long one whose cells are plain text (`isPlain`: characters that
 * are one column wide, and colour codes) is drawn here with cli-table3's
 * exact layout; any other is drawn by cli-table3 in parts of ROWS_PER_PART
 * rows, with the column widths of the whole table, and joined. Both give the
 * text of one cli-table3 table (test/unit/report/long-table.test.ts).
 */
export function drawTable(options: TableOptions, rows: readonly string[][]): string {
  if (rows.length <= ROWS_PER_PART) return draw(options, rows);
  const head = options.head ?? [];
  if (isPlainStyle(options) && [head, ...rows].every((row) => row.every(isPlain))) return drawPlain(head, rows, (options.colAligns ?? []) as readonly string[]);
  const parts: string[][][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_PART) parts.push(rows.slice(i, i + ROWS_PER_PART));
  // The widths one table would choose: the widest cell of each column over all parts (read off each part's top border).
  const widths: number[] = [];
  for (const part of parts) borderWidths(draw(options, part)).forEach((w, k) => (widths[k] = Math.max(widths[k] ?? 0, w)));
  const drawn = parts.map((part, i) => draw({ ...options, colWidths: widths, ...(i > 0 ? { head: [] } : {}) }, part).split('\n'));
  // Inner joins: a part's bottom border and the next part's top border go.
  return drawn.map((lines, i) => lines.slice(i === 0 ? 0 : 1, i === drawn.length - 1 ? lines.length : -1).join('\n')).join('\n');
}

function draw(options: TableOptions, rows: readonly string[][]): string {
  const table = new Table(options);
  for (const row of rows) table.push([...row]);
  return table.toString();
}

/** Column widths from a drawn table's top border (`┌───┬──┐`): the lengths of the runs between the corners. */
function borderWidths(drawn: string): number[] {
  const top = drawn.slice(0, drawn.indexOf('\n'));
  return top.slice(1, -1).split('┬').map((run) => run.length);
}

// cli-table3's colour codes (its utils.codeRegex); they take no width.
const COLOUR = /\u001b\[(?:\d*;){0,5}\d*m/g;
// Characters string-width counts as one column and emoji-regex leaves alone (no ©, ®, CJK, combining marks or controls).
const ONE_COLUMN = /^[\x20-\x7e\u00b1\u00b7\u00d7\u2013\u2014\u2026\u2212\u2264\u2265\u2713\u2717]*$/;

/** Options drawPlain follows: compact, no colours of cli-table3's own (the defaults colour head and border), default characters, padding and widths. */
function isPlainStyle(o: TableOptions): boolean {
  const style = o.style;
  const keys = Object.keys(o).filter((k) => k !== 'head' && k !== 'style' && k !== 'colAligns');
  const styleKeys = Object.keys(style ?? {}).filter((k) => k !== 'head' && k !== 'border' && k !== 'compact');
  return keys.length === 0 && styleKeys.length === 0 && style?.compact === true && style.head?.length === 0 && style.border?.length === 0;
}

export function isPlain(cell: string): boolean {
  return !cell.includes('\n') && ONE_COLUMN.test(cell.replace(COLOUR, ''));
}

function width(cell: string): number {
  return cell.includes('\u001b') ? cell.replace(COLOUR, '').length : cell.length;
}

/** cli-table3's drawing of a compact table with a header, for plain cells. */
function drawPlain(head: readonly string[], rows: readonly string[][], aligns: readonly string[]): string {
  const columns = Math.max(head.length, ...rows.map((r) => r.length));
  const widths = Array.from({ length: columns }, () => 0);
  for (const row of [head, ...rows]) row.forEach((cell, k) => (widths[k] = Math.max(widths[k]!, width(cell) + 2)));
  const line = (left: string, mid: string, right: string) => left + widths.map((w) => '─'.repeat(w)).join(mid) + right;
  const row = (cells: readonly string[]) => {
    const drawn = widths.map((w, k) => {
      const cell = cells[k] ?? '';
      const fill = ' '.repeat(w - 2 - width(cell));
      return ` ${aligns[k] === 'right' ? fill + cell : aligns[k] === 'center' ? ' '.repeat(Math.floor(fill.length / 2)) + cell + ' '.repeat(Math.ceil(fill.length / 2)) : cell + fill} `;
    });
    return `│${drawn.join('│')}│`;
  };
  const out = [line('┌', '┬', '┐')];
  if (head.length > 0) out.push(row(head), line('├', '┼', '┤'));
  for (const r of rows) out.push(row(r));
  out.push(line('└', '┴', '┘'));
  return out.join('\n');
}
