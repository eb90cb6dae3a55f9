import { errorCode, OutputError } from './output-error.js';

/**
 * The PDF report: the HTML report printed by a local Chromium through
 * playwright-core (loaded only when a PDF is asked for). The page is given as
 * content, not as a file, so no `file://` path can reach the PDF; JavaScript
 * is off and every request is refused, as the report needs none. Headers,
 * footers and page numbers come from the report's own print stylesheet
 * (`@page` margin boxes), never from the browser.
 */

/** The flags the browser test launches Debian's Chromium with: headless, and nothing that reaches the network. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** How long Chromium may take to start or to print before the run gives up. */
const TIMEOUT_MS = 120_000;

type Playwright = typeof import('playwright-core');

async function loadPlaywright(shown: string): Promise<Playwright> {
  try {
    return await import('playwright-core');
  } catch (error) {
    const code = errorCode(error);
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
    throw new OutputError(`${shown}: the PDF needs the playwright-core package, which is not installed: run npm install playwright-core where fairgate is installed`, { cause: error });
  }
}

/** The first line of a browser error, without playwright's call log. */
function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').find((l) => l.trim() !== '')?.trim() ?? 'unknown error';
}

/** Prints `html` to PDF bytes with the Chromium at `executable`. */
export async function printPdf(html: string, executable: string, shown: string): Promise<Uint8Array> {
  const { chromium } = await loadPlaywright(shown);
  let browser: Awaited<ReturnType<Playwright['chromium']['launch']>>;
  try {
    browser = await chromium.launch({ executablePath: executable, args: CHROMIUM_ARGS, timeout: TIMEOUT_MS });
  } catch (error) {
    throw new OutputError(`${shown}: Chromium at ${executable} did not start (${firstLine(error)}); check that it runs (${executable} --version), or set CHROMIUM_PATH to another one`, { cause: error });
  }
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({ printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false, tagged: true, outline: true });
  } catch (error) {
    throw new OutputError(`${shown}: Chromium could not print the report (${firstLine(error)}); nothing was written`, { cause: error });
  } finally {
    await browser.close().catch(() => undefined);
  }
}
