import { escapeHtml } from '../escape.js';

export interface SvgFrame {
  /** unique within the page, made from positions, never from data */
  id: string;
  width: number;
  height: number;
  /** short name of the chart, also its aria-label */
  title: string;
  /** the chart's content as text: every value it draws */
  description: string;
  className: string;
}

/** An accessible inline SVG: role="img", aria-label, and <title>/<desc> that screen readers and tooltips use. */
export function svgFrame(frame: SvgFrame, body: string): string {
  const t = `${frame.id}-title`;
  const d = `${frame.id}-desc`;
  return [
    `<svg class="${frame.className}" role="img" aria-label="${escapeHtml(frame.title)}" aria-describedby="${d}" viewBox="0 0 ${frame.width} ${frame.height}" width="${frame.width}" height="${frame.height}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${t}">${escapeHtml(frame.title)}</title>`,
    `<desc id="${d}">${escapeHtml(frame.description)}</desc>`,
    body,
    '</svg>',
  ].join('\n');
}
