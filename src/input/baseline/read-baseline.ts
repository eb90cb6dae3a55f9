import { z } from 'zod';
import { InputError } from '../../model/errors.js';
import { firstTooDeep } from '../csv/nesting-depth.js';
import { describeSchemaIssue } from '../decode/schema-issue.js';
import { BASELINE_FILE, readSideFile } from '../csv/side-file.js';
import { SCHEMA_VERSION } from '../../model/audit-result.js';
import type { BaselineInput, BaselineReport } from '../../model/baseline.js';

const value = z.number().nullable();

/** What a comparison reads from an earlier report; other keys pass through unchecked. */
const baselineSchema = z.looseObject({
  generatedAt: z.string(),
  input: z.looseObject({ sha256: z.string() }),
  config: z.looseObject({ columns: z.record(z.string(), z.string()), groups: z.array(z.string()) }),
  attributes: z.array(
    z.looseObject({
      name: z.string(),
      groups: z.array(
        z.looseObject({
          key: z.string(),
          metrics: z.record(z.string(), value),
          disparities: z.record(z.string(), z.looseObject({ value, reference: z.string().nullable() })),
        }),
      ),
    }),
  ),
});

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(file, undefined, `--baseline: not valid JSON (${error instanceof Error ? error.message : String(error)}); give a report written with --format json or -o report.json`);
  }
}

/** Deeper than any report nests (a report: 7 levels). */
const MAX_DEPTH = 32;

/** Reads and checks an earlier JSON report (`--baseline`): a fairgate report of this schema version. */
export function readBaseline(file: string, resolved: string): BaselineInput {
  const text = readSideFile(resolved, BASELINE_FILE, (message) => {
    throw new InputError(file, undefined, `--baseline: ${message}`);
  });
  const deep = firstTooDeep(text, MAX_DEPTH);
  if (deep) throw new InputError(file, deep.line, `--baseline: nested more than ${MAX_DEPTH} levels deep, which no fairgate report is; give the JSON report of an earlier run`, { column: { number: deep.column } });
  const raw = parseJson(file, text) as { tool?: { name?: unknown }; schemaVersion?: unknown } | null;
  if (typeof raw !== 'object' || raw === null || raw.tool?.name !== 'fairgate') {
    throw new InputError(file, undefined, '--baseline: not a fairgate report (no "tool": {"name": "fairgate"}); give the JSON report of an earlier fairgate run');
  }
  if (raw.schemaVersion !== SCHEMA_VERSION) {
    throw new InputError(file, undefined, `--baseline: report schema version ${JSON.stringify(raw.schemaVersion)}, but this fairgate reads version ${SCHEMA_VERSION}; re-create the baseline with this version`);
  }
  const parsed = baselineSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw new InputError(file, undefined, `--baseline: not a complete fairgate report: ${describeSchemaIssue(parsed.error.issues[0]!)}`);
  return { file, report: parsed.data as unknown as BaselineReport };
}
