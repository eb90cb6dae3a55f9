import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_BEGIN, CATALOGUE_END, renderCatalogue } from './catalogue/render.js';
import { ROOT } from './helpers/run-cli.js';

const DOC = path.join(ROOT, 'README.md');

describe('the bad-input table in README.md', () => {
  it('is the catalogue the tests run, rendered (UPDATE_CATALOGUE=1 rewrites it)', () => {
    const text = readFileSync(DOC, 'utf8');
    const begin = text.indexOf(CATALOGUE_BEGIN);
    const end = text.indexOf(CATALOGUE_END);
    expect(begin).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(begin);
    const current = text.slice(begin, end + CATALOGUE_END.length);
    const rendered = renderCatalogue();
    if (process.env.UPDATE_CATALOGUE === '1' && current !== rendered) writeFileSync(DOC, text.replace(current, () => rendered));
    else expect(current).toBe(rendered);
  });
});
