import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from '../helpers/browser.js';
import { runCli } from '../helpers/run-cli.js';

/** poppler-utils reads the PDFs back (Debian package; .ci/run installs it). */
function poppler(tool: 'pdfinfo' | 'pdftotext', args: readonly string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8' });
}

const pagesOf = (file: string) => Number(/^Pages:\s+(\d+)$/m.exec(poppler('pdfinfo', [file]))![1]);
/** The first page's size in points, rounded (A4 is 595 × 842, Letter 612 × 792). */
const sizeOf = (file: string) => /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(poppler('pdfinfo', [file]))!.slice(1, 3).map((x) => Math.round(Number(x))).join(' x ');
const textOf = (file: string, page?: number) => poppler('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', file, '-']);

const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-pdf-'));
const FIXTURE = ['audit', 'fixtures/marketing/data.csv', '-c', 'fixtures/marketing/fairgate.config.yaml', '--quiet'];
const ABOUT = ['--title', 'Marketing offer targeting audit', '--model', 'Lead scorer', '--model-version', '2.3.1', '--owner', 'Growth analytics', '--data-period', '2025-01-01..2025-06-30'];
const env = { CHROMIUM_PATH: CHROMIUM };

let a4: string;
let report: { status: string; summary: Record<string, number> };
let headings: string[];

beforeAll(() => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: the PDF test needs Debian's chromium (.ci/run installs it)`);
  a4 = path.join(dir, 'report.pdf');
  const json = path.join(dir, 'report.json');
  const html = path.join(dir, 'report.html');
  const run = runCli([...FIXTURE, ...ABOUT, '-o', a4, '-o', json, '-o', html], { env });
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(1);
  report = JSON.parse(readFileSync(json, 'utf8'));
  headings = [...readFileSync(html, 'utf8').matchAll(/<h[23][^>]*>([^<]+)<\/h[23]>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').trim());
}, 120_000);

describe('the PDF report (-o report.pdf, printed by Chromium)', () => {
  it('is a PDF of about ten A4 pages for the fixture, with the default summary appendix', () => {
    expect(readFileSync(a4).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(sizeOf(a4)).toBe('595 x 842');
    const pages = pagesOf(a4);
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(pages).toBeLessThanOrEqual(11);
  });

  it('leads with the verdict and what was audited, as the JSON report says it', () => {
    const first = textOf(a4, 1);
    const s = report.summary;
    const checks = s.pass! + s.fail! + s.warn! + s.inconclusive! + s.suppressed!;
    expect(report.status).toBe('fail');
    expect(first).toContain(`FAIL — ${s.fail} of ${checks} checks failed`);
    expect(first).toContain('Marketing offer targeting audit');
    expect(first).toContain('Model: Lead scorer 2.3.1');
    expect(first).toMatch(/Owner\s+Growth analytics/);
    expect(first).toMatch(/Data period\s+1 January 2025 to 30 June 2025/);
    expect(first).toContain(`The audit fails: ${s.fail} of ${checks} checks failed`);
  });

  it('prints its own running header and page numbers on every page, and never a file:// path', () => {
    const pages = pagesOf(a4);
    for (let p = 1; p <= pages; p++) {
      const text = textOf(a4, p);
      expect(text).toContain('Marketing offer targeting audit');
      expect(text).toContain('Lead scorer 2.3.1 · 1 January 2026, 00:00 UTC');
      expect(text).toContain(`Page ${p} of ${pages}`);
    }
    expect(textOf(a4)).not.toMatch(/file:\/\//);
  });

  it('never ends a page with a heading (the section it names starts on the next page)', () => {
    expect(headings.length).toBeGreaterThan(10);
    const pages = pagesOf(a4);
    for (let p = 1; p < pages; p++) {
      const lines = textOf(a4, p).split('\n').map((l) => l.trim()).filter(Boolean);
      // the last line is the footer (tool, page number): the one before it is the page's last content
      const last = lines.at(-2)!;
      expect(headings.filter((h) => last === h), `page ${p} ends with "${last}"`).toEqual([]);
    }
    expect(readFileSync(a4).toString('latin1')).not.toContain('file://');
  });

  it('prints on Letter paper, and its length follows --appendix', () => {
    const letter = path.join(dir, 'letter.pdf');
    const full = path.join(dir, 'full.pdf');
    const none = path.join(dir, 'none.pdf');
    expect(runCli([...FIXTURE, '--paper', 'letter', '-o', letter], { env }).exitCode).toBe(1);
    expect(runCli([...FIXTURE, '--appendix', 'full', '-o', full], { env }).exitCode).toBe(1);
    expect(runCli([...FIXTURE, '--appendix', 'none', '-o', none], { env }).exitCode).toBe(1);
    expect(sizeOf(letter)).toBe('612 x 792');
    expect(pagesOf(full)).toBeGreaterThan(pagesOf(a4));
    expect(pagesOf(none)).toBeLessThanOrEqual(pagesOf(a4));
    expect(textOf(full)).toContain('Every check in words');
    expect(textOf(none)).not.toContain('Appendix');
    // nothing but the reports is left in the folder (the PDF went through a temporary that was renamed)
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  }, 120_000);
});
