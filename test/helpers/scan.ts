import { createCsvChunkReader } from '../../src/input/csv/csv-reader.js';
import { fieldText } from '../../src/input/csv/csv-record.js';

export interface Scanned {
  records: string[][];
  lines: number[];
}

/** Scans `bytes` fed in chunks of the given sizes (cycled), collecting every field as text; `separator`: the field separator's byte (default `,`). */
export function scanBytes(bytes: Uint8Array, chunkSizes: readonly number[] = [bytes.length || 1], separator?: number): Scanned {
  const out: Scanned = { records: [], lines: [] };
  const reader = createCsvChunkReader({
    ...(separator === undefined ? {} : { separator }),
    onRecord(r) {
      out.records.push(Array.from({ length: r.fieldCount }, (_, i) => fieldText(r, i)));
      out.lines.push(r.line);
    },
  });
  let at = 0;
  for (let k = 0; at < bytes.length; k++) {
    const size = Math.max(1, chunkSizes[k % chunkSizes.length]!);
    reader.push(bytes.subarray(at, at + size));
    at += size;
  }
  reader.end();
  return out;
}
