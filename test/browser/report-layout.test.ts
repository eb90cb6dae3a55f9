import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seeded } from '../helpers/browser.js';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-layout-'));

/** Six group names of exactly 60 characters: words, one unbroken 60-letter word, and wide (CJK) characters. */
const LONG_NAMES = [
  'Wave 1: applicants from the north-eastern metropolitan region',
  'Wave 2: applicants from the north-eastern metropolitan region',
  'Returning customers|previously declined|appeal accepted|2024',
  'Supercalifragilisticexpialidociousandevenlongerthanthatwords',
  '東京都および周辺の首都圏に居住する申込者のうち過去に取引のある顧客グループで構成された集団',
  'Small-business owners in rural areas with seasonal income ok',
].map((n) => Array.from(n).slice(0, 60).join('').padEnd(60, '.'));
if (new Set(LONG_NAMES).size !== LONG_NAMES.length) throw new Error('the long names must differ');
const AGE_BANDS = ['65+', '25-34', '<25', '35-44'];

/** Calibrated scores (label ~ Bernoulli(score)); a decision cut-off that rises with the group, so later groups are selected less. */
function writeData(): string {
  const random = seeded(42);
  const lines = ['group,age,score,decision,label'];
  LONG_NAMES.forEach((name, g) => {
    for (let i = 0; i < 300; i++) {
      const score = random();
      const label = random() < score ? 1 : 0;
      const decision = score > 0.45 + 0.06 * g ? 1 : 0;
      lines.push(`"${name}",${AGE_BANDS[i % AGE_BANDS.length]},${score.toFixed(4)},${decision},${label}`);
    }
  });
  const file = path.join(dir, 'long-names.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  const data = writeData();
  const html = path.join(dir, 'long-names.html');
  const rules = ['disparate_impact>=0.8', 'statistical_parity_difference>=-0.1', 'selection_rate>=0.2', 'abs(equal_opportunity_difference)<=0.1', 'ece<=0.05'];
  const run = runCli([
    'audit', data, '-g', 'group', '-g', 'age', '--prediction', 'decision', '--score', 'score', '--label', 'label',
    ...rules.flatMap((r) => ['--rule', r]),
    '--title', 'Offer targeting audit, second half of 2025', '--model', 'Offer ranker', '--model-version', '4.1.0',
    '--owner', 'Growth analytics', '--data-period', '2025-07-01..2025-12-31', '-o', html, '--quiet',
  ]);
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(1);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe('the HTML report at 1280 px in Chromium, with 60-character group names', () => {
  it('fits every table: no table scrolls sideways', async () => {
    const wraps = await page.locator('.table-wrap').evaluateAll((els) => els.map((e) => ({ scroll: e.scrollWidth, client: e.clientWidth, groups: e.querySelector('table.groups') !== null })));
    expect(wraps.filter((w) => w.groups).length).toBe(2);
    expect(wraps.filter((w) => w.scroll > w.client)).toEqual([]);
  });

  it('shows every chart text whole: inside its chart, never cut with an ellipsis, never over a line or another text', async () => {
    const charts = await page.locator('svg.chart').evaluateAll((svgs) =>
      svgs.map((svg) => {
        const box = (e: typeof svg) => {
          const r = e.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        };
        return {
          frame: box(svg),
          texts: [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '') !== '').map((t) => ({ text: t.textContent ?? '', cls: t.getAttribute('class') ?? '', ...box(t) })),
          lines: [...svg.querySelectorAll('line.threshold, line.axis')].map(box),
        };
      }),
    );
    expect(charts.length).toBe(2 * 2 + LONG_NAMES.length + AGE_BANDS.length);
    for (const chart of charts) {
      for (const t of chart.texts) {
        expect(t.text).not.toContain('…');
        expect(t.left).toBeGreaterThanOrEqual(chart.frame.left - 0.5);
        expect(t.right).toBeLessThanOrEqual(chart.frame.right + 0.5);
        expect(t.top).toBeGreaterThanOrEqual(chart.frame.top - 0.5);
        expect(t.bottom).toBeLessThanOrEqual(chart.frame.bottom + 0.5);
        for (const line of chart.lines) expect(overlaps(t, { ...line, left: line.left - 0.5, right: line.right + 0.5 }), `"${t.text}" crosses a line`).toBe(false);
      }
      const labels = chart.texts.filter((t) => ['label', 'value', 'threshold-label', 'legend'].includes(t.cls));
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) expect(overlaps(labels[i]!, labels[j]!), `"${labels[i]!.text}" over "${labels[j]!.text}"`).toBe(false);
      }
    }
    // every long name is there in full, in the bar charts' label column (its lines joined) and above its reliability diagram
    const labels = await page.locator('svg.bar-chart text.label').allTextContents();
    for (const name of LONG_NAMES) expect(labels.map((l) => l.replace(/\s+/g, ''))).toContain(name.replace(/\s+/g, ''));
  });

  it('orders ordinal bands by their range in tables and charts', async () => {
    const rows = await page.locator('#attr-2 table.groups tbody th').allInnerTexts();
    expect(rows).toEqual(['<25', '25-34', '35-44', '65+']);
    const bars = await page.locator('#attr-2 svg.bar-chart').first().locator('text.label').allTextContents();
    expect(bars).toEqual(['<25', '25-34', '35-44', '65+']);
  });

  it('says what was audited at the top, with dates in words, and keeps ISO dates in the provenance', async () => {
    expect(await page.locator('h1').innerText()).toBe('Offer targeting audit, second half of 2025');
    expect(await page.locator('header .subtitle').innerText()).toContain('Model: Offer ranker 4.1.0 · Generated 1 January 2026, 00:00 UTC');
    expect(await page.locator('header dl.about').innerText()).toMatch(/Owner\s+Growth analytics\s+Data period\s+1 July 2025 to 31 December 2025/);
    const provenance = await page.locator('#provenance dl').innerText();
    expect(provenance).toMatch(/Generated at\s+2026-01-01T00:00:00.000Z/);
    expect(provenance).toMatch(/Data period\s+2025-07-01\/2025-12-31/);
  });
});
