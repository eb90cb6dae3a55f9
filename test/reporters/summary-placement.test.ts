import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/reporters/html.js';
import { renderMarkdown } from '../../src/render/reporters/markdown.js';
import { executiveSummary } from '../../src/render/prose/executive-summary.js';
import { BASIC, makeResult } from '../helpers/make-result.js';

/**
 * Where the executive summary and the statistical detail go in the Markdown
 * and HTML reports: the summary's sentences right under the verdict, before
 * the findings and the attributes; the tests, p-values and Holm's correction
 * named once, in the note on the numbers (and under Method), never in the
 * summary or in a finding's sentence.
 */

const ctx = { isColor: false };
const result = makeResult(BASIC);
const sentences = executiveSummary(result);

/** Markdown or HTML text back to plain text: escapes and entities undone, tags dropped. */
const plain = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

const STATISTICS = /\bp [<=≤] |\bp-value|Holm|z test|Fisher/;

describe('the executive summary and the note on the numbers in Markdown and HTML', () => {
  it('Markdown: the summary is the first list, under the verdict line, before the findings and the attributes', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    const md = renderMarkdown(result, ctx);
    const lines = md.split('\n');
    expect(lines[0]).toMatch(/^## ✗ .*: FAIL — \d+ of \d+ checks failed$/);
    const first = lines.findIndex((l) => l.startsWith('- '));
    const list = lines.slice(first, first + sentences.length);
    expect(list.map((l) => plain(l.slice(2)))).toEqual(sentences);
    // nothing but the title and the run line come before it
    expect(lines.slice(1, first).filter((l) => l.trim() !== '' && !l.startsWith('decisions.csv:'))).toEqual([]);
    const at = (heading: string) => md.indexOf(heading);
    expect(at(list[0]!)).toBeLessThan(at('### Checks that did not pass, most serious first'));
    expect(at('### Checks that did not pass')).toBeLessThan(at('### About the numbers'));
    expect(at('### About the numbers')).toBeLessThan(at('### gender'));
  });

  it('HTML: the summary is a list in the Summary section, before the findings and the attributes', () => {
    const html = renderHtml(result, ctx);
    const executive = /<div class="executive">([^]*?)<\/div>/.exec(html)![1]!;
    expect([...executive.matchAll(/<li>([^]*?)<\/li>/g)].map((m) => plain(m[1]!))).toEqual(sentences);
    const at = (id: string) => html.indexOf(`id="${id}"`);
    expect(at('summary-h')).toBeLessThan(html.indexOf('<div class="executive">'));
    expect(html.indexOf('<div class="executive">')).toBeLessThan(at('findings-h'));
    expect(at('findings-h')).toBeLessThan(at('about-numbers'));
    expect(at('about-numbers')).toBeLessThan(at('attr-1-h'));
  });

  it('names the statistics once, in the note on the numbers, never in the summary or a finding', () => {
    expect(sentences.filter((s) => STATISTICS.test(s))).toEqual([]);
    const md = renderMarkdown(result, ctx);
    const start = md.indexOf('### Checks that did not pass');
    const findings = md.slice(start, md.indexOf('\n### ', start + 1));
    // every failure and warning, and the breaches the statistics held back (not significant, interval reaching the bound)
    const listed = findings.split('\n').filter((l) => l.startsWith('- ')).length;
    expect(findings).toContain(`most serious first (${listed})`);
    expect(listed).toBeGreaterThanOrEqual(result.summary.fail + result.summary.warn);
    expect(findings).not.toMatch(STATISTICS);
    const note = md.slice(md.indexOf('### About the numbers'), md.indexOf('\n### ', md.indexOf('### About the numbers') + 1));
    expect(plain(note)).toContain(`p < 0.05 after Holm's correction for the ${result.statistics.comparisons} comparisons`);
    // outside the note and Method, no p-value or Holm
    const method = md.indexOf('<summary>Method</summary>');
    expect(method).toBeGreaterThan(0);
    expect(md.slice(0, method).replace(note, '')).not.toMatch(STATISTICS);
  });
});
