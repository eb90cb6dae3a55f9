import { describe, expect, it } from 'vitest';
import { cssString, printStyles } from '../../../src/render/html/print-styles.js';
import { renderHtml } from '../../../src/render/reporters/html.js';
import { BASIC, makeResult } from '../../helpers/make-result.js';

describe('the printed report', () => {
  it('quotes data for CSS so that it can neither end the string nor the stylesheet', () => {
    expect(cssString('a "quoted" \\ title')).toBe('"a \\"quoted\\" \\\\ title"');
    expect(cssString('</style><script>x</script>')).toBe('"\\3c /style\\3e \\3c script\\3e x\\3c /script\\3e "');
    expect(cssString('two\nlines\u0000')).toBe('"two lines "');
  });

  it('sets the paper, a running header with the title, model and date, and page numbers', () => {
    const result = makeResult({ ...BASIC, config: { report: { title: 'Q2 "offer" audit', model: 'Scorer', modelVersion: '2' } } });
    const css = printStyles(result, 'letter');
    expect(css).toContain('size: letter;');
    expect(css).toContain('@top-left { content: "Q2 \\"offer\\" audit";');
    expect(css).toContain('@top-right { content: "Scorer 2 · 1 January 2026, 00:00 UTC";');
    expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
    expect(printStyles(makeResult(BASIC), 'a4')).toContain('size: A4;');
  });

  it('shows a bidi override, a zero-width joiner or an escape from the file name in the running header as \\uXXXX, as every format does', () => {
    const result = makeResult(BASIC);
    const css = printStyles({ ...result, input: { ...result.input, file: 'q2 \u202eevil\u202c\u200d \u001b[31m.csv' } }, 'a4');
    expect(css).not.toMatch(/[\u001b\u202e\u202c\u200d]/);
    expect(css).toContain('@top-left { content: "Fairness audit of q2 \\\\u202eevil\\\\u202c\\\\u200d \\\\u001b[31m.csv";');
  });

  it('puts the summary, the findings, the attributes, method, provenance and the appendix asked for in that order', () => {
    const result = makeResult(BASIC);
    const ids = (html: string) => [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(renderHtml(result, { isColor: false }))).toEqual(['summary', 'findings', 'attr-1', 'method', 'provenance', 'appendix']);
    expect(ids(renderHtml(result, { isColor: false, appendix: 'none' }))).toEqual(['summary', 'findings', 'attr-1', 'method', 'provenance']);
    expect(renderHtml(result, { isColor: false })).toContain('<h2 id="appendix-h">Appendix: counts</h2>');
    const full = renderHtml(result, { isColor: false, appendix: 'full' });
    expect(full).toContain('<h2 id="appendix-h">Appendix: all numbers</h2>');
    expect(full).toContain('<h3>Every check in words</h3>');
    expect(full.match(/<li class="finding /g)!.length).toBe(result.summary.fail + result.summary.warn + result.findings.length);
  });
});
