import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';
import type { SweepResult } from '../../src/model/sweep-result.js';

// fairgate sweep through the built CLI on the marketing fixture: every format, the JSON schema,
// the --select answer checked against `fairgate audit --threshold t`, and suppression.
const DATA = path.join(ROOT, 'fixtures/marketing/data.csv');
const RULES = ['--rule', 'disparate_impact>=0.8', '--rule', 'abs(equal_opportunity_difference)<=0.1'];
const ARGS = ['sweep', DATA, '-g', 'gender', '-g', 'age_band', '--score', 'score', '--label', 'converted', ...RULES];
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'schema/sweep.schema.json'), 'utf8')));

let dir: string;
let run: ReturnType<typeof runCli>;
let json: SweepResult;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'fairgate-sweep-'));
  const outs = ['json', 'html', 'md', 'csv', 'xml', 'txt'].flatMap((ext) => ['-o', path.join(dir, `sweep.${ext}`)]);
  run = runCli([...ARGS, '--threshold', '0.3', '--select', '30%', '--per-group', ...outs]);
  json = JSON.parse(readFileSync(path.join(dir, 'sweep.json'), 'utf8')) as SweepResult;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fairgate sweep on the marketing fixture', () => {
  it('answers with the passing ranges, the current threshold and the --select target, and exits 0', () => {
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('Every judged rule passes in 9 ranges of thresholds:\n  0.546 ≤ t ≤ 0.552 (selects 510 to 528 rows)\n');
    expect(run.stdout).toContain('Current threshold 0.3: does not pass (2,203 rows selected).');
    expect(run.stdout).toContain('Target: select 30 % of the rows (6,000 of 20,000).');
    expect(run.stdout).toContain('What-if only: a separate threshold per group');
    expect(readFileSync(path.join(dir, 'sweep.txt'), 'utf8')).toBe(run.stdout);
  });

  it('writes JSON that matches schema/sweep.schema.json, with the whole curve', () => {
    expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
    // 4,469 distinct scores are more than the 1,000 swept exactly: a grid of step 0.001, 0 … 1
    expect(json.thresholds).toMatchObject({ mode: 'grid', step: 0.001, reason: 'too-many-scores', distinctScores: 4469, count: 1001 });
    expect(json.points.every((p, i) => i === 0 || p.threshold < json.points[i - 1]!.threshold)).toBe(true);
    expect(json.points.at(-1)).toMatchObject({ threshold: 0, selected: 20000, selectionRate: 1 });
  });

  it('the --select answer passes under fairgate audit --threshold t, and the current threshold fails there too', () => {
    const nearest = json.target!.nearest!;
    expect(Math.abs(nearest.selected - 6000)).toBeLessThan(100);
    const audit = (t: number) => runCli(['audit', DATA, '-g', 'gender', '-g', 'age_band', '--score', 'score', '--label', 'converted', '--threshold', String(t), ...RULES, '--format', 'json']);
    const at = audit(nearest.threshold);
    expect(at.exitCode).toBe(0);
    expect(JSON.parse(at.stdout).attributes[0].groups.reduce((s: number, g: { selected: number }) => s + g.selected, 0)).toBe(nearest.selected);
    expect(audit(0.3).exitCode).toBe(1);
  });

  it('every format carries the answer; HTML draws the trade-off with the passing band and the current threshold', () => {
    const html = readFileSync(path.join(dir, 'sweep.html'), 'utf8');
    expect(html).toContain('<svg class="sweep-chart"');
    expect(html).toContain('class="band"');
    expect(html).toContain('class="current"');
    expect(html).toContain('class="what-if"');
    const md = readFileSync(path.join(dir, 'sweep.md'), 'utf8');
    expect(md).toContain('**Every judged rule passes in 9 ranges of thresholds:**');
    const csv = readFileSync(path.join(dir, 'sweep.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('threshold,attribute,group,n,selected,selection_rate,tpr,fpr,ppv,accuracy,disparate_impact>=0.8,abs(equal_opportunity_difference)<=0.1,passes');
    expect(csv.length).toBe(1 + 1001 * (1 + 4 + 6) + 1);
    expect(readFileSync(path.join(dir, 'sweep.xml'), 'utf8')).toContain('<testcase classname="fairgate.sweep" name="current threshold 0.3"><failure');
  });
});

describe('fairgate sweep with --suppress-below', () => {
  it('publishes no count or rate of a masked group in any format, and says so', () => {
    const masked = runCli([...ARGS, '--suppress-below', '400', '--format', 'json']);
    expect(masked.exitCode).toBe(0);
    const result = JSON.parse(masked.stdout) as SweepResult;
    expect(result.suppression!.masked).toEqual(expect.arrayContaining([{ attribute: 'gender', group: '(missing)' }, { attribute: 'gender', group: 'Non-binary' }]));
    for (const p of result.points) {
      for (const g of p.attributes[0]!.groups.filter((h) => h.key === 'Non-binary' || h.key === '(missing)')) {
        expect([g.n, g.selected, ...Object.values(g.rates), ...Object.values(g.rules)].every((v) => v === null)).toBe(true);
      }
    }
    const html = runCli([...ARGS, '--suppress-below', '400', '--format', 'html']).stdout;
    // named in the method note, but no chart line (its legend entry) and no rate
    expect(html).not.toContain('>gender=Non-binary</text>');
    expect(html).toContain('>gender=Female</text>');
    const csv = runCli([...ARGS, '--suppress-below', '400', '--format', 'csv']).stdout;
    expect(csv.split('\r\n').filter((l) => l.includes(',Non-binary,')).every((l) => /,Non-binary,,,,,,,,,,(true|false)$/.test(l))).toBe(true);
    expect(runCli([...ARGS, '--suppress-below', '400']).stdout).toContain('publish no rates at the thresholds where the audit at that threshold masks them');
  });
});
