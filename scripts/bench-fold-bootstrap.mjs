// Fold cost with and without the Poisson bootstrap (docs/statistics.md, "Measured").
// Usage: node scripts/bench-fold-bootstrap.mjs <dist folder> [replicates]
const which = new URL(`${process.argv[2] ?? 'dist'}/`, `file://${process.cwd()}/`).href.replace(/\/$/, '');
const boot = process.argv[3];
const { createFold } = await import(`${which}/core/accumulate.js`);
const rows = 1_000_000;
const fields = Array.from({ length: 64 }, (_, i) => [`g${i % 4}`, `h${i % 7}`]);
const run = () => {
  const fold = createFold({ capabilities: { hasDecision: true, hasLabel: true, hasScore: true }, bins: 10, missing: 'group',
    bootstrap: boot ? { replicates: Number(boot), seed: 1 } : null,
    attributes: [{ spec: { name: 'a', columns: ['a'] }, indices: [0] }, { spec: { name: 'b', columns: ['b'] }, indices: [1] }, { spec: { name: 'a+b', columns: ['a', 'b'] }, indices: [0, 1] }] });
  const o = { decision: 0, label: 0, score: 0 };
  const t0 = performance.now();
  for (let i = 0; i < rows; i++) { o.decision = i & 1; o.label = (i >> 1) & 1; o.score = (i % 997) / 997; fold.add(fields[i & 63], o); }
  fold.finish();
  return performance.now() - t0;
};
const times = [];
for (let k = 0; k < 5; k++) times.push(run());
times.sort((a, b) => a - b);
console.log(`${process.argv[2] ?? 'dist'} bootstrap=${boot ?? 'off'}: best ${times[0].toFixed(0)} ms, median ${times[2].toFixed(0)} ms per 1M rows x 3 attributes`);
