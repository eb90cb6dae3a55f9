import { describe, expect, it } from 'vitest';
import { parseRuleExpression } from '../../../src/policy/rule-expression.js';
import { DISPARITY_EXPLANATIONS } from '../../../src/render/explain/disparity-explanations.js';
import { explainIndex, explainMetric, wrap } from '../../../src/render/explain/explain.js';
import { METRIC_EXPLANATIONS } from '../../../src/render/explain/metric-explanations.js';
import type { Explanation } from '../../../src/render/explain/types.js';
import { DISPARITY_IDS } from '../../../src/metrics/disparity.js';
import { RANKING_DOCS } from '../../../src/render/explain/ranking-docs.js';
import { METRIC_IDS } from '../../../src/metrics/registry.js';

const all: Record<string, Explanation> = { ...METRIC_EXPLANATIONS, ...DISPARITY_EXPLANATIONS };

describe('explanations registry', () => {
  it('explains exactly the metrics and disparities of the registries', () => {
    expect(Object.keys(METRIC_EXPLANATIONS).sort()).toEqual([...METRIC_IDS].sort());
    expect(Object.keys(DISPARITY_EXPLANATIONS).sort()).toEqual([...DISPARITY_IDS].sort());
  });

  it.each(Object.entries(all).filter(([, e]) => e.example))('the example rule of %s parses and judges that metric', (key, e) => {
    const parsed = parseRuleExpression(e.example!);
    expect(parsed.ok && parsed.rule.metric).toBe(key);
  });

  it('names the legal sources the issue asks for', () => {
    const text = explainMetric('disparate_impact') + explainMetric('equal_opportunity_difference') + explainMetric('ece');
    for (const source of ['29 CFR 1607.4(D)', 'Local Law 144', 'Hardt, Price and Srebro', 'Calibration within groups']) expect(text).toContain(source);
  });

  it('takes the ranking metrics\' texts from RANKING_DOCS, their one source', () => {
    for (const [key, doc] of Object.entries(RANKING_DOCS)) {
      expect(all[key]).toMatchObject({ formula: doc.formula, meaning: doc.meaning, undefinedWhen: doc.undefinedWhen });
      const text = explainMetric(key);
      expect(text).toContain(`formula:   ${doc.formula}`);
      for (const source of ('sources' in doc ? (doc.sources as readonly string[]) : [])) expect(text.replace(/\s+/g, ' ')).toContain(source);
    }
  });

  it('lists every key in the index', () => {
    const index = explainIndex();
    for (const key of [...METRIC_IDS, ...DISPARITY_IDS]) expect(index).toMatch(new RegExp(`\\n  ${key} `));
  });

  it('wraps at the width', () => {
    const wrapped = wrap('a '.repeat(100), 20, '  ');
    for (const line of wrapped.split('\n')) expect(line.length).toBeLessThanOrEqual(20);
  });
});
