/** 1, 0, or undefined for a value that is neither positive nor negative. */
export type BinaryDecoder = (value: string) => 0 | 1 | undefined;

/** A binary column of the input (the prediction or the label) and how its cells decode. */
export interface BinaryColumn {
  role: 'prediction' | 'label';
  name: string;
  index: number;
  decode: BinaryDecoder;
  positives: readonly string[] | null;
  flag: string;
}

const TRUE_WORDS = new Set(['true', 'yes']);
const FALSE_WORDS = new Set(['false', 'no']);
const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Without an explicit positive set: the number 1 (`1`, `1.0`), `true`, `yes` are
 * positive and the number 0, `false`, `no` negative, case-insensitive. With a
 * positive set (exact, trimmed values): those are positive and every other
 * non-empty value negative. Results are cached per distinct string, since such
 * columns hold few distinct values and the decoder runs once per row.
 */
export function makeBinaryDecoder(positive: readonly string[] | null): BinaryDecoder {
  const cache = new Map<string, 0 | 1 | undefined>();
  const decode = positive ? decodeWithSet(new Set(positive)) : decodeDefault;
  return (value) => {
    const hit = cache.get(value);
    if (hit !== undefined || cache.has(value)) return hit;
    const result = decode(value.trim());
    if (cache.size < 1024) cache.set(value, result);
    return result;
  };
}

function decodeWithSet(positive: ReadonlySet<string>): (v: string) => 0 | 1 {
  return (v) => (positive.has(v) ? 1 : 0);
}

function decodeDefault(v: string): 0 | 1 | undefined {
  const lower = v.toLowerCase();
  if (TRUE_WORDS.has(lower)) return 1;
  if (FALSE_WORDS.has(lower)) return 0;
  if (!NUMERIC.test(v)) return undefined;
  const x = Number(v);
  return x === 1 ? 1 : x === 0 ? 0 : undefined;
}
