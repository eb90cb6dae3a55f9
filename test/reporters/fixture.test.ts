import { createReadStream } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/pipeline/audit.js';
import { readConfigFile } from '../../src/cli/load-config.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import { validateFileConfig } from '../../src/config/validate-config.js';
import { REPORTERS, EXTENSIONS } from '../../src/render/reporters/index.js';
import { FIXED_TIME } from '../helpers/make-result.js';
import { ROOT } from '../helpers/run-cli.js';

/** A real run on the bundled fixture (two attributes, to keep the snapshots readable). */
async function fixtureResult() {
  const file = readConfigFile(path.join(ROOT, 'fixtures/marketing/fairgate.config.yaml'));
  const validated = validateFileConfig(file.raw);
  if (!validated.ok) throw new Error('fixture config is invalid');
  const config = resolveConfig([{ source: 'fixture', config: { ...validated.config, groups: ['gender', 'age_band'] } }]);
  return runAudit(config, {
    input: { name: 'fixtures/marketing/data.csv', open: () => createReadStream(path.join(ROOT, 'fixtures/marketing/data.csv')) },
    tool: { name: 'fairgate', version: '0.0.0-test' },
    generatedAt: FIXED_TIME,
    command: ['fairgate', 'audit', 'fixtures/marketing/data.csv', '--group', 'gender,age_band'],
  });
}

describe('every file format on a real run of the bundled fixture', () => {
  it.each(Object.entries(EXTENSIONS).filter(([ext]) => ext !== '.txt'))('%s (%s) matches its snapshot', async (ext, format) => {
    const result = await fixtureResult();
    await expect(REPORTERS[format](result, { isColor: false })).toMatchFileSnapshot(`__snapshots__/marketing${ext}`);
  });
});
