import { appendFileSync } from 'node:fs';
import type { AuditResult } from '../model/audit-result.js';
import type { Finding } from '../model/finding.js';
import { findingSentence } from '../render/prose/finding-sentence.js';
import { isRegressionFinding, ruleLabel } from '../render/verdicts.js';
import { renderMarkdown } from '../render/reporters/markdown.js';
import { escapeTerminal } from '../render/escape.js';
import { isGithubActions, type CliIo } from './io.js';
import { describeWriteCause } from './output-error.js';

/** Message text of a workflow command, escaped as @actions/core does: `%`, CR, LF. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value (`title=…`): the data escapes plus `:` and `,`, which end a property. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One `::error` (fail) or `::warning` (warn) per rule × attribute, listing the
 * groups as sentences: GitHub shows at most 10 annotations of a kind per step,
 * so one per group would hide most of them on a large audit.
 */
export function workflowCommands(result: AuditResult): string[] {
  const batches = new Map<string, Finding[]>();
  for (const f of result.findings) {
    if (f.status !== 'fail' && f.status !== 'warn') continue;
    const key = `${f.status}\u0000${f.rule}\u0000${f.attribute}\u0000${isRegressionFinding(f)}`;
    batches.set(key, [...(batches.get(key) ?? []), f]);
  }
  return [...batches.values()].map((list) => {
    const first = list[0]!;
    const command = first.status === 'fail' ? 'error' : 'warning';
    const verb = first.status === 'fail' ? 'failed' : 'warned';
    const title = `fairgate: ${ruleLabel(first, result.config.rules)} ${verb} for ${list.length} group${list.length === 1 ? '' : 's'} of ${first.attribute}`;
    // the runner's log shows these lines: what came from the data is made visible first (no ESC, bidi, line break, invisible character)
    const body = list.map((f) => escapeTerminal(findingSentence(f, result, 'plain'))).join('\n');
    return `::${command} title=${escapeCommandProperty(escapeTerminal(title))}::${escapeCommandData(body)}\n`;
  });
}

/**
 * Under GitHub Actions: append the Markdown report to the job summary and print
 * annotations. They go to standard error, which the runner reads for workflow
 * commands as it does standard output, so `--format json > report.json` stays clean.
 */
export function publishToGithubActions(result: AuditResult, io: CliIo): void {
  if (!isGithubActions(io.env)) return;
  const summary = io.env.GITHUB_STEP_SUMMARY;
  if (summary) {
    try {
      appendFileSync(summary, `${renderMarkdown(result, { isColor: false })}\n`);
    } catch (error) {
      // a warning, not an error: the reports are written and the verdict stands
      io.writeStderr(`fairgate: could not append the job summary to GITHUB_STEP_SUMMARY (${escapeTerminal(summary)}): ${describeWriteCause(error).what}\n`);
    }
  }
  for (const line of workflowCommands(result)) io.writeStderr(line);
}
