/**
 * fairgate as a library: the audit the CLI runs, as four functions.
 *
 * ```ts
 * import { audit, render, exitCode } from 'fairgate';
 * const result = await audit('decisions.csv', { columns: { prediction: 'targeted', label: 'converted' }, groups: ['gender'] });
 * console.log(render(result, 'markdown'));
 * process.exitCode = exitCode(result);
 * ```
 *
 * The config is the object a `fairgate.config.yaml` holds (same keys, same
 * validation); a bad config or bad input throws a `ConfigError` or `InputError`
 * whose message is the one line the CLI prints. Nothing here writes a file or
 * touches `process`.
 */
import type { Readable } from 'node:stream';
import { createReadStream } from 'node:fs';
import { resolveConfig } from './config/resolve-config.js';
import { validateFileConfig, type FileConfig } from './config/validate-config.js';
import { aggregateOf, aggregateToJson } from './input/aggregate/aggregate-file.js';
import { mergeStatisticsFiles } from './input/aggregate/from-aggregates.js';
import { fingerprintConfig } from './config/fingerprint-config.js';
import { refuseRowBound } from './input/aggregate/row-bound.js';
import { readBaseline } from './input/baseline/read-baseline.js';
import type { InputSource } from './input/csv/read-csv.js';
import type { AuditResult } from './model/audit-result.js';
import type { AuditConfig } from './model/config.js';
import { ConfigError, UsageError } from './model/errors.js';
import { auditStatistics } from './pipeline/audit-statistics.js';
import { runAudit, tallyInput } from './pipeline/audit.js';
import { resultExitCode } from './policy/exit-code.js';
import { REPORTERS, type ReportContext } from './render/reporters/index.js';
import type { ReporterName } from './render/reporters/names.js';
import { toolInfo } from './cli/tool-info.js';

export type { AuditResult, AttributeResult, GroupResult, RunStatus, WindowSection } from './model/audit-result.js';
export type { Finding, Verdict } from './model/finding.js';
export type { Notice } from './model/notice.js';
export type { StrataSection } from './model/split-sections.js';
export type { AuditConfig } from './model/config.js';
export type { FileConfig } from './config/validate-config.js';
export type { ReporterName } from './render/reporters/names.js';
export { AuditError, ConfigError, InputError, UsageError } from './model/errors.js';

/**
 * What to audit: a file path (CSV, TSV, JSON Lines, Parquet, gzip), a readable stream of such
 * bytes (read once), a source that can be opened again (`open`, needed by a score cut-off such as
 * `topK`, which reads the data twice), or fairgate aggregate files / `fairgate sql` results to merge.
 */
export type AuditSource = DataSource | { aggregates: readonly string[] };
export type DataSource = string | { name: string; stream: Readable } | { name: string; open: () => Readable };

export interface AuditOptions {
  /** worker threads for a large file (the report does not depend on it); default 'auto' */
  threads?: number | 'auto';
  /** the report's time stamp; default now */
  generatedAt?: Date | string;
  /** path of an earlier JSON report of the same audit, for changes and regression rules */
  baseline?: string;
}

/** A config object validated and resolved exactly as the CLI does with a config file (defaults < config). */
export function resolve(config: FileConfig, source = 'config'): Readonly<AuditConfig> {
  const validated = validateFileConfig(config);
  if (!validated.ok) throw new ConfigError(source, validated.issues);
  return resolveConfig([{ source, config: validated.config }]);
}

function inputOf(source: DataSource): InputSource {
  if (typeof source === 'string') return { name: source, path: source, open: () => createReadStream(source) };
  if ('open' in source) return { name: source.name, open: source.open };
  let opened = false;
  return {
    name: source.name,
    open: () => {
      if (opened) throw new UsageError(`${source.name}: this audit reads its input twice (a score cut-off: topK or topPercent), and a stream can be read once; pass { name, open: () => stream } that opens it again, or a file path`);
      opened = true;
      return source.stream;
    },
  };
}

function stamp(at: AuditOptions['generatedAt']): string {
  return at === undefined ? new Date().toISOString() : typeof at === 'string' ? at : at.toISOString();
}

/** Reads the data once (or merges aggregates), measures every group, judges the rules: the report object the JSON format writes. */
export async function audit(source: AuditSource, config: FileConfig, options: AuditOptions = {}): Promise<AuditResult> {
  const meta = {
    tool: toolInfo(),
    generatedAt: stamp(options.generatedAt),
    ...(options.baseline !== undefined ? { baseline: readBaseline(options.baseline, options.baseline) } : {}),
  };
  if (typeof source === 'object' && 'aggregates' in source) {
    const stats = mergeStatisticsFiles(source.aggregates.map((f) => ({ name: f, path: f })));
    const layer = fingerprintConfig(stats.fingerprint);
    if (!layer.ok) throw new ConfigError("the aggregates' fingerprint", layer.issues);
    const own = validateFileConfig(config);
    if (!own.ok) throw new ConfigError('config', own.issues);
    const resolved = resolveConfig([{ source: 'aggregates', config: layer.config }, { source: 'config', config: own.config }]);
    return auditStatistics(resolved, stats, meta);
  }
  return runAudit(resolve(config), { ...meta, input: inputOf(source), ...(options.threads !== undefined ? { threads: options.threads } : {}) });
}

/** One pass into the mergeable statistics of `fairgate aggregate` (the JSON object its file holds), for sharded data. */
export async function aggregate(source: DataSource, config: FileConfig, options: Pick<AuditOptions, 'threads'> = {}): Promise<unknown> {
  const resolved = resolve(config);
  refuseRowBound(resolved, 'aggregate()');
  const input = inputOf(source);
  const run = await tallyInput(resolved, input, options.threads !== undefined ? { threads: options.threads } : {});
  return aggregateToJson(aggregateOf(resolved, toolInfo(), { file: input.name, sha256: run.sha256, bytes: run.bytes }, run));
}

/** The report in one of the CLI's formats: `table`, `json`, `markdown`, `html`, `junit` or `csv`; `paper` and `appendix` shape the HTML (as `--paper`, `--appendix`). */
export function render(result: AuditResult, format: ReporterName, options: { color?: boolean } & Pick<ReportContext, 'paper' | 'appendix'> = {}): string {
  const reporter = REPORTERS[format];
  if (!reporter) throw new ConfigError('render()', [{ path: 'format', message: `expected one of ${Object.keys(REPORTERS).join(', ')}, got ${JSON.stringify(format)}` }]);
  return reporter(result, { isColor: options.color === true, ...(options.paper ? { paper: options.paper } : {}), ...(options.appendix ? { appendix: options.appendix } : {}) });
}

/**
 * The CLI's exit code for a result: 0 pass, 1 a rule failed, 3 inconclusive under failOn 'inconclusive',
 * or rules given and no check judged (all inconclusive) unless allowNoVerdict.
 */
export function exitCode(
  result: AuditResult,
  failOn: AuditConfig['failOn'] = result.config.failOn,
  allowNoVerdict: boolean = result.config.allowNoVerdict ?? false,
): number {
  return resultExitCode(result, { failOn, allowNoVerdict });
}
