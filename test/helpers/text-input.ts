import { createCsvChunkReader } from '../../src/input/csv/csv-reader.js';
import { fieldText } from '../../src/input/csv/csv-record.js';
import type { ReadFacts, TextDialect } from '../../src/input/formats/input-format.js';
import { chooseTextScanner } from '../../src/input/formats/text-scanner.js';

export interface ReadText {
  header: string[];
  records: string[][];
  lines: number[];
  facts: ReadFacts | undefined;
}

/**
 * Reads `bytes` as the input `name` through the text readers (the format and
 * separator found from the first bytes, as one pass finds them), fed in chunks
 * of the given sizes (cycled); every field as text. `needed`: the header
 * positions a nested JSON value is refused in.
 */
export function readText(name: string, bytes: Uint8Array, chunkSizes: readonly number[] = [bytes.length || 1], options: { dialect?: TextDialect; needed?: number[] } = {}): ReadText {
  const out: ReadText = { header: [], records: [], lines: [], facts: undefined };
  let isHeader = true;
  const onRecord = (r: Parameters<Parameters<typeof chooseTextScanner>[2]>[0]) => {
    const fields = Array.from({ length: r.fieldCount }, (_, i) => fieldText(r, i));
    if (isHeader) {
      isHeader = false;
      out.header = fields;
      choice.jsonl()?.setNeeded(new Set(options.needed ?? []));
      return;
    }
    out.records.push(fields);
    out.lines.push(r.line);
  };
  const choice = chooseTextScanner(name, options.dialect ?? { delimiter: null, decimalComma: null }, onRecord);
  const reader = createCsvChunkReader({ onRecord, scannerFromHead: choice.scannerFromHead });
  let at = 0;
  for (let k = 0; at < bytes.length; k++) {
    const size = Math.max(1, chunkSizes[k % chunkSizes.length]!);
    reader.push(bytes.subarray(at, at + size));
    at += size;
  }
  reader.end();
  out.facts = choice.facts();
  return out;
}
