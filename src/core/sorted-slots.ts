import type { ExactAucHistogram } from './types.js';

// The index of a double's low and high 32-bit word in a Uint32Array over it (the platform's byte order).
const LOW = new Uint32Array(new Float64Array([1]).buffer)[0] === 0 ? 0 : 1;
const HIGH = 1 - LOW;

/**
 * The occupied slots of a narrow score table (auc-score-table.ts: 16 bytes a
 * slot, the score's two 32-bit words then its label-1 and label-0 counts) as
 * an exact histogram, scores ascending in Float64Array's native sort order
 * (the scores are distinct, none −0 or NaN). The slots are copied out
 * densely, then sorted by a least-significant-digit radix sort on the
 * score's bits made order-preserving (all bits flipped when negative, else
 * the sign bit), a byte per pass, moving whole slots so that the counts
 * travel with their score: no comparison and no lookup per score. A pass
 * whose byte is the same in every score is skipped.
 */
export function sortedSlots(table: Uint32Array, used: number): ExactAucHistogram {
  let from = new Uint32Array(4 * used);
  // per byte b (0–3 of the low word, 4–7 of the high word): how many scores have each value of it
  const counts = new Uint32Array(8 * 256);
  for (let slot = 0, i = 0; 4 * slot < table.length; slot++) {
    if (table[4 * slot + 2]! + table[4 * slot + 3]! === 0) continue;
    for (let w = 0; w < 4; w++) from[4 * i + w] = table[4 * slot + w]!;
    const flip = table[4 * slot + HIGH]! >> 31;
    const low = (table[4 * slot + LOW]! ^ flip) >>> 0;
    const high = (table[4 * slot + HIGH]! ^ (flip | 0x80000000)) >>> 0;
    for (let b = 0; b < 4; b++) {
      counts[256 * b + ((low >>> (8 * b)) & 255)]! += 1;
      counts[256 * (4 + b) + ((high >>> (8 * b)) & 255)]! += 1;
    }
    i++;
  }
  let to = new Uint32Array(4 * used);
  for (let b = 0; b < 8; b++) {
    const word = b < 4 ? LOW : HIGH;
    const sign = b < 4 ? 0 : 0x80000000;
    const shift = 8 * (b & 3);
    const start = counts.subarray(256 * b, 256 * (b + 1));
    if (used === 0 || start[(((from[word]! ^ ((from[HIGH]! >> 31) | sign)) >>> shift) & 255)] === used) continue;
    for (let d = 0, sum = 0; d < 256; d++) {
      const c = start[d]!;
      start[d] = sum;
      sum += c;
    }
    for (let i = 0; i < used; i++) {
      const j = 4 * start[((from[4 * i + word]! ^ ((from[4 * i + HIGH]! >> 31) | sign)) >>> shift) & 255]!++;
      to[j] = from[4 * i]!;
      to[j + 1] = from[4 * i + 1]!;
      to[j + 2] = from[4 * i + 2]!;
      to[j + 3] = from[4 * i + 3]!;
    }
    [from, to] = [to, from];
  }
  const keys = new Float64Array(from.buffer);
  const scores = new Float64Array(used);
  const pos = new Float64Array(used);
  const neg = new Float64Array(used);
  for (let i = 0; i < used; i++) {
    scores[i] = keys[2 * i]!;
    pos[i] = from[4 * i + 2]!;
    neg[i] = from[4 * i + 3]!;
  }
  return { step: null, scores, pos, neg };
}
