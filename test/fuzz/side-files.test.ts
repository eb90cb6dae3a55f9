import { rmSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfigFile } from '../../src/cli/load-config.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import { validateFileConfig } from '../../src/config/validate-config.js';
import { aggregateOf, aggregateToJson } from '../../src/input/aggregate/aggregate-file.js';
import { fingerprintLayer } from '../../src/input/aggregate/fingerprint.js';
import { mergeStatisticsFiles } from '../../src/input/aggregate/from-aggregates.js';
import { readBaseline } from '../../src/input/baseline/read-baseline.js';
import { ConfigError } from '../../src/model/errors.js';
import { auditStatistics } from '../../src/pipeline/audit-statistics.js';
import { tallyInput } from '../../src/pipeline/audit.js';
import { REPORTERS } from '../../src/render/reporters/index.js';
import { auditCsv, configFrom } from '../helpers/csv-audit.js';
import { memoryInput } from '../helpers/memory-input.js';
import { byteDamage, damage, expectReadOrRefused, fileWith, jsonMutation, mutate, scratch } from './side-file-helpers.js';

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const META = { tool: { name: 'fairgate', version: 'fuzz' }, generatedAt: '2026-01-01T00:00:00.000Z' };
const CSV = ['g,h,d,y,s', 'a,x,1,1,0.9', 'b,x,0,1,0.4', 'a,y,1,0,0.7', ',y,0,0,0.1', 'b,y,1,1,0.55', 'a,x,0,0,0.2'].join('\n') + '\n';
const RAW_CONFIG = { columns: { prediction: 'd', label: 'y', score: 's' }, groups: ['g', 'h', 'g+h'], minGroupSize: 1 };
const CONFIG_YAML = ['columns: { prediction: d, label: y, score: s }', 'groups: [g, h, g+h]', 'minGroupSize: 1', 'referenceGroups: { g: a }', 'rules:', '  - { metric: disparate_impact, min: 0.8 }', '  - "ece<=0.05"', ''].join('\n');

/** A statistics file read and judged as `audit --from-aggregates` does, every report rendered. */
function judgeStatistics(file: string): void {
  const stats = mergeStatisticsFiles([{ name: 'stats', path: file }]);
  const layer = validateFileConfig(fingerprintLayer(stats.fingerprint));
  if (!layer.ok) throw new ConfigError("the aggregates' fingerprint", layer.issues);
  const result = auditStatistics(resolveConfig([{ source: 'aggregates', config: layer.config }]), stats, META);
  for (const render of Object.values(REPORTERS)) render(result, { isColor: false });
}

async function validAggregateJson(): Promise<unknown> {
  const config = configFrom(RAW_CONFIG);
  const run = await tallyInput(config, memoryInput(CSV, 'data.csv'));
  return JSON.parse(JSON.stringify(aggregateToJson(aggregateOf(config, META.tool, { file: 'data.csv', sha256: run.sha256, bytes: run.bytes }, run))));
}

/** Characters that mean something to YAML or JSON. */
const yamlNoise = fc.string({ unit: fc.constantFrom('!', '&', '*', '[', ']', '{', '}', ':', '-', '#', "'", '"', '\t', '\n', ' ', '<<', '!!js/function ', '!!binary ', '%YAML 1.1\n', '---\n', '|', '>', '?', ',', '@', '`', '\u0000', '\ufeff', '\\', 'é'), maxLength: 6 });

describe('fuzz: side files and the environment are read or refused, never a crash', () => {
  it('config files: damaged YAML and JSON (fast-check)', { timeout: 180_000 }, () => {
    const outcomes = new Set<string>();
    fc.assert(
      fc.property(fc.nat(), yamlNoise, fc.boolean(), byteDamage, (at, noise, isJson, cut) => {
        const text = isJson ? JSON.stringify(RAW_CONFIG) : CONFIG_YAML;
        const i = at % (text.length + 1);
        const file = fileWith(damage(text.slice(0, i) + noise + text.slice(i), cut), isJson ? 'c.json' : 'c.yaml');
        outcomes.add(
          expectReadOrRefused(() => {
            const loaded = readConfigFile(file, 'c');
            const validated = validateFileConfig(loaded.raw);
            if (!validated.ok) throw new ConfigError('c', validated.issues);
            resolveConfig([{ source: 'c', config: validated.config }]);
          }),
        );
      }),
      { numRuns: 400 },
    );
    expect(outcomes).toEqual(new Set(['read', 'refused']));
  });

  it('config files: mutated values and keys (fast-check)', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(jsonMutation, (m) => {
        const file = fileWith(JSON.stringify(mutate({ ...RAW_CONFIG, referenceGroups: { g: 'a' }, rules: [{ metric: 'ece', max: 0.05 }] }, m)), 'c.json');
        expectReadOrRefused(() => {
          const validated = validateFileConfig(readConfigFile(file, 'c').raw);
          if (!validated.ok) throw new ConfigError('c', validated.issues);
          resolveConfig([{ source: 'c', config: validated.config }]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('aggregate files: mutated JSON and damaged bytes, read, checked and judged (fast-check)', { timeout: 180_000 }, async () => {
    const valid = await validAggregateJson();
    expect(expectReadOrRefused(() => judgeStatistics(fileWith(JSON.stringify(valid), 'a.json')))).toBe('read');
    fc.assert(
      fc.property(fc.array(jsonMutation, { minLength: 1, maxLength: 2 }), byteDamage, fc.boolean(), (mutations, cut, isDamaged) => {
        const json = JSON.stringify(mutations.reduce<unknown>((j, m) => mutate(j, m), valid));
        expectReadOrRefused(() => judgeStatistics(fileWith(isDamaged ? damage(json, cut) : json, 'a.json')));
      }),
      { numRuns: 300 },
    );
  });

  it('baseline reports: mutated JSON, compared with an audit (fast-check)', { timeout: 180_000 }, async () => {
    const report = JSON.parse(REPORTERS.json(await auditCsv(CSV, RAW_CONFIG), { isColor: false })) as unknown;
    await fc.assert(
      fc.asyncProperty(jsonMutation, byteDamage, fc.boolean(), async (m, cut, isDamaged) => {
        const json = JSON.stringify(mutate(report, m));
        const file = fileWith(isDamaged ? damage(json, cut) : json, 'b.json');
        let baseline: ReturnType<typeof readBaseline> | undefined;
        if (expectReadOrRefused(() => (baseline = readBaseline('b.json', file))) === 'refused') return;
        try {
          const result = await auditCsv(CSV, RAW_CONFIG, baseline);
          for (const render of Object.values(REPORTERS)) render(result, { isColor: false });
        } catch (error) {
          expectReadOrRefused(() => {
            throw error;
          });
        }
      }),
      { numRuns: 200 },
    );
  });
});
