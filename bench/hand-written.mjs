#!/usr/bin/env node
/**
 * The floor to aim at: the fastest simple single pass in JavaScript for what DuckDB's query in
 * bench/duckdb-groupby.mjs computes — per group and score bin (10 bins): rows, Σ decision, Σ label,
 * Σ score, for gender, ethnicity, age_band, region and gender+ethnicity.
 *
 *   node bench/hand-written.mjs FILE [--check]
 *
 * One pass over 8 MB chunks read with readSync, no strings per row: the four group cells sit side
 * by side in the marketing file, so one hash over their bytes finds the row's tuple (all four values)
 * in an open-addressing table; counts go to typed arrays per tuple and bin; the five attributes are
 * summed from the tuples at the end. No quotes, no validation, no exact sums, no AUC: a floor, but
 * not a straw man. `--check` prints the per-group rows so the totals can be compared with fairgate.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const file = process.argv[2];
if (!file) throw new Error('usage: node bench/hand-written.mjs FILE [--check]');
const fd = openSync(file, 'r');
const CHUNK = 8 << 20;
const buf = Buffer.allocUnsafe(CHUNK + (1 << 16));

// The header decides where the cells are; the group cells must be adjacent (age_band,gender,region,ethnicity).
let end = readSync(fd, buf, 0, CHUNK, null);
const headerEnd = buf.indexOf(10);
const header = buf.toString('latin1', 0, headerEnd).split(',');
const at = (name) => {
  const i = header.indexOf(name);
  if (i < 0) throw new Error(`no column ${name}`);
  return i;
};
const GROUPS = ['age_band', 'gender', 'region', 'ethnicity'].map(at);
const FIRST = Math.min(...GROUPS);
const LAST = Math.max(...GROUPS);
if (LAST - FIRST !== 3) throw new Error('the group cells must be adjacent');
const SCORE = at('score');
const DECISION = at('targeted');
const LABEL = at('converted');
const FIELDS = header.length;

// tuple table: slot -> tuple id + 1; the tuple's bytes in `keys`
let mask = 1023;
let slots = new Int32Array(mask + 1);
let hashes = new Int32Array(256);
let keyStart = new Int32Array(256);
let keyLength = new Int32Array(256);
let keys = Buffer.allocUnsafe(1 << 16);
let keysEnd = 0;
let tuples = 0;
// per tuple and bin: rows, Σ decision, Σ label, Σ score
let sums = new Float64Array(256 * 40);

function addTuple(b, s, e, h, slot) {
  if (tuples === hashes.length) {
    const grow = (a) => {
      const out = new Int32Array(2 * a.length);
      out.set(a);
      return out;
    };
    hashes = grow(hashes);
    keyStart = grow(keyStart);
    keyLength = grow(keyLength);
    const more = new Float64Array(2 * sums.length);
    more.set(sums);
    sums = more;
  }
  if (keysEnd + e - s > keys.length) {
    const more = Buffer.allocUnsafe(2 * keys.length + e - s);
    keys.copy(more, 0, 0, keysEnd);
    keys = more;
  }
  b.copy(keys, keysEnd, s, e);
  hashes[tuples] = h;
  keyStart[tuples] = keysEnd;
  keyLength[tuples] = e - s;
  keysEnd += e - s;
  slots[slot] = ++tuples;
  if (2 * tuples > mask) {
    mask = 2 * mask + 1;
    slots = new Int32Array(mask + 1);
    for (let t = 0; t < tuples; t++) {
      let k = hashes[t] & mask;
      while (slots[k] !== 0) k = (k + 1) & mask;
      slots[k] = t + 1;
    }
  }
  return tuples - 1;
}

let rows = 0;
let pos = headerEnd + 1;
for (;;) {
  // the records that end in buf[pos, last]: no bounds checks inside a record
  const last = buf.lastIndexOf(10, end - 1);
  while (pos <= last) {
    // walk to the group cells, then past them, then to the score, decision and label
    let i = pos;
    for (let f = 0; f < FIRST; f++) while (buf[i++] !== 44);
    const gs = i;
    for (let f = FIRST; f <= LAST; f++) while (buf[i++] !== 44);
    const ge = i - 1;
    let h = 0x811c9dc5;
    for (let k = gs; k < ge; k++) h = Math.imul(h ^ buf[k], 0x01000193);
    h ^= h >>> 15;
    let slot = h & mask;
    let tuple = -1;
    for (;;) {
      const t = slots[slot] - 1;
      if (t < 0) {
        tuple = addTuple(buf, gs, ge, h, slot);
        break;
      }
      if (hashes[t] === h && keyLength[t] === ge - gs) {
        let k = keyStart[t] - gs;
        let j = gs;
        while (j < ge && keys[k + j] === buf[j]) j++;
        if (j === ge) {
          tuple = t;
          break;
        }
      }
      slot = (slot + 1) & mask;
    }
    for (let f = LAST + 1; f < SCORE; f++) while (buf[i++] !== 44);
    // score: plain decimal digits
    let m = 0;
    let scale = 1;
    let dot = false;
    for (let c = buf[i]; c !== 44 && c !== 10; c = buf[++i]) {
      if (c === 46) dot = true;
      else {
        m = m * 10 + (c - 48);
        if (dot) scale *= 10;
      }
    }
    const score = m / scale;
    i++;
    let decision = 0;
    let label = 0;
    for (let f = SCORE + 1; f < FIELDS; f++) {
      if (f === DECISION) decision = buf[i] === 49 ? 1 : 0;
      else if (f === LABEL) label = buf[i] === 49 ? 1 : 0;
      while (buf[i] !== 44 && buf[i] !== 10) i++;
      i++;
    }
    pos = i;
    const bin = score >= 1 ? 9 : (score * 10) | 0;
    const k = (tuple * 10 + bin) * 4;
    sums[k] += 1;
    sums[k + 1] += decision;
    sums[k + 2] += label;
    sums[k + 3] += score;
    rows++;
  }
  // keep the incomplete record, read more after it
  if (last < 0 && end >= CHUNK) throw new Error('a record longer than the read buffer');
  buf.copy(buf, 0, pos, end);
  end -= pos;
  pos = 0;
  const n = readSync(fd, buf, end, CHUNK, null);
  if (n === 0) break;
  end += n;
}
closeSync(fd);

// the five attributes from the tuples: group key -> 40 sums (10 bins × 4)
const attributes = [['gender'], ['ethnicity'], ['age_band'], ['region'], ['gender', 'ethnicity']].map((columns) => ({ columns, groups: new Map() }));
for (let t = 0; t < tuples; t++) {
  const cells = keys.toString('utf8', keyStart[t], keyStart[t] + keyLength[t]).split(',');
  const value = (name) => cells[GROUPS.indexOf(at(name))];
  for (const a of attributes) {
    const key = a.columns.map(value).join('|');
    let into = a.groups.get(key);
    if (!into) a.groups.set(key, (into = new Float64Array(40)));
    for (let j = 0; j < 40; j++) into[j] += sums[t * 40 + j];
  }
}
if (process.argv.includes('--check')) {
  for (const a of attributes) for (const [key, s] of a.groups) console.log(a.columns.join('+'), key, s.filter((_, j) => j % 4 === 0).reduce((x, y) => x + y, 0));
}
console.log(rows);
