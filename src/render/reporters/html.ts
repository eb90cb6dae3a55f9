import { renderPage } from '../html/page.js';
import type { Reporter } from './types.js';

/**
 * For the compliance reviewer: one self-contained HTML file (inline CSS and
 * SVG, no script, no network) that reads on screen and prints to PDF. The
 * parts live in `src/report/html/` and the charts in `src/report/charts/`.
 */
export const renderHtml: Reporter = (result, ctx) => renderPage(result, ctx);
