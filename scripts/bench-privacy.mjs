#!/usr/bin/env node
// @ts-check
/**
 * bench-privacy.mjs: what the privacy features cost (run `npm run build` first).
 *
 *   node scripts/bench-privacy.mjs
 *
 * 1. The identifier scan: the header plus SAMPLE_ROWS rows, on the widest real header (COMPAS, 52 columns).
 * 2. Suppression planning (model + complementary suppression) on tables of growing size:
 *    attributes a, b and a+b with |a| × |b| cells of random size, a share of them under k.
 * Figures are medians of several runs on this machine; they are written down in docs/privacy.md.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createFold } from '../dist/core/accumulate.js';
import { createIdentifierScan, SAMPLE_ROWS } from '../dist/privacy/identifier-columns.js';
import { planSuppression } from '../dist/privacy/suppression-plan.js';
import { resolveConfig } from '../dist/config/resolve-config.js';
import { validateFileConfig } from '../dist/config/validate-config.js';

function median(fn, runs = 7) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((x, y) => x - y)[Math.floor(runs / 2)];
}

// 1. identifier scan
const compas = readFileSync(new URL('../../shared/data/compas/compas-scores-two-years.csv', import.meta.url), 'utf8').split('\n');
const header = compas[0].split(',');
const rows = compas.slice(1, SAMPLE_ROWS + 1).map((line) => line.split(','));
const scanMs = median(() => {
  const scan = createIdentifierScan(header, new Set([5, 8, 39]));
  for (const r of rows) scan.add(r);
  scan.finish();
}, 21);
console.log(`identifier scan, COMPAS header (${header.length} columns) + ${SAMPLE_ROWS} rows: ${scanMs.toFixed(2)} ms in all (then one comparison per row)`);

// 2. suppression planning
let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
function config(k) {
  const v = validateFileConfig({ columns: { prediction: 'd', label: 'y' }, groups: ['a', 'b', 'a+b'], suppressBelow: k });
  if (!v.ok) throw new Error('config');
  return resolveConfig([{ source: 'bench', config: v.config }]);
}
function table(na, nb, k) {
  const fold = createFold({
    capabilities: { hasDecision: true, hasLabel: true, hasScore: false },
    bins: 10,
    missing: 'group',
    attributes: [
      { spec: { name: 'a', columns: ['a'] }, indices: [0] },
      { spec: { name: 'b', columns: ['b'] }, indices: [1] },
      { spec: { name: 'a+b', columns: ['a', 'b'] }, indices: [0, 1] },
    ],
  });
  for (let i = 0; i < na; i++) {
    for (let j = 0; j < nb; j++) {
      const n = random() < 0.15 ? 1 + Math.floor(random() * (k - 1)) : k + Math.floor(random() * 200);
      for (let r = 0; r < n; r++) {
        const d = random() < 0.3 ? 1 : 0;
        fold.add([`a${i}`, `b${j}`], { decision: d, label: random() < 0.4 ? 1 : 0, score: null });
      }
    }
  }
  return fold.finish();
}
for (const [na, nb] of [[5, 4], [20, 5], [50, 6], [100, 8], [200, 10]]) {
  const k = 10;
  const t = table(na, nb, k);
  const cfg = config(k);
  let plan;
  const ms = median(() => (plan = planSuppression(t, cfg)), 3);
  const masked = plan.masks.reduce((s, m) => s + m.size, 0);
  const primary = plan.masks.reduce((s, m) => s + [...m.values()].filter((x) => x === 'primary').length, 0);
  console.log(`suppression plan, ${na}×${nb} table (${na + nb + na * nb} groups, k=${k}): ${ms.toFixed(0)} ms, ${primary} primary + ${masked - primary} secondary, ${plan.unprotected.length} unprotected`);
}
