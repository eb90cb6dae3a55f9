import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/reporters/html.js';
import { BASIC, HOSTILE_NAMES, makeResult, resultWithGroupNames } from '../helpers/make-result.js';

const ctx = { isColor: false };
const svgs = (html: string) => html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];

describe('HTML reporter', () => {
  it('matches the snapshot (time fixed)', async () => {
    await expect(renderHtml(makeResult(BASIC), ctx)).toMatchFileSnapshot('__snapshots__/basic.html');
  });

  it('is one self-contained document: no script, no external resource, a restrictive CSP', () => {
    const html = renderHtml(makeResult(BASIC), ctx);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|\son[a-z]+=/i);
    expect(html).not.toMatch(/(src|href)="(?!#)/);
    expect(html).not.toMatch(/url\((?!#)/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`);
    expect(html).toContain('@media print');
  });

  it('puts the verdict first, then per attribute a selection chart, a TPR/FPR chart and a reliability diagram per group', () => {
    const html = renderHtml(makeResult(BASIC), ctx);
    const verdict = html.indexOf('class="verdict v-fail"');
    expect(verdict).toBeGreaterThan(0);
    expect(verdict).toBeLessThan(html.indexOf('<svg'));
    expect(html).toContain('<span class="verdict-mark" aria-hidden="true">✗</span> FAIL — 3 of 12 checks failed');
    expect(svgs(html)).toHaveLength(2 + 4);
    expect(html).toContain('four-fifths line: 36.0 % (80 % of Male)');
  });

  it('makes every chart accessible: role, label, title and description listing the values', () => {
    const charts = svgs(renderHtml(makeResult(BASIC), ctx));
    for (const svg of charts) {
      expect(svg).toMatch(/^<svg[^>]* role="img" aria-label="[^"]+" aria-describedby="([^"]+)"/);
      const described = svg.match(/aria-describedby="([^"]+)"/)![1];
      expect(svg).toContain(`<desc id="${described}">`);
      expect(svg).toMatch(/<title id="[^"]+">[^<]+<\/title>/);
    }
    expect(charts[0]).toMatch(/<desc[^>]*>Female: 25\.0 % ✗ fail \(95 % CI [\d.]+–[\d.]+ %\)/);
  });

  it('uses real table headers and never colour alone for a verdict', () => {
    const html = renderHtml(makeResult(BASIC), ctx);
    expect(html).toMatch(/<th scope="col">group<\/th>/);
    expect(html).toMatch(/<tr><th scope="row">Female<\/th>/);
    expect(html).not.toMatch(/<th>/);
    // a group's badge may count its checks with that verdict (`✗ 2 fail`)
    for (const badge of html.match(/<span class="badge v-[a-z]+">[^<]*<\/span>/g)!) expect(badge).toMatch(/>(✗ (\d+ )?fail|! (\d+ )?warn|\? (\d+ )?inconclusive|– (\d+ )?suppressed|✓ (\d+ )?pass|no rule)</);
  });

  it('shows hostile group names as text only', () => {
    const html = renderHtml(resultWithGroupNames(HOSTILE_NAMES), ctx);
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('ctrl\\u0001\\u001b[31mred');
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('renders the method and the provenance block', () => {
    const html = renderHtml(makeResult(BASIC), ctx);
    expect(html).toMatch(/<h2 id="method-h">Method<\/h2>[\s\S]*<code>selection_rate_g \/ selection_rate_r<\/code>/);
    expect(html).toContain('3 of 453 rows left out of the whole audit: 3 empty label.');
    expect(html).toMatch(/<dt>Input SHA-256<\/dt><dd>(ab){32}<\/dd>/);
    expect(html).toMatch(/<dt>Command line<\/dt><dd>fairgate audit decisions.csv --group gender -o report.html<\/dd>/);
    // the resolved configuration keeps its lines (YAML), each escaped
    expect(html).toMatch(/<pre class="config"><code>aboveMedian: false\nallowNoVerdict: false\nalpha: 0\.05\nbands: \{\}\nbins: 10\n/);
    expect(html).toContain('\n  - id: disparate_impact&gt;=0.8\n');
  });
});
