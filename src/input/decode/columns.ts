import { InputError } from '../../model/errors.js';
import { didYouMean, listNames } from '../../util/suggest.js';

/**
 * Finds a column in the header. `name#k` picks the k-th column of that name
 * (1-based), for files whose header repeats a name (the COMPAS file has two
 * `decile_score` columns). A repeated name without `#k` is an error that says
 * where the copies are and how to choose one with `flag` (the option that named it).
 */
export function columnIndex(header: readonly string[], name: string, file: string, flag = '--group'): number {
  const occurrence = /^(.*)#(\d+)$/.exec(name);
  const base = occurrence ? occurrence[1]! : name;
  const positions = header.flatMap((h, i) => (h === base ? [i] : []));
  if (positions.length === 0) {
    // without a close name the sentence ends before the list ('not found Columns: …' read as one broken phrase)
    // a header read with the wrong separator is one long name: no suggestion, the separator hint instead
    const separator = separatorHint(header);
    throw new InputError(file, 1, `column "${base}" not found${(separator ? '' : didYouMean(base, header)) || '.'} Columns: ${listNames(header)}${encodingHint(header)}${separator}`);
  }
  if (occurrence) {
    const k = Number(occurrence[2]);
    const index = positions[k - 1];
    if (index === undefined) {
      const choices = positions.map((p, j) => `"${base}#${j + 1}" (column ${p + 1})`).join(' or ');
      throw new InputError(file, 1, `"${name}": there ${positions.length === 1 ? 'is only 1 column' : `are only ${positions.length} columns`} named "${base}"; use ${choices}`);
    }
    return index;
  }
  if (positions.length > 1) {
    const where = positions.map((p, k) => `"${base}#${k + 1}" is column ${p + 1}`).join(', ');
    const example = flag === '--group' ? `-g "${base}#2"` : `${flag} "${base}#2"`;
    throw new InputError(file, 1, `the header has ${positions.length} columns named "${base}" (${where}); say which one to use with name#k, e.g. ${example}`);
  }
  return positions[0]!;
}

/** A header decoded with replacement characters was not UTF-8: say so, since that is why no name matches. */
function encodingHint(header: readonly string[]): string {
  if (!header.some((h) => h.includes('\uFFFD'))) return '';
  return '. The header has bytes that are not UTF-8 (shown as \uFFFD): if the file is Latin-1 or Windows-1252, convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8 in.csv > out.csv';
}

/** A header read as one column that holds another separator: the file is probably separated by it (read with the wrong --delimiter). */
function separatorHint(header: readonly string[]): string {
  const found = header.length === 1 ? [';', '\t', '|', ','].find((s) => header[0]!.includes(s)) : undefined;
  if (found === undefined) return '';
  const label = found === '\t' ? 'tab' : `'${found}'`;
  return `. The header was read as one column that contains ${label}s: the file is probably ${label}-separated; say so with --delimiter ${label}, or leave --delimiter out to detect it`;
}
