#!/usr/bin/env node
/**
 * Data for the group-scaling benchmark: ROWS rows with one attribute of K distinct values.
 *
 *   node bench/generate-groups.mjs --rows 1000000 --groups 10000 --out FILE [--seed 7]
 *
 * Columns: id, segment (K values, uniform, `S000123`), campaign (1,000 values, uniform),
 * channel (5 values, skewed), score (6 decimals), targeted (score ≥ 0.3), converted
 * (Bernoulli(score)). `segment` is the attribute whose number of groups grows; campaign × channel
 * gives an intersection of about 5,000 cells. Deterministic for a seed.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { createRandom } from '../scripts/generate-marketing.mjs';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '1000000' }, groups: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '7' } },
});
const rows = Number(values.rows);
const groups = Number(values.groups);
if (!values.out || !Number.isInteger(rows) || !Number.isInteger(groups) || groups < 1) {
  throw new Error('usage: node bench/generate-groups.mjs --rows N --groups K --out FILE [--seed S]');
}

// the marketing generator's seeded stream (sfc32 seeded through splitmix32)
const random = createRandom(Number(values.seed) >>> 0);

const CHANNELS = ['email', 'web', 'app', 'store', 'phone'];
const CHANNEL_BOUNDS = [0.4, 0.7, 0.9, 0.97, 1];
const width = String(groups - 1).length;
const out = createWriteStream(values.out);
let lines = ['id,segment,campaign,channel,score,targeted,converted'];
for (let i = 1; i <= rows; i++) {
  const segment = 'S' + String(Math.floor(random() * groups)).padStart(width, '0');
  const campaign = 'C' + String(Math.floor(random() * 1000)).padStart(3, '0');
  const u = random();
  const channel = CHANNELS[CHANNEL_BOUNDS.findIndex((bound) => u < bound)];
  // a logistic score around 0.2, written with 6 decimals
  const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const units = Math.round(1e6 / (1 + Math.exp(1.4 - 1.2 * z)));
  const score = units === 1e6 ? '1.000000' : '0.' + String(units).padStart(6, '0');
  const converted = random() < units / 1e6 ? 1 : 0;
  lines.push(`${i},${segment},${campaign},${channel},${score},${units >= 300000 ? 1 : 0},${converted}`);
  if (lines.length === 8192 || i === rows) {
    if (!out.write(lines.join('\n') + '\n')) await once(out, 'drain');
    lines = [];
  }
}
out.end();
await once(out, 'finish');
