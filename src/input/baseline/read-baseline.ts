import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { InputError } from '../../model/errors.js';
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

/** Reads and checks an earlier JSON report (`--baseline`): a fairgate report of this schema version. */
export function readBaseline(file: string, resolved: string): BaselineInput {
  if (!existsSync(resolved)) throw new InputError(file, undefined, '--baseline: file not found; give the JSON report of an earlier run (-o report.json)');
  const raw = parseJson(file, readFileSync(resolved, 'utf8')) as { tool?: { name?: unknown }; schemaVersion?: unknown } | null;
  if (typeof raw !== 'object' || raw === null || raw.tool?.name !== 'fairgate') {
    throw new InputError(file, undefined, '--baseline: not a fairgate report (no "tool": {"name": "fairgate"}); give the JSON report of an earlier fairgate run');
  }
  if (raw.schemaVersion !== SCHEMA_VERSION) {
    throw new InputError(file, undefined, `--baseline: report schema version ${JSON.stringify(raw.schemaVersion)}, but this fairgate reads version ${SCHEMA_VERSION}; re-create the baseline with this version`);
  }
  const parsed = baselineSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(file, undefined, `--baseline: not a complete fairgate report: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return { file, report: parsed.data as unknown as BaselineReport };
}
