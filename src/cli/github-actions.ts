import { appendFileSync } from 'node:fs';
import type { AuditResult } from '../model/audit-result.js';
import type { Finding } from '../model/finding.js';
import { findingSentence } from '../render/prose/finding-sentence.js';
import { isRegressionFinding, ruleLabel } from '../render/verdicts.js';
import { renderMarkdown } from '../render/reporters/markdown.js';
import { escapeTerminal } from '../render/escape.js';
import { isRefusedNoVerdict } from '../policy/exit-code.js';
import { noVerdictSentence } from '../render/prose/no-verdict-sentence.js';
import { isGithubActions, type CliIo } from './io.js';
import { describeWriteCause } from './output-error.js';
import { capAnnotations, formatAnnotation, type Annotation } from './workflow-annotations.js';

export { escapeCommandData, escapeCommandProperty } from './workflow-annotations.js';

/**
 * One `::error` (fail) or `::warning` (warn) per rule × attribute, listing the
 * groups as sentences (one per group would hide most of them on a large audit),
 * capped at GitHub's per-step limit with a last one that says where the rest
 * are: `where` names the places that list every check.
 */
export function workflowCommands(result: AuditResult, where = 'the job summary'): string[] {
  const batches = new Map<string, Finding[]>();
  for (const f of result.findings) {
    if (f.status !== 'fail' && f.status !== 'warn') continue;
    const key = `${f.status}\u0000${f.rule}\u0000${f.attribute}\u0000${isRegressionFinding(f)}`;
    batches.set(key, [...(batches.get(key) ?? []), f]);
  }
  const annotations = [...batches.values()].map((list): Annotation => {
    const first = list[0]!;
    const verb = first.status === 'fail' ? 'failed' : 'warned';
    // the runner's log shows these lines: what came from the data is made visible first (no ESC, bidi, line break, invisible character)
    return {
      kind: first.status === 'fail' ? 'error' : 'warning',
      title: escapeTerminal(`fairgate: ${ruleLabel(first, result.config.rules)} ${verb} for ${list.length} group${list.length === 1 ? '' : 's'} of ${first.attribute}`),
      message: list.map((f) => escapeTerminal(findingSentence(f, result, 'plain'))).join('\n'),
      checks: list.length,
    };
  });
  // a run with rules that judged nothing exits 3: its one `::error` says why, before any other
  const noVerdict: Annotation[] = isRefusedNoVerdict(result, result.config)
    ? [{ kind: 'error', title: 'fairgate: no check could be judged', message: noVerdictSentence(result), checks: result.findings.length }]
    : [];
  return [...noVerdict.map((a) => formatAnnotation(a)), ...capAnnotations(annotations, where).map((a) => formatAnnotation(a))];
}

/** What else of the run lists every check, for the annotation that stands for those left out. */
export interface ListedElsewhere {
  /** the JUnit reports written (-o *.xml), as given */
  junit?: readonly string[];
  /** the report on standard output, in the step's log (not --quiet) */
  isLogged?: boolean;
}

function placesOf(hasSummary: boolean, elsewhere: ListedElsewhere): string {
  const places = [
    ...(hasSummary ? ['the job summary'] : []),
    ...(elsewhere.junit ?? []).map((j) => `the JUnit report ${j}`),
    ...(elsewhere.isLogged ? ["this step's log"] : []),
  ];
  if (places.length === 0) return 'the reports of the run (write one with -o report.md or -o junit.xml)';
  return places.length === 1 ? places[0]! : `${places.slice(0, -1).join(', ')} and ${places.at(-1)}`;
}

/**
 * Under GitHub Actions: append the Markdown report to the job summary and print
 * annotations. They go to standard error, which the runner reads for workflow
 * commands as it does standard output, so `--format json > report.json` stays clean.
 */
export function publishToGithubActions(result: AuditResult, io: CliIo, elsewhere: ListedElsewhere = {}): void {
  if (!isGithubActions(io.env)) return;
  const summary = io.env.GITHUB_STEP_SUMMARY;
  let hasSummary = false;
  if (summary) {
    try {
      appendFileSync(summary, `${renderMarkdown(result, { isColor: false })}\n`);
      hasSummary = true;
    } catch (error) {
      // a warning, not an error: the reports are written and the verdict stands
      io.writeStderr(`fairgate: could not append the job summary to GITHUB_STEP_SUMMARY (${escapeTerminal(summary)}): ${describeWriteCause(error).what}\n`);
    }
  }
  for (const line of workflowCommands(result, placesOf(hasSummary, elsewhere))) io.writeStderr(line);
}
