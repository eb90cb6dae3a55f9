import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../../src/model/audit-result.js';
import { ll144Block } from '../../../src/render/ll144/index.js';
import { renderLl144Text } from '../../../src/render/ll144/render-text.js';
import { renderLl144Html } from '../../../src/render/ll144/render-html.js';
import { renderLl144Markdown } from '../../../src/render/ll144/render-markdown.js';
import type { Ll144Section } from '../../../src/model/sections.js';

const hostile = '<script>alert(1)</script>|*x*';

const section: Ll144Section = {
  rateKind: 'selection',
  median: null,
  rows: 200,
  excludeBelow: 0.02,
  sex: 'sex',
  race: 'race',
  tables: [
    {
      kind: 'sex',
      attribute: 'sex',
      columns: ['sex'],
      reference: 'M',
      unknown: 7,
      categories: [
        { key: 'F', values: { sex: 'F' }, applicants: 100, selected: 30, rate: 0.3, impactRatio: 0.75, share: 0.5, isExcluded: false },
        { key: 'M', values: { sex: 'M' }, applicants: 90, selected: 36, rate: 0.4, impactRatio: 1, share: 0.45, isExcluded: false },
        { key: hostile, values: { sex: hostile }, applicants: 3, selected: 1, rate: 1 / 3, impactRatio: null, share: 0.015, isExcluded: true },
      ],
    },
    {
      kind: 'intersectional',
      attribute: 'sex+race',
      columns: ['sex', 'race'],
      reference: 'M|B',
      unknown: 9,
      categories: [{ key: 'F|A', values: { sex: 'F', race: 'A' }, applicants: 100, selected: 30, rate: 0.3, impactRatio: 1, share: 0.5, isExcluded: false }],
    },
  ],
};

describe('renderLl144Markdown', () => {
  const md = renderLl144Markdown(section);

  it('lays out category, applicants, selected, rate and impact ratio per table', () => {
    expect(md).toContain('| Sex | Number of applicants | Number selected | Selection rate | Impact ratio |');
    expect(md).toContain('| F | 100 | 30 | 30.0 % | 0.750 |');
    expect(md).toContain('| Race/Ethnicity | Sex | Number of applicants |');
    expect(md).toContain('| A | F | 100 | 30 | 30.0 % | 1.000 |');
    expect(md).toContain('Unknown category: 7 individuals assessed, not included in the calculations above.');
  });

  it('lists the excluded categories with their counts and rates', () => {
    expect(md).toMatch(/† Excluded from the impact ratios: categories with less than 2\.0 % of the data \(6 RCNY §5-301\(d\)\)/);
    expect(md).toContain('- Sex: &lt;script&gt;alert(1)&lt;/script&gt;\\|\\*x\\*: 3 applicants (1.5 % of the data), selection rate 33.3 %');
  });

  it('is a section of the Markdown report: ### title, #### per table', () => {
    expect(md.startsWith('### NYC Local Law 144 bias audit: selection rates and impact ratios\n')).toBe(true);
    expect(md).toContain('\n#### Sex\n');
    expect(md).toContain('\n#### Intersectional categories\n');
  });

  it('escapes category names from the data', () => {
    expect(md).not.toContain('<script>');
    const mention = renderLl144Markdown({ ...section, tables: [{ ...section.tables[0]!, categories: [{ ...section.tables[0]!.categories[0]!, key: '@team #1\n| x' }] }] });
    expect(mention).toContain('| &#64;<!-- -->team &#35;1\\\\u000a\\| x | 100 |');
    expect(md).toContain('| &lt;script&gt;alert(1)&lt;/script&gt;\\|\\*x\\* | 3 | 1 | 33.3 % | excluded † |');
  });

  it('names scoring rates and the median for scores', () => {
    const scoring = renderLl144Markdown({ ...section, rateKind: 'scoring', median: 0.4321 });
    expect(scoring).toContain('scoring rates and impact ratios');
    expect(scoring).toContain('above the median score of the full sample (0.4321)');
    expect(scoring).toContain('| Sex | Number of applicants | Scoring rate | Impact ratio |');
  });
});

describe('renderLl144Html', () => {
  const html = renderLl144Html(section);

  it('is a labelled section with captioned tables and real header cells', () => {
    expect(html.startsWith('<section id="ll144" class="ll144" aria-labelledby="ll144-h">\n<h2 id="ll144-h">NYC Local Law 144 bias audit')).toBe(true);
    expect(html).toContain('<caption>Sex: number of applicants, number selected, selection rate and impact ratio per category</caption>');
    expect(html).toContain('<th scope="col">Sex</th><th scope="col" class="num">Number of applicants</th>');
    expect(html).toContain('<tr><th scope="row">F</th><td class="num">100</td><td class="num">30</td><td class="num">30.0 %</td><td class="num">0.750</td></tr>');
    expect(html).not.toMatch(/<style|<script|<th>/);
  });

  it('escapes category names from the data with the report\'s HTML escaper', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('<tr><th scope="row">&lt;script&gt;alert(1)&lt;/script&gt;|*x*</th>');
    const control = renderLl144Html({ ...section, tables: [{ ...section.tables[0]!, categories: [{ ...section.tables[0]!.categories[0]!, key: 'F\u001b[31m"' }] }] });
    expect(control).toContain('<th scope="row">F\\u001b[31m&quot;</th>');
  });
});

describe('renderLl144Text and the reporters\' hook', () => {
  it('renders plain tables for the terminal, with control characters escaped', () => {
    const text = renderLl144Text({ ...section, tables: [{ ...section.tables[0]!, categories: [{ ...section.tables[0]!.categories[0]!, key: 'F\u001b[31m' }] }] });
    expect(text).toContain('NYC Local Law 144 bias audit: selection rates and impact ratios');
    expect(text).toMatch(/│ F\\u001b\[31m +│ +100 │ +30 │ +30\.0 % │ +0\.750 │/);
    expect(text).not.toContain('\u001b');
  });

  it('ll144Block gives the tables of a report that has them, and nothing otherwise', () => {
    const result = { presets: { ll144: section } } as unknown as AuditResult;
    expect(ll144Block(result, 'markdown')).toBe(renderLl144Markdown(section));
    expect(ll144Block(result, 'html')).toBe(renderLl144Html(section));
    expect(ll144Block({} as AuditResult, 'html')).toBe('');
  });
});
