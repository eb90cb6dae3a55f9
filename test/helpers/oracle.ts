/**
 * An independent recomputation of the group metrics straight from raw rows:
 * no tallies, no fold, no CSV library. Used to check the streaming path.
 */
export interface RawRow {
  groups: Record<string, string>;
  d: 0 | 1;
  y: 0 | 1;
  s: number;
}

/** Reads a simple CSV (no quoted fields) by splitting lines — enough for the generated fixture. */
export function readSimpleCsv(text: string, columns: { d: string; y: string; s: string; groups: string[] }): RawRow[] {
  const [headerLine, ...lines] = text.trimEnd().split('\n');
  const header = headerLine!.split(',');
  const at = (name: string) => header.indexOf(name);
  return lines.map((line) => {
    const f = line.split(',');
    return {
      groups: Object.fromEntries(columns.groups.map((g) => [g, f[at(g)]! === '' ? '(missing)' : f[at(g)]!])),
      d: Number(f[at(columns.d)]) as 0 | 1,
      y: Number(f[at(columns.y)]) as 0 | 1,
      s: Number(f[at(columns.s)]),
    };
  });
}

const div = (a: number, b: number) => (b === 0 ? null : a / b);

/** Mann–Whitney AUC via average ranks (a different algorithm from the histogram sweep). */
function rankAuc(rows: readonly RawRow[]): number | null {
  const sorted = [...rows].sort((a, b) => a.s - b.s);
  const ranks = new Array<number>(sorted.length);
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]!.s === sorted[i]!.s) j++;
    for (let k = i; k <= j; k++) ranks[k] = (i + j) / 2 + 1;
    i = j + 1;
  }
  const p = sorted.filter((r) => r.y === 1).length;
  const q = sorted.length - p;
  if (p === 0 || q === 0) return null;
  const rankSum = sorted.reduce((s, r, i) => (r.y === 1 ? s + ranks[i]! : s), 0);
  return (rankSum - (p * (p + 1)) / 2) / (p * q);
}

function ece(rows: readonly RawRow[], bins: number): number {
  let total = 0;
  for (let b = 0; b < bins; b++) {
    const inBin = rows.filter((r) => Math.min(Math.floor(bins * r.s), bins - 1) === b);
    if (inBin.length === 0) continue;
    const meanScore = inBin.reduce((s, r) => s + r.s, 0) / inBin.length;
    const rate = inBin.reduce((s, r) => s + r.y, 0) / inBin.length;
    total += (inBin.length / rows.length) * Math.abs(meanScore - rate);
  }
  return total;
}

export function oracleMetrics(rows: readonly RawRow[], bins = 10): Record<string, number | null> {
  const tp = rows.filter((r) => r.d === 1 && r.y === 1).length;
  const fp = rows.filter((r) => r.d === 1 && r.y === 0).length;
  const tn = rows.filter((r) => r.d === 0 && r.y === 0).length;
  const fn = rows.filter((r) => r.d === 0 && r.y === 1).length;
  const n = rows.length;
  const meanScore = rows.reduce((s, r) => s + r.s, 0) / n;
  return {
    n,
    selection_rate: div(tp + fp, n),
    base_rate: div(tp + fn, n),
    tpr: div(tp, tp + fn),
    fnr: div(fn, tp + fn),
    fpr: div(fp, fp + tn),
    tnr: div(tn, fp + tn),
    ppv: div(tp, tp + fp),
    fdr: div(fp, tp + fp),
    npv: div(tn, tn + fn),
    for: div(fn, tn + fn),
    accuracy: div(tp + tn, n),
    mean_score: meanScore,
    calibration_in_the_large: meanScore - (tp + fn) / n,
    ece: ece(rows, bins),
    brier: rows.reduce((s, r) => s + (r.s - r.y) ** 2, 0) / n,
    auc: rankAuc(rows),
  };
}
