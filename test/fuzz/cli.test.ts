import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/model/audit-result.js';
import { assertValidReport } from '../helpers/report-schema.js';
import { runCli } from '../helpers/run-cli.js';
import { expectedCounts, modelArbitrary } from './csv-model.js';
import { countsOf, FLAGS, modelBytes } from './fuzz-helpers.js';

/** Through the built CLI (fewer runs: each is a process): standard input, a JSON report or one line on stderr. */
function audit(bytes: Uint8Array): { exitCode: number; stderr: string; report?: AuditResult } {
  const run = runCli(['audit', '-', ...FLAGS, '--format', 'json'], { input: Buffer.from(bytes) });
  expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  if (run.exitCode === 2) {
    expect(run.stderr).toMatch(/^fairgate: -(, line \d+(, column \d+( \([^\n]*\))?)?)?: [^\n]+\n$/);
    expect(run.stdout).toBe('');
    return run;
  }
  // exit 3 without --fail-on: no check could be judged (tiny tables), and one line says so
  expect(run.stderr).toMatch(run.exitCode === 3 ? /^fairgate: no check could be judged: [^\n]+\n$/ : /^$/);
  expect([0, 1, 3]).toContain(run.exitCode);
  const report = JSON.parse(run.stdout) as AuditResult;
  assertValidReport(report);
  return { ...run, report };
}

const damaged = fc
  .tuple(modelArbitrary({ minLength: 1, maxLength: 10 }), fc.array(fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 2 })), { minLength: 1, maxLength: 3 }))
  .map(([m, edits]) => {
    const bytes = [...modelBytes(m)];
    for (const [at, insert] of edits) bytes.splice(at % (bytes.length + 1), 0, ...insert);
    return Uint8Array.from(bytes);
  });

describe('fuzz through the CLI', () => {
  it('arbitrary and damaged bytes: exit 2 with one line starting with "fairgate: -", or a valid report whose rows add up', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 120 }), damaged, damaged.map((b) => gzipSync(b))), (bytes) => {
        const { report } = audit(bytes);
        if (report) expect(report.input.rowsUsed + Object.values(report.input.rowsDropped).reduce((s, c) => s + c, 0)).toBe(report.input.rowsRead);
      }),
      { numRuns: 30 },
    );
  });

  it('valid CSVs (plain or gzip): the counts of the independent count', () => {
    fc.assert(
      fc.property(modelArbitrary({ minLength: 1, maxLength: 20 }), fc.boolean(), (m, isGzip) => {
        const expected = expectedCounts(m);
        fc.pre(expected.rowsUsed > 0); // no usable row is a refusal, covered through the library
        const bytes = modelBytes(m);
        const { report } = audit(isGzip ? gzipSync(bytes) : bytes);
        expect(report && countsOf(report)).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });
});
