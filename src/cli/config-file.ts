import path from 'node:path';
import type { ConfigFileRecord } from '../model/audit-result.js';
import { configFileText } from '../render/provenance.js';
import type { CliIo } from './io.js';
import { locateConfig } from './load-config.js';

/** The config file of a run: where it is, and how the reports and messages name it. */
export interface FoundConfigFile {
  /** absolute path */
  file: string;
  record: ConfigFileRecord;
}

/**
 * The config file a run reads: the one given to --config (named as typed), or
 * the first fairgate.config.{yaml,yml,json} of the working directory (named by
 * its file name); undefined when there is none.
 */
export function findConfigFile(explicit: string | undefined, io: Pick<CliIo, 'cwd'>): FoundConfigFile | undefined {
  const file = locateConfig(explicit, io.cwd);
  if (file === undefined) return undefined;
  return { file, record: explicit !== undefined ? { path: explicit, foundBy: 'flag' } : { path: path.basename(file), foundBy: 'working-directory' } };
}

/**
 * A config that nobody named on the command line is named on standard error
 * before it is applied (unless --quiet): its settings change the verdicts, and
 * whoever runs the command should know where they came from. A config given
 * with --config is named by the command itself; both are in every report.
 */
export function announceConfigFile(found: FoundConfigFile | undefined, io: Pick<CliIo, 'writeStderr'>, isQuiet: boolean): void {
  if (!found || found.record.foundBy === 'flag' || isQuiet) return;
  io.writeStderr(`fairgate: using config ${configFileText(found.record)}\n`);
}
