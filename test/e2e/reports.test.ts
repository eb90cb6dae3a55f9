import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { assertValidReport } from '../helpers/report-schema.js';
import { runCli } from '../helpers/run-cli.js';

const DATA = 'fixtures/marketing/data.csv';
const CONFIG = 'fixtures/marketing/fairgate.config.yaml';
const scratch = () => mkdtempSync(path.join(tmpdir(), 'fairgate-reports-'));
const EXTENSIONS = ['html', 'md', 'json', 'xml', 'csv'];

function writeAll(dir: string, env: Record<string, string> = {}) {
  const args = ['audit', DATA, '-c', CONFIG, '--group', 'gender', ...EXTENSIONS.flatMap((e) => ['-o', path.join(dir, `r.${e}`)]), '--quiet'];
  return runCli(args, { env });
}

describe('report files from the CLI', () => {
  it('writes every format from its extension, and each parses as its format', () => {
    const dir = scratch();
    const run = writeAll(dir);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe('');
    const read = (e: string) => readFileSync(path.join(dir, `r.${e}`), 'utf8');
    assertValidReport(JSON.parse(read('json')));
    expect(XMLValidator.validate(read('xml'))).toBe(true);
    expect((parse(read('csv'), { columns: true }) as unknown[]).length).toBe(1 + 4);
    expect(read('md')).toMatch(/^## ✗ Fairness audit of fixtures\/marketing\/data\.csv: FAIL/);
    expect(read('html')).toMatch(/^<!DOCTYPE html>/);
  });

  it('gives byte-identical files on a rerun with SOURCE_DATE_EPOCH set', () => {
    const [a, b] = [scratch(), scratch()];
    // the same output paths, so the recorded command lines agree too
    writeFileSync(path.join(a, 'x'), '');
    const runIn = (dir: string) => runCli(['audit', path.resolve(DATA), '-c', path.resolve(CONFIG), ...EXTENSIONS.flatMap((e) => ['-o', `out/r.${e}`]), '--quiet'], { cwd: dir });
    runIn(a);
    runIn(b);
    for (const e of EXTENSIONS) expect(readFileSync(path.join(a, `out/r.${e}`)).equals(readFileSync(path.join(b, `out/r.${e}`))), e).toBe(true);
    expect(readFileSync(path.join(a, 'out/r.json'), 'utf8')).toContain('"generatedAt": "2026-01-01T00:00:00.000Z"');
  });

  it('prints markdown, junit, csv and html on standard output with --format', () => {
    const base = ['audit', DATA, '-c', CONFIG, '--group', 'age_band'];
    // age_band's one breach, 65+'s ECE, is shown by its test of perfect calibration: the run fails on it alone
    expect(runCli([...base, '--format', 'markdown']).stdout).toMatch(/^## ✗ Fairness audit of fixtures\/marketing\/data\.csv: FAIL — 1 of 18 checks failed\n/);
    expect(XMLValidator.validate(runCli([...base, '--format', 'junit']).stdout)).toBe(true);
    expect(runCli([...base, '--format', 'csv']).stdout.split('\r\n')[0]).toMatch(/^attribute,group,n,selected,positives,tp,fp,tn,fn,selection_rate,/);
    expect(runCli([...base, '--format', 'html']).stdout).toContain('<h2 id="attr-1-h">Attribute: age_band</h2>');
  });

  it('rejects an unknown extension with exit 2 and writes nothing', () => {
    const dir = scratch();
    const run = runCli(['audit', DATA, '-c', CONFIG, '-o', path.join(dir, 'r.docx')]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/unknown report extension "\.docx"; use one of \.json, \.txt, \.md, \.html, \.xml, \.csv, \.pdf/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('GitHub Actions', () => {
  it('appends the Markdown report to the job summary and annotates failed rules, keeping stdout clean', () => {
    const dir = scratch();
    const summary = path.join(dir, 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    const run = runCli(['audit', DATA, '-c', CONFIG, '--format', 'json'], { env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(run.stdout);
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('# earlier step\n## ✗ Fairness audit of fixtures/marketing/data.csv: FAIL')).toBe(true);
    const annotations = run.stderr.split('\n').filter((l) => l.startsWith('::'));
    // one error per (rule, attribute) with a failure, one warning per (rule, attribute) with a warning
    const batches = (status: string) => new Set(report.findings.filter((f: { status: string }) => f.status === status).map((f: { rule: string; attribute: string }) => `${f.rule}|${f.attribute}`));
    expect(annotations.filter((l) => l.startsWith('::error '))).toHaveLength(batches('fail').size);
    expect(annotations.filter((l) => l.startsWith('::warning '))).toHaveLength(batches('warn').size);
    // `%` is escaped as %25 and the line break between the two sentences as %0A, per GitHub's rules
    const stats = String.raw`; 95 %25 CI [\d.]+–[\d.]+ %25; (not )?statistically significant`;
    const gender = annotations.find((l: string) => l.startsWith('::error title=fairgate%3A disparate_impact>=0.8 failed for 1 group of gender::'));
    expect(gender).toMatch(new RegExp(String.raw`::Female \(gender\) was targeted at 71\.4 %25 of the rate of Male \(25\.0 %25 vs 35\.0 %25${stats}\); the four-fifths rule requires at least 80 %25\.$`));
    const missing = annotations.find((l: string) => l.startsWith('::warning title=fairgate%3A disparate_impact>=0.8 warned for 1 group of gender::'));
    expect(missing).toMatch(new RegExp(String.raw`::\(missing\) \(gender\) was targeted at 78\.2 %25 of the rate of Male \(27\.4 %25 vs 35\.0 %25${stats}\); the four-fifths rule requires at least 80 %25, but the breach is not statistically significant at α = 0\.05, so this is a warning, not a failure\.$`));
  });

  it('does nothing of the kind outside GitHub Actions', () => {
    const run = runCli(['audit', DATA, '-c', CONFIG, '--quiet'], { env: { GITHUB_ACTIONS: '' } });
    expect(run.stderr).toBe('');
  });
});
