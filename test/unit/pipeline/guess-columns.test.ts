import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateFileConfig } from '../../../src/config/validate-config.js';
import { renderConfigTemplate } from '../../../src/render/config-template.js';
import { guessColumns } from '../../../src/pipeline/guess-columns.js';
import { ROOT, SHARED } from '../../helpers/run-cli.js';

function head(file: string, rows = 200): { header: string[]; sample: string[][] } {
  const [header, ...sample] = parseCsv(readFileSync(file, 'utf8'), { to_line: rows + 1, relax_column_count: true }) as string[][];
  return { header: header!, sample };
}

describe('guessing column roles', () => {
  it('finds the marketing fixture\'s decision, score, outcome and demographic columns', () => {
    const { header, sample } = head(path.join(ROOT, 'fixtures/marketing/data.csv'));
    expect(guessColumns(header, sample)).toEqual({ prediction: 'targeted', score: 'score', label: 'converted', groups: ['age_band', 'gender', 'ethnicity'], notes: [] });
  });

  it('reads ProPublica\'s COMPAS file: outcome two_year_recid, groups sex/age_cat/race, and says what it could not guess', () => {
    const { header, sample } = head(path.join(SHARED, 'compas/compas-scores-two-years.csv'));
    const g = guessColumns(header, sample);
    expect(g.label).toBe('two_year_recid');
    expect(g.groups).toEqual(['sex', 'age_cat', 'race']);
    expect(g.prediction).toBeUndefined(); // score_text is Low/Medium/High, not 0/1
    expect(g.numericAge).toBe('age');
    expect(g.notes.join('\n')).toMatch(/no decision column .* recognised[\s\S]*"age" is a numeric age/);
  });

  it('takes Aequitas\' 0/1 `score` column as the decision', () => {
    const { header, sample } = head(path.join(SHARED, 'aequitas/compas_for_aequitas.csv'));
    expect(guessColumns(header, sample)).toMatchObject({ prediction: 'score', label: 'label_value', groups: ['race', 'sex', 'age_cat'] });
  });

  it('vetoes a name match whose values do not fit the role', () => {
    const g = guessColumns(['prediction', 'score', 'gender'], [['maybe', '7', 'F'], ['no', '3', 'M']]);
    expect(g.prediction).toBeUndefined();
    expect(g.score).toBeUndefined();
    expect(g.groups).toEqual(['gender']);
  });
});

describe('the starter config', () => {
  const cases: [string, string[], string[][]][] = [
    ['full', ['gender', 'race', 'selected', 'p_score', 'clicked'], [['F', 'A', '1', '0.3', '0'], ['M', 'B', '0', '0.7', '1']]],
    ['score only', ['sex', 'score'], [['F', '0.2'], ['M', '0.9']]],
    ['nothing recognised', ['a', 'b'], [['1', '2']]],
    ['no file', [], []],
    ['awkward names', ['Gender: self-described', 'yes', 'targeted', 'race\nx'], [['a', 'b', '1', 'c']]],
  ];

  it.each(cases)('validates with the config schema (%s)', (_name, header, sample) => {
    const text = renderConfigTemplate(guessColumns(header, sample), { file: 'in.csv', header });
    const validated = validateFileConfig(parseYaml(text));
    expect(validated.ok, JSON.stringify(validated)).toBe(true);
  });

  it('writes the guessed columns and rules that the columns allow', () => {
    const g = guessColumns(['sex', 'score'], [['F', '0.2'], ['M', '0.9']]);
    const config = parseYaml(renderConfigTemplate(g, { file: 'in.csv', header: ['sex', 'score'] }));
    expect(config).toMatchObject({ columns: { score: 'score' }, threshold: 0.5, groups: ['sex'], rules: ['disparate_impact>=0.8'] });
  });
});
