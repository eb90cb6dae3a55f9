import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISPARITY_IDS } from '../../../src/metrics/disparity.js';
import { METRIC_IDS } from '../../../src/metrics/registry.js';
import { ROOT } from '../../helpers/run-cli.js';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/report.schema.json'), 'utf8'));
const group = schema.$defs.group.properties;

describe('the report schema follows the registries', () => {
  it('lists every metric and disparity key, and no other', () => {
    expect(Object.keys(group.metrics.properties).sort()).toEqual([...METRIC_IDS].sort());
    expect(Object.keys(group.intervals.properties).sort()).toEqual([...METRIC_IDS].sort());
    expect(Object.keys(group.disparities.properties).sort()).toEqual([...DISPARITY_IDS].sort());
  });
});
