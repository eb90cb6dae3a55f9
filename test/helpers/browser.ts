import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../src/cli/print-pdf.js';

/** Debian's chromium; CI installs it in .ci/run. Missing is a failure, never a skip. */
export const CHROMIUM = '/usr/bin/chromium';

/** Launches Debian's Chromium with the flags the PDF report uses (a fresh temporary profile, removed on close). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: the browser tests need Debian's chromium (apt-get install -y chromium; .ci/run does this)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A seeded generator of numbers in [0, 1) (a linear congruential generator: the same data in every run). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
