import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertValidReport } from '../helpers/report-schema.js';
import { SHARED, runCli } from '../helpers/run-cli.js';

describe('smoke', () => {
  it('audits the Aequitas COMPAS extract and writes a schema-valid JSON report', () => {
    const run = runCli(['audit', path.join(SHARED, 'aequitas/compas_for_aequitas.csv'), '--group', 'race,sex', '--prediction', 'score', '--label', 'label_value', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(run.stdout);
    assertValidReport(report);
    expect(report.input.rowsRead).toBe(7214);
  });
});
