import { z } from 'zod';
import type { AuditConfig } from '../../model/config.js';
import { sumTallies } from '../../core/tally.js';
import type { AttributeTally, TallyTable } from '../../core/types.js';
import { InputError } from '../../model/errors.js';
import { describeSchemaIssue } from '../decode/schema-issue.js';
import { readBackFacts, type DecoderFacts } from '../decode/decoder-facts.js';
import type { IdentifierColumn } from '../decode/identifier-columns.js';
import { fingerprintOf, fingerprintSchema, withFingerprintDefaults, type Fingerprint } from './fingerprint.js';
import { applyExactLimit } from '../../core/apply-exact-limit.js';
import { budgetBytes } from '../../core/exact-limit.js';
import { tallyFromJson, tallySchema, tallyToJson } from './tally-json.js';
import { dependenciesFromJson, dependenciesSchema, dependenciesToJson } from './dependencies-json.js';
import type { Capabilities } from '../../model/capabilities.js';

export const AGGREGATE_FORMAT = 'fairgate-aggregate';
/** Version 2 added each calibration bin's Σ score² (the calibration test's variance under perfect calibration); version 1 files are refused, to be re-created. */
export const AGGREGATE_VERSION = 2;

/** Where the statistics came from (provenance only: no effect on any metric). */
export interface AggregateSource {
  file: string;
  sha256: string;
  bytes: number;
}

/** One aggregate: the mergeable statistics of one input, and what produced them. */
export interface Aggregate {
  tool: { name: string; version: string };
  fingerprint: Fingerprint;
  input: AggregateSource;
  table: TallyTable;
  facts: DecoderFacts;
  /** identifier-looking columns of the data (for the same notice as one run) */
  identifiers: IdentifierColumn[];
}

/** The versioned JSON of `fairgate aggregate` (groups sorted by key, so the file is deterministic). */
export function aggregateToJson(a: Aggregate): unknown {
  const { table } = a;
  return {
    format: AGGREGATE_FORMAT,
    version: AGGREGATE_VERSION,
    tool: a.tool,
    fingerprint: a.fingerprint,
    input: a.input,
    rows: { read: table.rowsRead, used: table.rowsUsed, dropped: table.rowsDropped },
    capabilities: table.capabilities,
    decoder: { prediction: { values: a.facts.prediction.values }, label: { values: a.facts.label.values } },
    identifiers: a.identifiers,
    overall: tallyToJson(table.overall),
    ...(table.dependencies ? { dependencies: dependenciesToJson(table.dependencies) } : {}),
    attributes: table.attributes.map((at) => ({
      name: at.spec.name,
      columns: at.spec.columns,
      // the internal intersections of strata and time windows say so (audited attributes carry neither key)
      ...(at.spec.role !== undefined ? { role: at.spec.role, of: at.spec.of ?? null } : {}),
      rowsExcluded: at.rowsExcluded,
      groups: [...at.groups.values()].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)).map((g) => ({ key: g.key, values: g.values, tally: tallyToJson(g.tally) })),
    })),
  };
}

const count = z.number().int().nonnegative();

function fileSchema(bins: number) {
  const tally = tallySchema(bins);
  return z.object({
    format: z.literal(AGGREGATE_FORMAT),
    version: z.literal(AGGREGATE_VERSION),
    tool: z.object({ name: z.string(), version: z.string() }),
    fingerprint: fingerprintSchema.extend({ bins: z.literal(bins) }),
    input: z.object({ file: z.string(), sha256: z.string(), bytes: count }),
    rows: z.object({ read: count, used: count, dropped: z.record(z.string(), count) }),
    capabilities: z.object({ hasDecision: z.boolean(), hasLabel: z.boolean(), hasScore: z.boolean(), hasRank: z.literal(false).default(false), hasOutcome: z.boolean().optional(), hasConsent: z.boolean().optional(), hasCandidate: z.boolean().optional(), hasClasses: z.boolean().optional() }),
    decoder: z.object({ prediction: z.object({ values: z.array(z.string()) }), label: z.object({ values: z.array(z.string()) }) }),
    identifiers: z.array(z.object({ index: count, name: z.string(), kind: z.string(), by: z.enum(['header', 'values']) })).default([]),
    overall: tally,
    attributes: z.array(
      z.object({
        name: z.string(),
        columns: z.array(z.string()),
        role: z.enum(['strata', 'window']).optional(),
        of: z.string().nullable().optional(),
        rowsExcluded: count,
        groups: z.array(z.object({ key: z.string(), values: z.array(z.string()), tally })),
      }),
    ),
    dependencies: dependenciesSchema.optional(),
  });
}

/** Parses and checks an aggregate file's JSON; problems are InputErrors naming the file and the key. */
export function aggregateFromJson(raw: unknown, file: string): Aggregate {
  const head = z.object({ format: z.literal(AGGREGATE_FORMAT), version: z.number(), fingerprint: z.object({ bins: z.number().int().min(2) }).passthrough() }).safeParse(raw);
  if (!head.success) throw new InputError(file, undefined, `not a fairgate aggregate (expected "format": "${AGGREGATE_FORMAT}" and a fingerprint); write one with fairgate aggregate`);
  if (head.data.version !== AGGREGATE_VERSION) {
    throw new InputError(file, undefined, `aggregate format version ${head.data.version} is not supported by this fairgate (it reads version ${AGGREGATE_VERSION}${head.data.version < AGGREGATE_VERSION ? ', whose calibration bins also sum the squared scores' : ''}); re-create it with fairgate aggregate of this version`);
  }
  const bins = head.data.fingerprint.bins;
  const parsed = fileSchema(bins).safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    throw new InputError(file, undefined, `not a valid fairgate aggregate: ${describeSchemaIssue(parsed.error.issues[0]!)}; re-create it with fairgate aggregate`);
  }
  const data = parsed.data;
  const attributes: AttributeTally[] = data.attributes.map((at) => {
    const groups = new Map(at.groups.map((g) => [g.key, { key: g.key, values: g.values, tally: tallyFromJson(g.tally, bins) }]));
    // a key twice would merge two groups into one silently
    if (groups.size !== at.groups.length) throw new InputError(file, undefined, `attribute ${at.name}: a group key appears twice; the file is damaged or was edited: re-create it with fairgate aggregate`);
    const spec = { name: at.name, columns: at.columns, ...(at.role !== undefined ? { role: at.role, of: at.of ?? null } : {}) };
    return { spec, groups, total: sumTallies([...groups.values()].map((g) => g.tally), bins), rowsExcluded: at.rowsExcluded };
  });
  const fingerprint = withFingerprintDefaults(data.fingerprint as unknown as Fingerprint);
  // The budget the statistics were computed with, re-applied (a no-op on a file as written; a file made by hand gets the rule)
  const table: TallyTable = applyExactLimit({
    capabilities: data.capabilities as Capabilities,
    bins,
    attributes,
    overall: tallyFromJson(data.overall, bins),
    rowsRead: data.rows.read,
    rowsUsed: data.rows.used,
    rowsDropped: data.rows.dropped,
    exactBytes: budgetBytes(fingerprint.exactMemoryMB),
    ...(data.dependencies ? { dependencies: dependenciesFromJson(data.dependencies) } : {}),
  });
  const facts: DecoderFacts = {
    prediction: readBackFacts(data.decoder.prediction.values),
    label: readBackFacts(data.decoder.label.values),
  };
  return { tool: data.tool, fingerprint, input: data.input, table, facts, identifiers: data.identifiers as IdentifierColumn[] };
}

export function aggregateOf(config: Readonly<AuditConfig>, tool: Aggregate['tool'], input: AggregateSource, run: { table: TallyTable; facts: DecoderFacts; identifiers?: IdentifierColumn[] }): Aggregate {
  return { tool, fingerprint: fingerprintOf(config), input, table: run.table, facts: run.facts, identifiers: run.identifiers ?? [] };
}
