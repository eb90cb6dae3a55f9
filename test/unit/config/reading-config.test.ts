import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../src/config/resolve-config.js';
import { validateFileConfig } from '../../../src/config/validate-config.js';
import { flagsToConfig } from '../../../src/cli/flags-to-config.js';

const BASE = { columns: { prediction: 'd' }, groups: ['g'] };

describe('how delimited text is read: the delimiter and decimalComma keys', () => {
  it('takes , ; | and a tab (or the word tab); leaves both null, to be detected, when not given', () => {
    for (const [given, stored] of [[',', ','], [';', ';'], ['|', '|'], ['\t', '\t'], ['tab', '\t']]) {
      const v = validateFileConfig({ ...BASE, delimiter: given });
      expect(v.ok && v.config.delimiter).toBe(stored);
    }
    const resolved = resolveConfig([{ source: 'test', config: (validateFileConfig(BASE) as { config: object }).config }]);
    expect([resolved.delimiter, resolved.decimalComma]).toEqual([null, null]);
  });

  it('refuses another separator and a decimalComma that is not true or false, naming the key', () => {
    expect(validateFileConfig({ ...BASE, delimiter: ':' })).toEqual({ ok: false, issues: [{ path: 'delimiter', message: `expected ',', ';', '|' or tab (a tab character, or the word tab), got ":"` }] });
    expect(validateFileConfig({ ...BASE, decimalComma: 'yes' })).toEqual({ ok: false, issues: [{ path: 'decimalComma', message: 'expected a boolean, got "yes"' }] });
  });

  it('--delimiter and --decimal-comma / --no-decimal-comma on the command line; a later layer wins', () => {
    expect(flagsToConfig({ delimiter: 'tab', decimalComma: true })).toMatchObject({ delimiter: '\t', decimalComma: true });
    expect(flagsToConfig({ delimiter: '\\t', decimalComma: false })).toMatchObject({ delimiter: '\t', decimalComma: false });
    const file = (validateFileConfig({ ...BASE, delimiter: ';', decimalComma: true }) as { config: object }).config;
    const resolved = resolveConfig([{ source: 'file', config: file }, { source: 'command line', config: flagsToConfig({ decimalComma: false }) }]);
    expect([resolved.delimiter, resolved.decimalComma]).toEqual([';', false]);
  });
});
