import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { AuditResult } from '../../src/model/audit-result.js';
import { renderJson } from '../../src/render/reporters/json.js';
import { ROOT } from './run-cli.js';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/report.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

/** Throws with every schema violation when a JSON report does not match schema/report.schema.json. */
export function assertValidReport(report: unknown): void {
  if (!validate(report)) {
    throw new Error(`report does not match schema/report.schema.json:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`);
  }
}

/** Throws when the JSON report of an in-memory result (what `--format json` writes) does not match the schema. */
export function assertValidResult(result: AuditResult): void {
  assertValidReport(JSON.parse(renderJson(result, { isColor: false })));
}
