import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { assertValidReport } from '../helpers/report-schema.js';
import { runCli } from '../helpers/run-cli.js';

const scratch = () => mkdtempSync(path.join(tmpdir(), 'fairgate-safety-'));
const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;

/** Group names an attacker could put in a file that fairgate audits unattended. */
const HOSTILE = [
  '\u001b[31mRED\u001b[0m', // ANSI colour
  '\u001b]8;;http://evil.example\u0007link\u001b]8;;\u0007', // OSC 8 hyperlink
  'line\rbreak', // carriage return: overwrite the line on a terminal
  'csi\u009b2J', // C1 CSI: clear screen on some terminals
  'bidi\u202eevil', // right-to-left override
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil.example","click")',
];
const RAW_DANGER = /[\u001b\r\u0007\u009b\u202e]/;

function hostileCsv(): string {
  const rows = HOSTILE.flatMap((name, i) => Array.from({ length: 6 }, (_, j) => `${quote(name)},${(i + j) % 2},${j % 3 === 0 ? 1 : 0}`));
  return `team,d,y\n${rows.join('\n')}\n`;
}

const AUDIT = ['audit', '-', '--group', 'team', '--prediction', 'd', '--label', 'y', '--min-group-size', '1'];

describe('group names from the data cannot drive the terminal', () => {
  it('the table shows control characters as \\uXXXX; markup and formulas are plain text there', () => {
    const dir = scratch();
    const txt = path.join(dir, 'report.txt');
    const run = runCli([...AUDIT, '-o', txt], { input: hostileCsv() });
    expect(run.exitCode).toBeLessThan(2);
    for (const text of [run.stdout, readFileSync(txt, 'utf8')]) {
      expect(text).not.toMatch(RAW_DANGER);
      expect(text).toContain('\\u001b[31mRED\\u001b[0m');
      expect(text).toContain('\\u001b]8;;http://evil.example\\u0007link');
      expect(text).toContain('line\\u000dbreak');
      expect(text).toContain('csi\\u009b2J');
      expect(text).toContain('bidi\\u202eevil');
      expect(text).toContain('<script>alert(1)</script>');
      expect(text).toContain('=HYPERLINK("http://evil.example","click")');
    }
  });

  it('JSON keeps every name intact when parsed, with no raw control byte in the text', () => {
    const dir = scratch();
    const file = path.join(dir, 'report.json');
    const run = runCli([...AUDIT, '--format', 'json', '-o', file], { input: hostileCsv() });
    for (const text of [run.stdout, readFileSync(file, 'utf8')]) {
      expect(text).not.toMatch(RAW_DANGER);
      const report = JSON.parse(text);
      assertValidReport(report);
      expect(report.attributes[0].groups.map((g: { key: string }) => g.key).sort()).toEqual([...HOSTILE].sort());
      expect(new Set(report.findings.map((f: { group: string }) => f.group))).toEqual(new Set(HOSTILE));
    }
  });

  it('every other format: markup escaped in HTML and Markdown, well-formed XML, no raw control byte in either, formulas neutralised in CSV', () => {
    const dir = scratch();
    const files = Object.fromEntries(['html', 'md', 'xml', 'csv'].map((ext) => [ext, path.join(dir, `report.${ext}`)]));
    runCli([...AUDIT, '--quiet', ...Object.values(files).flatMap((f) => ['-o', f])], { input: hostileCsv() });
    const text = Object.fromEntries(Object.entries(files).map(([ext, f]) => [ext, readFileSync(f, 'utf8')]));
    // every format is inert as text; CSV shows control characters as \uXXXX as the terminal does (a spreadsheet would display them)
    for (const ext of ['html', 'md', 'xml']) expect(text[ext], ext).not.toMatch(RAW_DANGER);
    expect(text.csv!.replaceAll('\r\n', '\n')).not.toMatch(RAW_DANGER); // RFC 4180 ends records with CRLF
    expect(text.csv).toContain('bidi\\u202eevil');
    for (const ext of ['html', 'md']) {
      expect(text[ext]).not.toContain('<script>alert(1)');
      expect(text[ext]).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
    expect(XMLValidator.validate(text.xml!)).toBe(true);
    expect(text.csv).toMatch(/\n[^,]*,"'=HYPERLINK\(""http:\/\/evil\.example"",""click""\)",/);
    expect(text.csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it('a hostile column name in a notice is escaped too', () => {
    const csv = `team,d,"contact\u001b[2J"\nA,1,a@example.org\nB,0,b@example.org\n`;
    const run = runCli(['audit', '-', '--group', 'team', '--prediction', 'd'], { input: csv });
    expect(run.stdout).not.toMatch(RAW_DANGER);
    expect(run.stdout).toContain('"contact\\u001b[2J" (e-mail address, by its values)');
  });
});

describe('no value of a column other than the groups reaches any report', () => {
  const secrets = Array.from({ length: 40 }, (_, i) => ({
    id: `CUST-9Q7X-${String(i).padStart(4, '0')}`,
    name: `Wilhelmina Zzyzx-${i}`,
    email: `wz${i}@secret.example`,
    street: `${100 + i} Quillfeather Lane`,
  }));
  const csv = `customer_id,full_name,email,street,team,d,y\n${secrets
    .map((s, i) => [s.id, quote(s.name), s.email, quote(s.street), i % 3 === 0 ? 'Blue' : i === 1 ? 'Solo' : 'Red', i % 2, i % 5 === 0 ? 1 : 0].join(','))
    .join('\n')}\n`;
  const runs: [string, string[]][] = [
    ['table', []],
    ['JSON', ['--format', 'json']],
    ['with suppression', ['--suppress-below', '3']],
    ['--missing drop', ['--missing', 'drop']],
  ];
  it.each(runs)('%s: stdout, stderr and every -o file (JSON, text, HTML, Markdown, JUnit, CSV) are free of ids, names, e-mails and addresses', (_, extra) => {
    const dir = scratch();
    const files = ['r.json', 'r.txt', 'r.html', 'r.md', 'r.xml', 'r.csv'].map((f) => path.join(dir, f));
    const run = runCli([...AUDIT, ...extra, ...files.flatMap((f) => ['-o', f])], { input: csv });
    expect(run.exitCode).toBeLessThan(2);
    const outputs = [run.stdout, run.stderr, ...files.map((f) => readFileSync(f, 'utf8'))];
    for (const text of outputs) {
      for (const s of secrets) for (const value of Object.values(s)) expect(text).not.toContain(value);
      expect(text).not.toMatch(/CUST-9Q7X|Zzyzx|secret\.example|Quillfeather/);
    }
    expect(outputs.join('\n')).toContain('Blue'); // the group values are what a report is for
  });
});
