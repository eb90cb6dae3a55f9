/**
 * Banding a numeric group column (`--bins age=18,25,35,45,65`): each value
 * becomes the half-open interval it falls in, closed below and open above —
 * `<18`, `18–25` (18 ≤ age < 25), …, `45–65`, `≥65` — labels that the natural
 * order of groups (util/natural-order.ts) sorts lowest first. An empty cell
 * stays empty (missing); a cell that is not a number has no band (the reader
 * says so).
 */

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The labels of the bands the edges make, lowest first: one more than there are edges. */
export function bandLabels(edges: readonly number[]): string[] {
  const first = `<${edges[0]}`;
  const inner = edges.slice(1).map((high, i) => `${edges[i]}–${high}`);
  return [first, ...inner, `≥${edges[edges.length - 1]}`];
}

/**
 * The band of a trimmed cell: its label, '' for an empty cell, undefined for a
 * cell that is not a number. `labels` are bandLabels(edges), made once per column.
 */
export function bandOf(edges: readonly number[], cell: string, labels: readonly string[] = bandLabels(edges)): string | undefined {
  if (cell === '') return '';
  if (!NUMBER.test(cell)) return undefined;
  const x = Number(cell);
  if (!Number.isFinite(x)) return undefined;
  // the first edge above x closes x's band; x equal to an edge opens the next band
  const above = edges.findIndex((edge) => x < edge);
  return labels[above < 0 ? edges.length : above];
}

/** A cell reader that bands with these edges, remembering each distinct cell's band. */
export function createBander(edges: readonly number[]): (cell: string) => string | undefined {
  const labels = bandLabels(edges);
  const seen = new Map<string, string | undefined>();
  return (cell) => {
    if (seen.has(cell)) return seen.get(cell);
    const band = bandOf(edges, cell, labels);
    if (seen.size < 4096) seen.set(cell, band);
    return band;
  };
}

/**
 * Edges to suggest for a numeric column of many values: the quintiles of its
 * rows (values with their row counts), rounded to whole numbers when every
 * value is one, without repeats.
 */
export function suggestedEdges(values: readonly { value: number; rows: number }[], parts = 5): number[] {
  const sorted = [...values].sort((a, b) => a.value - b.value);
  const total = sorted.reduce((s, v) => s + v.rows, 0);
  const isWhole = sorted.every((v) => Number.isInteger(v.value));
  const edges: number[] = [];
  let seen = 0;
  let next = 1;
  for (const v of sorted) {
    seen += v.rows;
    while (next < parts && seen >= (total * next) / parts) {
      const edge = isWhole ? Math.round(v.value) : Number(v.value.toPrecision(3));
      if (edges[edges.length - 1] !== edge && edge > sorted[0]!.value) edges.push(edge);
      next++;
    }
  }
  return edges;
}
