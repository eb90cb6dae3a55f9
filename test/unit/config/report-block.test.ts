import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../src/config/resolve-config.js';
import { validateFileConfig } from '../../../src/config/validate-config.js';
import { renderConfigTemplate } from '../../../src/render/config-template.js';
import { parse } from 'yaml';

const issues = (raw: unknown) => {
  const v = validateFileConfig(raw);
  return v.ok ? [] : v.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('the report: block', () => {
  it('accepts plain text, trims it, and reads a period as from..to, from/to or an object', () => {
    const v = validateFileConfig({ report: { title: '  Q2 audit ', dataPeriod: '2025-04-01..2025-06-30', notes: 'line one\nline two' } });
    expect(v.ok && v.config.report).toEqual({ title: 'Q2 audit', dataPeriod: { from: '2025-04-01', to: '2025-06-30' }, notes: 'line one\nline two' });
    const slash = validateFileConfig({ report: { dataPeriod: '2025-04-01/2025-06-30' } });
    expect(slash.ok && slash.config.report?.dataPeriod).toEqual({ from: '2025-04-01', to: '2025-06-30' });
    const object = validateFileConfig({ report: { dataPeriod: { from: '2024-02-29', to: '2024-02-29' } } });
    expect(object.ok && object.config.report?.dataPeriod).toEqual({ from: '2024-02-29', to: '2024-02-29' });
  });

  it('refuses what would not read as written, with the key path', () => {
    expect(issues({ report: { model: '' } })).toEqual(['report.model: cannot be empty']);
    expect(issues({ report: { title: 'x'.repeat(201) } })).toEqual(['report.title: at most 200 characters']);
    expect(issues({ report: { owner: 'a\u202eb' } })).toEqual(['report.owner: contains a control or text-direction character; write plain text']);
    expect(issues({ report: { owner: 'tab\there' } })).toEqual(['report.owner: contains a control or text-direction character; write plain text']);
    expect(issues({ report: { title: 'one\ntwo' } })).toEqual(['report.title: must be one line']);
    expect(issues({ report: { modelVersion: 3 } })).toEqual(['report.modelVersion: expected text, got the number 3: quote the value (e.g. "1.10") so that it is kept as written']);
    expect(issues({ report: { dataPeriod: '2023-02-29..2023-03-01' } })).toEqual(['report.dataPeriod: expected from..to as dates, e.g. 2025-01-01..2025-06-30, got "2023-02-29..2023-03-01"']);
    expect(issues({ report: { dataPeriod: { from: '2025-02-01', to: '2025-01-01' } } })).toEqual(['report.dataPeriod: the period ends before it starts (from is after to)']);
    expect(issues({ report: { dataPeriod: { from: '2025-02-01' } } })[0]).toMatch(/^report\.dataPeriod/);
    expect(issues({ report: { titel: 'x' } })[0]).toMatch(/^report\.titel: unknown key; did you mean "title"\?/);
  });

  it('is merged field by field (flags over the file) and kept in the order every format shows it', () => {
    const file = validateFileConfig({ groups: ['g'], columns: { prediction: 'p' }, report: { notes: 'n', model: 'M', modelVersion: '1' } });
    const flags = validateFileConfig({ report: { modelVersion: '2', title: 'T' } });
    if (!file.ok || !flags.ok) throw new Error('invalid');
    const config = resolveConfig([{ source: 'file', config: file.config }, { source: 'command line', config: flags.config }]);
    expect(config.report).toEqual({ title: 'T', model: 'M', modelVersion: '2', notes: 'n' });
    expect(Object.keys(config.report!)).toEqual(['title', 'model', 'modelVersion', 'notes']);
    expect(resolveConfig([{ source: 'file', config: { groups: ['g'], columns: { prediction: 'p' } } }]).report).toBeNull();
  });

  it("is in fairgate init's template, commented out, and valid once uncommented", () => {
    const template = renderConfigTemplate({ groups: ['gender'], notes: [] }, { header: [] });
    const lines = template.split('\n');
    const start = lines.indexOf('# report:');
    const block = lines.slice(start).filter((l) => /^# (report:|  )/.test(l)).map((l) => l.slice(2));
    expect(block[0]).toBe('report:');
    const v = validateFileConfig(parse(block.join('\n')));
    expect(v.ok && Object.keys(v.config.report!)).toEqual(['title', 'model', 'modelVersion', 'owner', 'contact', 'purpose', 'decisionContext', 'dataPeriod', 'notes']);
  });
});
