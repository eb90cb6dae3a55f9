import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { assertValidReport } from '../helpers/report-schema.js';
import { runCli } from '../helpers/run-cli.js';

const DATA = path.resolve('fixtures/marketing/data.csv');
const scratch = () => mkdtempSync(path.join(tmpdir(), 'fairgate-about-'));
const BASE = ['audit', DATA, '-g', 'gender', '--prediction', 'targeted', '--quiet'];

const CONFIG = `report:
  title: Marketing offer audit
  model: Lead scorer
  modelVersion: "2.10"
  owner: Growth analytics
  contact: growth@example.com
  purpose: Rank customers for a marketing offer
  decisionContext: |-
    The top 30 % receive the offer.
    A person reviews every appeal.
  dataPeriod: 2025-01-01..2025-06-30
  notes: Scores from the production model of June 2025.
`;

function auditWith(config: string, args: readonly string[] = []) {
  const dir = scratch();
  writeFileSync(path.join(dir, 'fairgate.config.yaml'), config);
  const outputs = ['json', 'md', 'csv', 'xml', 'txt'].map((e) => path.join(dir, `r.${e}`));
  const run = runCli([...BASE, '-c', path.join(dir, 'fairgate.config.yaml'), ...args, ...outputs.flatMap((o) => ['-o', o])]);
  const read = (e: string) => readFileSync(path.join(dir, `r.${e}`), 'utf8');
  return { run, dir, read };
}

describe('the report: block and its flags (what was audited)', () => {
  it('is carried in the JSON report (valid against the schema) and shown at the top of every format', () => {
    const { run, read } = auditWith(CONFIG);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    const json = JSON.parse(read('json'));
    assertValidReport(json);
    expect(json.config.report).toEqual({
      title: 'Marketing offer audit',
      model: 'Lead scorer',
      modelVersion: '2.10',
      owner: 'Growth analytics',
      contact: 'growth@example.com',
      purpose: 'Rank customers for a marketing offer',
      decisionContext: 'The top 30 % receive the offer.\nA person reviews every appeal.',
      dataPeriod: { from: '2025-01-01', to: '2025-06-30' },
      notes: 'Scores from the production model of June 2025.',
    });
    const md = read('md').split('\n');
    expect(md[0]).toBe('## ✗ Marketing offer audit: FAIL — 1 of 4 checks failed');
    expect(md[2]).toBe('**Model:** Lead scorer 2.10 · **Owner:** Growth analytics (growth&#64;<!-- -->example.com) · **Data period:** 1 January 2025 to 30 June 2025  ');
    expect(md[4]).toBe('**Decision:** The top 30 % receive the offer.<br>A person reviews every appeal.  ');
    const table = read('txt').split('\n');
    expect(table.slice(0, 3)).toEqual(['Marketing offer audit', 'Model: Lead scorer 2.10', 'Owner: Growth analytics (growth@example.com)']);
    // the provenance of one-line carriers: ISO dates, each field in its own column or property
    const [row] = parse(read('csv'), { columns: true }) as Record<string, string>[];
    expect(row!.provenance_model_version).toBe('2.10');
    expect(row!.provenance_data_period).toBe('2025-01-01/2025-06-30');
    // the CSV shows a line break as \u000a, as it shows every control character from the data or the config
    expect(row!.provenance_decision_context).toBe('The top 30 % receive the offer.\\u000aA person reviews every appeal.');
    const xml = new XMLParser({ ignoreAttributes: false }).parse(read('xml'));
    expect(xml.testsuites['@_name']).toBe('Marketing offer audit');
    const props = xml.testsuites.testsuite.properties.property as { '@_name': string; '@_value': string }[];
    expect(props.find((p) => p['@_name'] === 'fairgate.owner')!['@_value']).toBe('Growth analytics');
  });

  it('takes each flag over the same field of the config, keeping the others', () => {
    const { run, read } = auditWith(CONFIG, ['--model-version', '2.11', '--data-period', '2025-07-01/2025-07-31', '--notes', 'Rerun after the fix.']);
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(read('json')).config.report;
    expect(report.model).toBe('Lead scorer');
    expect(report.modelVersion).toBe('2.11');
    expect(report.dataPeriod).toEqual({ from: '2025-07-01', to: '2025-07-31' });
    expect(report.notes).toBe('Rerun after the fix.');
  });

  it('is null when nothing is said, and the title defaults to the input', () => {
    const { read } = auditWith('groups: [gender]\n');
    expect(JSON.parse(read('json')).config.report).toBeNull();
    expect(read('md').split('\n')[0]).toBe(`## ✗ Fairness audit of ${DATA}: FAIL — 1 of 4 checks failed`);
  });

  it('refuses what a reviewer could not read as written, naming the key or flag, exit 2, nothing written', () => {
    const bad = auditWith('report:\n  modelVersion: 2.10\n  dataPeriod: 2025-06-30..2025-01-01\n  owner: "a\\u202eb"\n  title: "two\\nlines"\n  sponsor: x\n');
    expect(bad.run.exitCode).toBe(2);
    expect(bad.run.stderr).toContain('report.modelVersion: expected text, got the number 2.1: quote the value (e.g. "1.10") so that it is kept as written');
    expect(bad.run.stderr).toContain('report.dataPeriod: the period ends before it starts (from is after to)');
    expect(bad.run.stderr).toContain('report.owner: contains a control or text-direction character; write plain text');
    expect(bad.run.stderr).toContain('report.title: must be one line');
    expect(bad.run.stderr).toMatch(/report\.sponsor: unknown key Allowed keys: title, model, modelVersion, owner, contact, purpose, decisionContext, dataPeriod, notes/);
    expect(readdirSync(bad.dir)).toEqual(['fairgate.config.yaml']);
    const flags = runCli([...BASE, '--data-period', 'spring 2025', '--title', ' ']);
    expect(flags.exitCode).toBe(2);
    expect(flags.stderr).toContain('--data-period: expected from..to as dates, e.g. 2025-01-01..2025-06-30, got "spring 2025"');
    expect(flags.stderr).toContain('--title: cannot be empty');
    expect(runCli([...BASE, '--data-period', '2025-02-30..2025-03-01']).stderr).toContain('--data-period: expected from..to as dates');
  });
});

describe('-o report.pdf without a browser', () => {
  it('names CHROMIUM_PATH when it points at nothing, before reading the data; exit 2, nothing written', () => {
    const dir = scratch();
    const run = runCli([...BASE, '-o', path.join(dir, 'r.pdf'), '-o', path.join(dir, 'r.json')], { env: { CHROMIUM_PATH: path.join(dir, 'no-such-chromium') } });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(`fairgate: -o ${path.join(dir, 'r.pdf')}: CHROMIUM_PATH is "${path.join(dir, 'no-such-chromium')}", which is not an executable file; point it at a Chromium or Chrome executable, or unset it to look on PATH\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says how to install one when none is on PATH', () => {
    const dir = scratch();
    const run = runCli([...BASE, '-o', path.join(dir, 'r.pdf')], { env: { CHROMIUM_PATH: '', PATH: dir } });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^fairgate: -o .*r\.pdf: no Chromium to print the PDF with \(looked for chromium, chromium-browser, google-chrome, google-chrome-stable, chrome on PATH\): install Chromium \(Debian\/Ubuntu: sudo apt-get install chromium; macOS: brew install --cask chromium\) or set CHROMIUM_PATH to a Chromium or Chrome executable\n$/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
