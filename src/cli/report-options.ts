import { Command, Option } from 'commander';
import type { ReportInfo } from '../model/report-info.js';
import { APPENDIX_LEVELS, PAPERS, type AppendixLevel, type Paper } from '../render/reporters/types.js';

/**
 * The audit's report options: what was audited (the flags of the config's
 * `report:` block, which they refine field by field), the paper and the
 * appendix of the HTML report and its PDF. Kept apart from the other options
 * so that `--help` can group them.
 */
export interface ReportFlags {
  title?: string;
  model?: string;
  modelVersion?: string;
  owner?: string;
  contact?: string;
  purpose?: string;
  decisionContext?: string;
  dataPeriod?: string;
  notes?: string;
  paper?: Paper;
  appendix?: AppendixLevel;
}

/** Each metadata flag, its config key and its help. */
const METADATA: readonly { flag: string; key: keyof ReportInfo & keyof ReportFlags; help: string }[] = [
  { flag: '--title <text>', key: 'title', help: 'report title (default: "Fairness audit of <file>")' },
  { flag: '--model <name>', key: 'model', help: 'the model or system audited' },
  { flag: '--model-version <version>', key: 'modelVersion', help: 'its version' },
  { flag: '--owner <name>', key: 'owner', help: 'who is accountable for the model' },
  { flag: '--contact <text>', key: 'contact', help: 'how to reach the owner (e-mail, team)' },
  { flag: '--purpose <text>', key: 'purpose', help: 'what the model is for' },
  { flag: '--decision-context <text>', key: 'decisionContext', help: 'the decision its output feeds, and who acts on it' },
  { flag: '--data-period <from..to>', key: 'dataPeriod', help: 'when the audited decisions were made, e.g. 2025-01-01..2025-06-30' },
  { flag: '--notes <text>', key: 'notes', help: 'anything else a reviewer should know' },
];

/** `--model-version` for the key `modelVersion`, so messages name the flag as typed. */
export function reportFlagOf(key: string): string | undefined {
  return METADATA.find((m) => m.key === key)?.flag.split(' ')[0];
}

/** Adds the report options to a command (`fairgate audit`). */
export function addReportOptions(command: Command): Command {
  for (const m of METADATA) command.addOption(new Option(m.flag, `report: ${m.help}`));
  command.addOption(new Option('--paper <size>', 'paper of the printed HTML report and the PDF (default a4)').choices(PAPERS));
  command.addOption(new Option('--appendix <level>', 'appendix of the HTML report and the PDF: none, summary (the counts; default) or full (every number and finding)').choices(APPENDIX_LEVELS));
  return command;
}

/** The metadata flags given, as the config's `report:` block (checked with it), or undefined when none was. */
export function reportFlagsBlock(flags: ReportFlags): Record<string, string> | undefined {
  const given = METADATA.filter((m) => flags[m.key] !== undefined).map((m) => [m.key, flags[m.key] as string]);
  return given.length > 0 ? Object.fromEntries(given) : undefined;
}
