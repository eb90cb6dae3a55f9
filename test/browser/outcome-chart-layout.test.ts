import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seeded } from '../helpers/browser.js';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-outcome-layout-'));

/** Four long group names (60 characters, one an unbroken word) whose offers (EUR, some negative) fall with the group. */
const NAMES = [
  'Wave 1: applicants from the north-eastern metropolitan region',
  'Returning customers|previously declined|appeal accepted|2024',
  'Supercalifragilisticexpialidociousandevenlongerthanthatwords',
  'Small-business owners in rural areas with seasonal income ok',
].map((n) => n.slice(0, 60));

let browser: Browser;
let page: Page;

beforeAll(async () => {
  const random = seeded(7);
  const lines = ['group,offer'];
  NAMES.forEach((name, g) => {
    for (let i = 0; i < 200; i++) lines.push(`"${name}",${(1200 - 300 * g - 400 + 800 * random()).toFixed(2)}`);
  });
  const data = path.join(dir, 'offers.csv');
  writeFileSync(data, `${lines.join('\n')}\n`);
  const html = path.join(dir, 'offers.html');
  const run = runCli(['audit', data, '-g', 'group', '--outcome', 'offer', '--rule', 'mean_outcome_ratio>=0.9', '-o', html, '--quiet']);
  expect(run.exitCode).toBe(1);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

type Box = { left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe('the outcome box chart at 1280 px in Chromium, with 60-character group names', () => {
  it('shows every text whole, inside the chart, no label over another; boxes ordered as the offers fall', async () => {
    const chart = await page.locator('svg.box-chart').evaluate((svg) => {
      const box = (e: { getBoundingClientRect(): { left: number; right: number; top: number; bottom: number } }) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      };
      return {
        frame: box(svg),
        texts: [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', cls: t.getAttribute('class') ?? '', ...box(t) })),
        boxes: [...svg.querySelectorAll('rect.box')].map(box),
      };
    });
    expect(chart.boxes).toHaveLength(NAMES.length);
    for (const t of chart.texts) {
      expect(t.left).toBeGreaterThanOrEqual(chart.frame.left - 0.5);
      expect(t.right).toBeLessThanOrEqual(chart.frame.right + 0.5);
      for (const b of chart.boxes) expect(overlaps(t, b), `"${t.text}" over a box`).toBe(false);
    }
    const labels = chart.texts.filter((t) => t.cls === 'label' || t.cls === 'value');
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) expect(overlaps(labels[i]!, labels[j]!), `"${labels[i]!.text}" over "${labels[j]!.text}"`).toBe(false);
    }
    // the chart lists the groups by name; group g's offers are uniform on [800 − 300g, 1600 − 300g], so by g each box lies left of the one before
    const byName = [...NAMES.keys()].sort((a, b) => (NAMES[a]! < NAMES[b]! ? -1 : 1));
    const centreOf = (g: number) => ((b) => (b.left + b.right) / 2)(chart.boxes[byName.indexOf(g)]!);
    for (let g = 1; g < NAMES.length; g++) expect(centreOf(g)).toBeLessThan(centreOf(g - 1));
    const joined = chart.texts.filter((t) => t.cls === 'label').map((t) => t.text).join('').replace(/\s+/g, '');
    for (const name of NAMES) expect(joined).toContain(name.replace(/\s+/g, ''));
  });
});
