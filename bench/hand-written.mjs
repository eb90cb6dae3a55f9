#!/usr/bin/env node
// A minimal hand-written single pass (the yardstick): bytes -> per-group counts and score bins for
// gender, ethnicity, age_band, region and gender+ethnicity. No quotes, no validation, no exact sums, no AUC.
import { closeSync, openSync, readSync } from 'node:fs';

const fd = openSync(process.argv[2], 'r');
let buf = Buffer.allocUnsafe(4 << 20);
const ids = [new Map(), new Map(), new Map(), new Map(), new Map(), new Map(), new Map(), new Map()];
const counts = new Float64Array(5 * 64 * 4 * 10);
const cols = new Int32Array(16);
let header = true;
let rows = 0;
let keep = 0;
for (let n; (n = readSync(fd, buf, keep, buf.length - keep, null)) > 0 || keep > 0; ) {
  const end = keep + n;
  let start = 0;
  for (let nl = buf.indexOf(10, start); nl >= 0 && nl < end; nl = buf.indexOf(10, start)) {
    if (header) header = false;
    else {
      let f = 0;
      cols[0] = start;
      for (let i = start; i < nl; i++) if (buf[i] === 44) cols[++f] = i + 1;
      cols[++f] = nl + 1;
      const id = (c) => {
        const key = buf.latin1Slice(cols[c], cols[c + 1] - 1);
        let v = ids[c].get(key);
        if (v === undefined) ids[c].set(key, (v = ids[c].size));
        return v;
      };
      const score = Number(buf.latin1Slice(cols[5], cols[6] - 1));
      const d = buf[cols[6]] === 49 ? 1 : 0;
      const y = buf[cols[7]] === 49 ? 1 : 0;
      const bin = Math.min(9, Math.floor(score * 10));
      const g = id(2), e = id(4), a = id(1), r = id(3);
      for (const [k, group] of [[0, g], [1, e], [2, a], [3, r], [4, g * 8 + e]]) {
        const at = ((k * 64 + group) * 10 + bin) * 4;
        counts[at] += 1;
        counts[at + 1] += d;
        counts[at + 2] += y;
        counts[at + 3] += score;
      }
      rows++;
    }
    start = nl + 1;
  }
  buf.copyWithin(0, start, end);
  keep = end - start;
  if (n === 0) break;
}
closeSync(fd);
console.log(rows);
