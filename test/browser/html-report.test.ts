import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/reporters/html.js';
import { HOSTILE_NAMES, resultWithGroupNames } from '../helpers/make-result.js';
import { runCli } from '../helpers/run-cli.js';
import type { Ll144Section } from '../../src/model/sections.js';

/** Debian's chromium; CI installs it in .ci/run. Missing is a failure, never a skip. */
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const XSS = '<img src=x onerror=alert(1)><script>alert(2)</script>';

const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-browser-'));
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: the HTML report test needs Debian's chromium (apt-get install -y chromium; .ci/run does this)`);
  }
  // launch() starts from a fresh temporary profile (user-data-dir) each time and removes it on close
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

interface PageLoad {
  consoleErrors: string[];
  requests: string[];
  dialogs: string[];
  page: import('playwright-core').Page;
}

/** Opens a file with every request recorded and blocked (apart from the page itself). */
async function open(file: string): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const load: PageLoad = { consoleErrors: [], requests: [], dialogs: [], page };
  const self = pathToFileURL(file).href;
  page.on('console', (m) => { if (m.type() === 'error') load.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => load.consoleErrors.push(e.message));
  page.on('dialog', (d) => { load.dialogs.push(d.message()); void d.dismiss(); });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === self) return route.continue();
    load.requests.push(url);
    return route.abort();
  });
  await page.goto(self, { waitUntil: 'load' });
  return load;
}

/** Nothing logged an error, asked for a resource or opened a dialog: the page neither loads nor runs anything. */
function expectQuiet(load: Pick<PageLoad, 'consoleErrors' | 'requests' | 'dialogs'>): void {
  expect(load.consoleErrors).toEqual([]);
  expect(load.requests).toEqual([]);
  expect(load.dialogs).toEqual([]);
}

describe('HTML report in a real browser (chromium)', () => {
  it('loads the fixture report with no console error and no network request, with every chart; screenshots and prints', async () => {
    const file = path.join(dir, 'marketing.html');
    const run = runCli(['audit', 'fixtures/marketing/data.csv', '-c', 'fixtures/marketing/fairgate.config.yaml', '-o', file, '--quiet']);
    expect(run.exitCode).toBe(1);
    const { page, consoleErrors, requests, dialogs } = await open(file);
    expectQuiet({ consoleErrors, requests, dialogs });
    // 4 attributes × (selection + TPR/FPR) + one reliability diagram per group (4 + 5 + 6 + 20 groups)
    expect(await page.locator('svg[role="img"]').count()).toBe(4 * 2 + 4 + 5 + 6 + 20);
    expect(await page.locator('svg[role="img"]:not([aria-label])').count()).toBe(0);
    expect(await page.locator('svg title').count()).toBeGreaterThanOrEqual(43);
    expect(await page.locator('h1').innerText()).toBe('Fairness audit of fixtures/marketing/data.csv');
    await expect.poll(() => page.locator('.verdict').innerText()).toContain('FAIL');
    const box = await page.locator('svg.bar-chart').first().boundingBox();
    expect(box!.width).toBeGreaterThan(300);

    const png = path.join(dir, 'marketing.png');
    await page.screenshot({ path: png, fullPage: true });
    expect(readFileSync(png).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(statSync(png).size).toBeGreaterThan(50_000);

    const pdf = path.join(dir, 'marketing.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(50_000);
    const pages = bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(3);
    await page.context().close();
  });

  it('shows a group named with markup as visible text and never runs it', async () => {
    const file = path.join(dir, 'hostile.html');
    writeFileSync(file, renderHtml(resultWithGroupNames(HOSTILE_NAMES), { isColor: false }));
    const { page, consoleErrors, requests, dialogs } = await open(file);
    await page.waitForTimeout(200);
    expectQuiet({ consoleErrors, requests, dialogs });
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    const cell = page.locator('table.groups tbody th', { hasText: XSS }).first();
    await expect.poll(() => cell.isVisible()).toBe(true);
    expect(await cell.innerText()).toBe(XSS);
    expect(await page.locator('svg text', { hasText: '<img src=x' }).count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('lays out the ll144 report as the published tables after the summary, self-contained and accessible; screenshots and prints', async () => {
    const file = path.join(dir, 'marketing-ll144.html');
    const run = runCli(['audit', 'fixtures/marketing/data.csv', '-c', 'fixtures/marketing/ll144.config.yaml', '-o', file, '--quiet']);
    expect(run.exitCode).toBe(0);
    const { page, consoleErrors, requests, dialogs } = await open(file);
    expectQuiet({ consoleErrors, requests, dialogs });
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("default-src 'none'");
    // the section comes right after the summary, and the contents link to it
    expect(await page.locator('main > section').evaluateAll((s) => s.slice(0, 4).map((e) => e.id))).toEqual(['summary', 'll144', 'findings', 'attr-1']);
    expect(await page.locator('nav a[href="#ll144"]').innerText()).toBe('NYC Local Law 144 tables');
    const section = page.locator('section#ll144');
    expect(await section.getAttribute('aria-labelledby')).toBe('ll144-h');
    expect(await page.locator('#ll144-h').innerText()).toBe('NYC Local Law 144 bias audit: selection rates and impact ratios');
    // sex, race/ethnicity, intersectional: each a captioned table with column and row headers
    const tables = section.locator('table');
    expect(await tables.count()).toBe(3);
    expect(await section.locator('table caption').count()).toBe(3);
    expect(await section.locator('thead th[scope="col"]').count()).toBe(5 + 5 + 6);
    expect(await section.locator('tbody th[scope="row"]').count()).toBe(3 + 5 + 15);
    expect(await section.locator('td, th').evaluateAll((cells) => cells.filter((c) => !c.closest('table')).length)).toBe(0);
    const female = section.locator('tbody tr', { has: page.locator('th', { hasText: /^Female$/ }) }).first();
    expect(await female.locator('td').allInnerTexts()).toEqual(['9,855', '2,462', '25.0 %', '0.714']);
    // numbers are right-aligned by the report's own stylesheet (no style element of the section's own)
    expect(await female.locator('td').first().evaluate((td) => (globalThis as unknown as { getComputedStyle(e: unknown): { textAlign: string } }).getComputedStyle(td).textAlign)).toBe('right');
    expect(await page.locator('style').count()).toBe(1);

    const png = path.join(dir, 'marketing-ll144.png');
    await section.screenshot({ path: png });
    expect(readFileSync(png).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const pdf = path.join(dir, 'marketing-ll144.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.context().close();
  });

  it('shows ll144 category names with markup as text and never runs them', async () => {
    const file = path.join(dir, 'hostile-ll144.html');
    const categories = HOSTILE_NAMES.map((key, i) => ({ key, values: { sex: key }, applicants: 100 + i, selected: 30, rate: 30 / (100 + i), impactRatio: 1, share: 0.1, isExcluded: i % 2 === 0 }));
    const ll144: Ll144Section = { rateKind: 'selection', median: null, rows: 1000, excludeBelow: 0.02, sex: 'sex', race: 'race', tables: [{ kind: 'sex', attribute: 'sex', columns: ['sex'], reference: HOSTILE_NAMES[0]!, unknown: 0, categories }] };
    writeFileSync(file, renderHtml({ ...resultWithGroupNames(HOSTILE_NAMES), presets: { ll144 } }, { isColor: false }));
    const { page, consoleErrors, requests, dialogs } = await open(file);
    await page.waitForTimeout(200);
    expectQuiet({ consoleErrors, requests, dialogs });
    expect(await page.locator('script, img').count()).toBe(0);
    const cell = page.locator('section#ll144 tbody th', { hasText: XSS }).first();
    await expect.poll(() => cell.isVisible()).toBe(true);
    expect(await cell.innerText()).toBe(XSS);
    expect(await page.locator('section#ll144 li', { hasText: XSS }).count()).toBe(1);
    await page.context().close();
  });
});
