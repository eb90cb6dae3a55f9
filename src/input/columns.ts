import { InputError } from '../errors.js';
import { didYouMean, listNames } from '../util/suggest.js';

/**
 * Finds a column in the header. `name#k` picks the k-th column of that name
 * (1-based), for files whose header repeats a name (the COMPAS file has two
 * `decile_score` columns). A repeated name without `#k` is an error that says
 * where the copies are.
 */
export function columnIndex(header: readonly string[], name: string, file: string): number {
  const occurrence = /^(.*)#(\d+)$/.exec(name);
  const base = occurrence ? occurrence[1]! : name;
  const positions = header.flatMap((h, i) => (h === base ? [i] : []));
  if (positions.length === 0) {
    throw new InputError(file, 1, `column "${base}" not found${didYouMean(base, header)} Columns: ${listNames(header)}`);
  }
  if (occurrence) {
    const k = Number(occurrence[2]);
    const index = positions[k - 1];
    if (index === undefined) {
      throw new InputError(file, 1, `"${name}": there are only ${positions.length} columns named "${base}"`);
    }
    return index;
  }
  if (positions.length > 1) {
    const where = positions.map((p, k) => `"${base}#${k + 1}" is column ${p + 1}`).join(', ');
    throw new InputError(file, 1, `the header has ${positions.length} columns named "${base}" (${where}); name the one to use, e.g. --score "${base}#2"`);
  }
  return positions[0]!;
}
