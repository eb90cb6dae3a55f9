import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { runAudit } from '../pipeline/audit.js';
import { needsScorePass } from '../model/decision-source.js';
import type { AuditConfig } from '../model/config.js';
import type { AuditResult, ConfigFileRecord } from '../model/audit-result.js';
import { readConfigFile } from './load-config.js';
import { announceConfigFile, findConfigFile } from './config-file.js';
import { checkInputChoice, inputNameOf } from './input-choice.js';
import { resolveConfig, type ConfigLayer } from '../config/resolve-config.js';
import { validateFileConfig } from '../config/validate-config.js';
import { ConfigError, InputError, UsageError } from '../model/errors.js';
import { toInputError, type InputSource } from '../input/csv/read-csv.js';
import { isRefusedNoVerdict, resultExitCode } from '../policy/exit-code.js';
import { noVerdictSentence } from '../render/prose/no-verdict-sentence.js';
import type { ReporterName } from '../render/reporters/names.js';
import { fileContext, outputSpecs, renderOutputs, renderPieces } from './report-outputs.js';
import { flagsToConfig, type AuditFlags } from './flags-to-config.js';
import { guardRunFiles, writeReports } from './guard-run-files.js';
import { isGithubActions, type CliIo } from './io.js';
import { createProgressBar, isProgressWanted, type ProgressBar } from './progress.js';
import { spoolToTempFile, type SpooledInput } from './spool-stdin.js';
import { reportTime, toolInfo } from './tool-info.js';
import { checkEnvironment, checkTempDir } from './environment.js';
import type { BaselineInput } from '../model/baseline.js';

export interface AuditCommandFlags extends AuditFlags {
  format?: string;
  output?: string[];
  quiet?: boolean;
  color?: boolean;
  threads?: string;
  fromAggregates?: string[];
  /** false with --no-progress */
  progress?: boolean;
  baseline?: string;
  /** the name of standard input in reports and messages */
  inputName?: string;
}

export function configLayers(flags: AuditFlags & { quiet?: boolean }, io: CliIo): ConfigLayer[] {
  const layers: ConfigLayer[] = [];
  const found = findConfigFile(flags.config, io);
  if (found !== undefined) {
    const { file } = found;
    // messages name the config as typed, or by its name when found in the working directory
    const shown = found.record.path;
    const { raw } = readConfigFile(file, shown);
    const validated = validateFileConfig(raw);
    if (!validated.ok) throw new ConfigError(shown, validated.issues);
    announceConfigFile(found, io, flags.quiet === true);
    layers.push({ source: path.relative(io.cwd, file) || file, config: validated.config });
  }
  layers.push({ source: 'command line', config: flagsToConfig(flags) });
  return layers;
}

export function inputSource(file: string, io: CliIo, label?: string): InputSource {
  if (file === '-') return { name: inputNameOf(file, label), open: () => io.stdin };
  const absolute = path.resolve(io.cwd, file);
  return { name: file, path: absolute, open: () => createReadStream(absolute) };
}

/** The input of an audit; standard input is spooled to a temporary file when the audit reads it twice (score cut-offs). */
async function auditInput(file: string, label: string | undefined, config: Readonly<AuditConfig>, io: CliIo): Promise<SpooledInput> {
  if (file === '-' && needsScorePass(config)) return (checkTempDir(io.env), spoolToTempFile(io.stdin, inputNameOf(file, label)));
  return { source: inputSource(file, io, label), remove: () => undefined };
}

/** `--threads auto|N`: worker threads for a large file (the report is the same for any N). */
export function parseThreads(raw: string | undefined): number | 'auto' {
  if (raw === undefined || raw === 'auto') return 'auto';
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--threads: expected auto or a whole number from 1 to 64, got "${raw}"`);
  return n;
}

/** `--from-aggregates`: merged statistics, and the config with their fingerprint under the file and flag layers. */
async function fromAggregates(files: string[], flags: AuditCommandFlags, io: CliIo) {
  const { mergeStatisticsFiles } = await import('../input/aggregate/from-aggregates.js');
  const { fingerprintConfig } = await import('../config/fingerprint-config.js');
  const stats = mergeStatisticsFiles(files.map((f) => ({ name: f, path: path.resolve(io.cwd, f) })));
  const layer = fingerprintConfig(stats.fingerprint);
  if (!layer.ok) throw new ConfigError('the aggregates\' fingerprint', layer.issues);
  const config = resolveConfig([{ source: 'aggregates', config: layer.config }, ...configLayers(flags, io)]);
  return { config, stats };
}

/** A progress bar on standard error when it is a terminal: bytes of the file size, or rows for standard input. */
function progressFor(file: string, flags: AuditCommandFlags, io: CliIo): ProgressBar | undefined {
  if (!isProgressWanted(flags, io.isStderrTty)) return undefined;
  let totalBytes: number | undefined;
  try {
    if (file !== '-') totalBytes = statSync(path.resolve(io.cwd, file)).size;
  } catch {
    // the reader reports a missing file properly; the bar just has no total
  }
  return createProgressBar({
    label: file === '-' ? 'standard input' : file,
    write: (text) => io.writeStderr(text),
    ...(totalBytes !== undefined ? { totalBytes } : {}),
    ...(io.now ? { now: io.now } : {}),
  });
}

type RunMeta = { tool: ReturnType<typeof toolInfo>; generatedAt: string; command: string[]; configFile?: ConfigFileRecord };

/** The audit of a data file or standard input, with its progress bar and the temporary copy of a spooled input. */
async function auditData(file: string, flags: AuditCommandFlags, io: CliIo, meta: RunMeta & { baseline?: BaselineInput }) {
  const config = resolveConfig(configLayers(flags, io));
  const threads = parseThreads(flags.threads);
  const input = await auditInput(file, flags.inputName, config, io);
  const progress = progressFor(file, flags, io);
  // A note on how the input was read is given once the audit has succeeded: an error stays one line.
  const notes: string[] = [];
  let result: AuditResult;
  try {
    result = await runAudit(config, { ...meta, input: input.source, threads, onNotice: (text) => notes.push(text), ...(progress ? { onProgress: progress.update } : {}) });
  } finally {
    progress?.finish();
    input.remove();
  }
  if (!flags.quiet) for (const text of notes) io.writeStderr(`fairgate: note: ${file}: ${text}\n`);
  return { config, result };
}

/** `--baseline`: the earlier report; the system's refusals (a directory, a loop of links, …) as one line naming it. */
async function readBaselineArgument(file: string, io: CliIo): Promise<BaselineInput> {
  const { readBaseline } = await import('../input/baseline/read-baseline.js');
  try {
    return readBaseline(file, path.resolve(io.cwd, file));
  } catch (error) {
    const known = error instanceof InputError ? undefined : toInputError(file, error);
    if (!(known instanceof InputError)) throw error;
    throw new InputError(file, undefined, `--baseline: ${known.detail.replace('give a CSV file', 'give the JSON report of an earlier run (-o report.json)')}`, { cause: error });
  }
}

/** `fairgate audit`: returns the exit code; throws known errors for the CLI to print. */
export async function auditCommand(file: string | undefined, flags: AuditCommandFlags, io: CliIo): Promise<number> {
  checkEnvironment(io.env);
  checkInputChoice(file, flags, io);
  if (file !== undefined) inputNameOf(file, flags.inputName); // a label beside a file is refused before anything is read
  const outputs = outputSpecs(flags.output ?? [], io);
  const stdoutFormat = (flags.format ?? 'table') as ReporterName;
  const jobSummary = isGithubActions(io.env) ? io.env.GITHUB_STEP_SUMMARY : undefined;
  guardRunFiles(
    {
      ...(file !== undefined ? { data: file } : {}),
      ...(flags.config !== undefined ? { config: flags.config } : {}),
      ...(flags.baseline !== undefined ? { baseline: flags.baseline } : {}),
      ...(flags.fromAggregates ? { aggregates: flags.fromAggregates } : {}),
      outputs: flags.output ?? [],
      writesStdout: !flags.quiet,
      ...(jobSummary ? { jobSummary } : {}),
    },
    io,
  );
  // What only some runs need (baselines, aggregates, reporters, GitHub Actions) is imported when they need it.
  const baseline = flags.baseline === undefined ? undefined : await readBaselineArgument(flags.baseline, io);
  const configFile = findConfigFile(flags.config, io)?.record;
  const meta = { tool: toolInfo(), generatedAt: reportTime(io.env), command: ['fairgate', ...io.argv], ...(configFile ? { configFile } : {}), ...(baseline ? { baseline } : {}) };
  let config: Readonly<AuditConfig>;
  let result: AuditResult;
  if (flags.fromAggregates) {
    const merged = await fromAggregates(flags.fromAggregates, flags, io);
    config = merged.config;
    result = (await import('../pipeline/audit-statistics.js')).auditStatistics(config, merged.stats, meta);
  } else {
    ({ config, result } = await auditData(file!, flags, io, meta));
  }
  const isColor = flags.color !== false && io.isStdoutTty && io.env.NO_COLOR === undefined;
  // Every report is rendered into a temporary before any is put in place (JSON piece by piece as it is written): a failing reporter leaves no file behind.
  const rendered = await renderOutputs(outputs, result, fileContext(flags));
  const stdout = flags.quiet ? [] : await renderPieces(stdoutFormat, 'standard output', result, { ...fileContext(flags), isColor });
  await writeReports(rendered, stdout, io);
  if (isGithubActions(io.env)) {
    const junit = outputs.filter((o) => o.format === 'junit').map((o) => o.shown.replace(/^-o /, ''));
    (await import('./github-actions.js')).publishToGithubActions(result, io, { junit, isLogged: !flags.quiet });
  }
  const code = resultExitCode(result, config);
  // a gate that judged nothing says why, even under --quiet (like an error, it explains the exit code)
  if (isRefusedNoVerdict(result, config)) io.writeStderr(`fairgate: ${noVerdictSentence(result)}\n`);
  return code;
}
