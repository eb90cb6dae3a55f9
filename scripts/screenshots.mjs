#!/usr/bin/env node
// Screenshots of the fixture's HTML report (reports/examples/marketing.html) at 1280 px in a
// local Chromium (CHROMIUM_PATH, else Debian's /usr/bin/chromium), and of the first page of its
// PDF, for reports/examples/. Run `npm run screenshots` after `npm run examples`. Unlike the
// reports, the images depend on the browser and its fonts, so no test compares their bytes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.join(ROOT, 'reports/examples');
const HTML = path.join(DIR, 'marketing.html');
const EXECUTABLE = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** What each image shows: a part of the page, by CSS selector. */
const SHOTS = [
  { file: 'marketing-summary.png', selector: 'header, #summary', note: 'the title, the verdict and the executive summary' },
  { file: 'marketing-findings.png', selector: '#findings', note: 'the findings, most serious first, and why the rest have no verdict' },
  { file: 'marketing-intersection.png', selector: '#attr-4', note: 'the gender+ethnicity charts and table at 1280 px' },
];

const browser = await chromium.launch({ executablePath: EXECUTABLE, args: ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(HTML).href, { waitUntil: 'load' });
  for (const shot of SHOTS) {
    const boxes = await page.locator(shot.selector).evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y + window.scrollY, w: r.width, h: r.height })));
    const top = Math.min(...boxes.map((b) => b.y));
    const bottom = Math.max(...boxes.map((b) => b.y + b.h));
    await page.screenshot({ path: path.join(DIR, shot.file), fullPage: true, clip: { x: 0, y: Math.max(0, top - 16), width: 1280, height: bottom - top + 32 } });
    process.stdout.write(`wrote reports/examples/${shot.file}: ${shot.note}\n`);
  }
  // the PDF's first page, as `-o report.pdf` prints it (A4, running header and page number)
  await page.emulateMedia({ media: 'print' });
  const scratch = mkdtempSync(path.join(tmpdir(), 'fairgate-shots-'));
  const pdf = path.join(scratch, 'marketing.pdf');
  await page.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true });
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(scratch, 'page')]);
  renameSync(path.join(scratch, 'page.png'), path.join(DIR, 'marketing-pdf-page1.png'));
  rmSync(scratch, { recursive: true, force: true });
  process.stdout.write('wrote reports/examples/marketing-pdf-page1.png: the first page of the PDF (A4)\n');
} finally {
  await browser.close();
}
