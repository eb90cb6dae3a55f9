/**
 * The grid an outcome map (or a score map without a label) moves to when it
 * no longer fits the run's budget: cells of relative width 2·VALUE_GRID_ERROR
 * on a logarithmic scale (as DDSketch: C. Masson, J. E. Rim, H. K. Lee, "DDSketch:
 * a fast and fully-mergeable quantile sketch with relative-error guarantees",
 * VLDB 2019). Cell i > 0 holds the values in (γ^(i−1), γ^i], γ = (1 + a)/(1 − a),
 * and stands for 2γ^i/(γ + 1); negative values mirror it, 0 is a cell of its
 * own. Every value moves by at most a·|its cell's value| (a = VALUE_GRID_ERROR),
 * so the grid of a sample is the sample with each value moved by at most
 * that much — whatever the order of the rows or how they were split.
 */

/** a: the largest move of a value, relative to its cell's value. */
export const VALUE_GRID_ERROR = 1e-4;
const GAMMA = (1 + VALUE_GRID_ERROR) / (1 - VALUE_GRID_ERROR);
const LOG_GAMMA = Math.log(GAMMA);

/** The value a cell stands for (the middle of its range, relatively). */
function cellValue(index: number): number {
  return (2 * Math.pow(GAMMA, index)) / (GAMMA + 1);
}

/**
 * The cell value of `v`: 0 for 0, else sign(v)·the value of |v|'s cell. A
 * value at a cell's edge may round into its neighbour; the bound below then
 * still holds up to the last bits (VALUE_GRID_SLACK).
 */
export function valueCell(v: number): number {
  if (v === 0) return 0;
  const index = Math.ceil(Math.log(Math.abs(v)) / LOG_GAMMA);
  const c = cellValue(index);
  // the cell of the largest doubles would stand for ∞: they keep their value
  if (!Number.isFinite(c)) return v;
  return v < 0 ? -c : c;
}

/** Rounding in the cell's index and value: added to the relative bound. */
const VALUE_GRID_SLACK = 1e-12;

/** The largest distance between a value and its cell's value, over cells whose values reach `maxAbs`. */
export function valueGridShift(maxAbs: number): number {
  return maxAbs * (VALUE_GRID_ERROR / (1 - VALUE_GRID_ERROR) + VALUE_GRID_SLACK);
}
