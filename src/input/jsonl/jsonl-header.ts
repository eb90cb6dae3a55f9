import { isBlankLine, walkObjectLine } from './json-object-line.js';
import { JsonValueError, stringText } from './json-values.js';

/** Whether the first non-blank byte of the head is `{`: the input is read as JSON Lines. */
export function looksLikeJsonLines(head: Uint8Array): boolean {
  for (const c of head) {
    if (c === 123) return true;
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return false;
}

/**
 * The columns of a JSON Lines file: the keys of the objects on the complete
 * lines of its first bytes, in the order they first appear (a service that
 * leaves out a null key on the first line still gives the column). Keys that
 * first appear further down are not read. Malformed lines are passed over
 * here; the scan reports them with their line.
 */
export function jsonlHeader(head: Buffer, isLast: boolean): string[] {
  const keys = new Map<string, true>();
  let from = 0;
  while (from < head.length) {
    let lf = head.indexOf(10, from);
    if (lf < 0) {
      if (!isLast) break;
      lf = head.length;
    }
    if (!isBlankLine(head, from, lf)) {
      const line: string[] = [];
      try {
        walkObjectLine(head, from, lf, (m) => line.push(stringText(head, m.keyStart, m.keyEnd, m.isKeyEscaped)));
        for (const key of line) keys.set(key, true);
      } catch (error) {
        if (!(error instanceof JsonValueError)) throw error;
      }
    }
    from = lf + 1;
  }
  return [...keys.keys()];
}
