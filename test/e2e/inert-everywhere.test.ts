import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/**
 * One hostile string — a terminal hyperlink and colour escape, a bidi
 * override, a zero-width joiner, markup, a Markdown link and image, a bare URL
 * and e-mail address, a formula — put everywhere fairgate takes text from: the
 * file name, a column name, group values, a positive value, a rule id and a
 * reference group in the config. Every output (each report format, standard
 * output, GitHub annotations and the job summary) keeps it inert.
 */
const HOSTILE = '=1-1 \u001b]8;;http://evil.example\u0007x\u001b]8;;\u0007\u001b[31m \u202eevil\u202c \u200d <img src=x onerror=alert(1)> [l](http://evil.example) ![i](http://evil.example/p.png) www.evil.example me@evil.example';
const RAW = /[\u001b\u0007\u009b\u202e\u202c\u200d]/;
const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-inert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FILE = `data ${HOSTILE.replace(/[\\/]/g, '')}.csv`;
const quoted = (s: string) => `"${s.replaceAll('"', '""')}"`;
// group "… B" is always selected, the other never: the rule fails
const rows = Array.from({ length: 40 }, (_, i) => [quoted(i % 2 ? HOSTILE : `${HOSTILE} B`), i % 2 ? 'no' : quoted(HOSTILE), i % 3 === 0 ? 1 : 0, ((i * 7) % 10) / 10].join(','));
writeFileSync(path.join(dir, FILE), `${[quoted(HOSTILE), 'd', 'y', 's'].join(',')}\n${rows.join('\n')}\n`);
writeFileSync(
  path.join(dir, 'fairgate.config.yaml'),
  `${JSON.stringify({ groups: [HOSTILE], columns: { prediction: 'd', label: 'y', score: 's' }, predictionPositive: [HOSTILE], minGroupSize: 1, referenceGroups: { [HOSTILE]: `${HOSTILE} B` }, rules: [{ id: HOSTILE, metric: 'disparate_impact', min: 0.99 }] })}\n`,
);

describe('text from the input is inert in every output', () => {
  const outputs = { table: 'r.txt', json: 'r.json', markdown: 'r.md', html: 'r.html', junit: 'r.xml', csv: 'r.csv' };
  const run = runCli(['audit', FILE, ...Object.values(outputs).flatMap((o) => ['-o', o])], { cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md') } });
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');

  it('audits it (the rule fails) and writes every format', () => {
    expect(run.exitCode).toBe(1);
    expect(JSON.parse(read('r.json')).attributes[0].name).toBe(HOSTILE);
  });

  it('no raw control, bidi or zero-width character in any output, standard output or the annotations', () => {
    for (const file of [...Object.values(outputs), 'summary.md']) expect(read(file).replaceAll('\r\n', '\n'), file).not.toMatch(RAW);
    expect(run.stdout).not.toMatch(RAW);
    expect(run.stderr).not.toMatch(RAW);
    const lines = run.stderr.split('\n').filter((l) => l !== '');
    // besides the annotations, only the line naming the config found in the working directory
    expect(lines.filter((l) => !l.startsWith('::')).every((l) => /^fairgate: using config /.test(l))).toBe(true);
    const annotations = lines.filter((l) => l.startsWith('::'));
    expect(annotations.length).toBeGreaterThan(0);
    for (const line of annotations) expect(line).toMatch(/^::error title=[^\n:,]*::[^\n]*$/);
  });

  it('no link, image or tag from the data in the Markdown report or the job summary (cmark-gfm)', () => {
    for (const file of ['r.md', 'summary.md']) {
      const html = spawnSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'autolink'], { input: read(file), encoding: 'utf8' }).stdout;
      expect(html, file).not.toMatch(/<a[\s>]|<img[\s>]|href="|src="/);
    }
  });

  it('HTML and JUnit carry it as text; CSV cells never start a formula', () => {
    expect(read('r.html')).not.toMatch(/<img src=x/);
    expect(read('r.html')).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(XMLValidator.validate(read('r.xml'))).toBe(true);
    for (const line of read('r.csv').split('\r\n')) for (const cell of line.match(/(?<=^|,)("(?:[^"]|"")*"|[^,]*)/g) ?? []) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
  });
});
