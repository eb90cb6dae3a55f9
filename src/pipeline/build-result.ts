import type { AuditConfig } from '../model/config.js';
import type { TallyTable } from '../core/types.js';
import { OVERALL_GROUP } from '../core/types.js';
import { attributeResult } from '../metrics/attribute-result.js';
import { classOrder } from '../metrics/class-order.js';
import { evaluateClassRules } from '../policy/evaluate-classes.js';
import { groupResult } from '../metrics/group-result.js';
import { compareWithBaseline } from '../policy/baseline/compare.js';
import { evaluateRegressions, sortFindings } from '../policy/baseline/evaluate-regressions.js';
import { intervalSettings } from '../metrics/intervals.js';
import { adjustAcrossReport, judgedTests } from '../metrics/significance.js';
import { evaluateRules } from '../policy/evaluate.js';
import { ll144Section } from '../policy/presets/ll144-section.js';
import { countVerdicts, runStatus } from '../policy/exit-code.js';
import { applySuppression } from '../privacy/apply-suppression.js';
import { planSuppression } from '../privacy/suppression-plan.js';
import type { AuditResult, ConfigFileRecord, InputSourceRecord, ReportedConfig, StatisticsInfo } from '../model/audit-result.js';
import type { Notice, RuleInput } from '../model/notice.js';
import { SCHEMA_VERSION } from '../model/audit-result.js';
import { cutoffRankingBaselineNotices } from './run-notices.js';
import { withLookAlikeGroups } from './look-alike-notices.js';
import { numericAttributeNotices } from './numeric-attribute-notice.js';
import type { BaselineInput } from '../model/baseline.js';
import type { RankingSummary, SelectionSummary } from '../model/sections.js';
import { aucGridNotice } from './auc-notice.js';
import { outcomeGridNotice } from './outcome-notice.js';
import { consentNotices } from './consent-notice.js';
import { auditedTallies } from '../metrics/split-tallies.js';
import { judgeSplits, measureSplits, publishSplits } from './split-sections.js';
import { judgeCandidate, measureCandidate, publishCandidate } from './candidate-audit.js';

/** Facts about the run that are not statistics: provenance, injected for reproducibility. */
export interface RunMeta {
  tool: { name: string; version: string };
  /** ISO-8601; the CLI honours SOURCE_DATE_EPOCH */
  generatedAt: string;
  command?: string[];
  configFile?: ConfigFileRecord;
  input: { file: string; sha256: string; bytes: number; sources?: InputSourceRecord[] };
  notices?: Notice[];
  /** the score cut-off behind the decision (pass 1 of `--top-k`, `--top-percent`, ll144 scoring rate) */
  selection?: SelectionSummary;
  ranking?: RankingSummary;
  /** an earlier report of the same audit */
  baseline?: BaselineInput;
}

function dropNotice(table: TallyTable): Notice[] {
  const dropped = Object.entries(table.rowsDropped);
  if (dropped.length === 0) return [];
  return [{ code: 'rows-dropped', args: { rowsRead: table.rowsRead, dropped: dropped.map(([reason, count]) => ({ reason, count })) } }];
}

/** The config without how the input's text was read (see ReportedConfig). */
function reportedConfig(config: Readonly<AuditConfig>): ReportedConfig {
  const { delimiter: _delimiter, decimalComma: _decimalComma, ...reported } = config as AuditConfig;
  return reported;
}

function statisticsInfo(config: Readonly<AuditConfig>, comparisons: number, exactLimit: number | null): StatisticsInfo {
  return {
    confidence: config.confidence,
    alpha: config.alpha,
    comparisons,
    adjustment: 'holm',
    methods: {
      rate: 'wilson',
      ratio: 'katz-log',
      difference: 'newcombe-hybrid-score',
      auc: 'delong',
      test: 'fisher-exact-if-expected-below-5-else-pooled-z',
      calibration: config.bootstrap ? 'poisson-bootstrap-bias-corrected-percentile' : null,
      ...(config.columns.score !== undefined && config.columns.label !== undefined ? { ece: 'bonferroni-clopper-pearson-bins', calibrationTest: 'hosmer-lemeshow-moment-matched' } as const : {}),
      ...(config.columns.outcome !== undefined ? { outcome: { quantile: 'numpy-linear', mean: 'welch', distribution: 'kolmogorov-smirnov-scipy-auto' } as const } : {}),
      ...(config.columns.decision !== undefined ? { classes: { share: 'wilson', ratio: 'katz-log', divergence: 'jensen-shannon-base-2', test: 'chi-square-scipy-chi2-contingency' } as const } : {}),
    },
    bootstrap: config.bootstrap ? { ...config.bootstrap } : null,
    exactMaps: { memoryMB: config.exactMemoryMB, limit: exactLimit },
  };
}

/** Tallies + config → the complete report object (pure). */
export function buildAuditResult(counted: TallyTable, config: Readonly<AuditConfig>, meta: RunMeta): AuditResult {
  // groups that look alike: named in a notice, or merged under --normalize-values
  const { table, notices: lookAlike } = withLookAlikeGroups(counted, config);
  const caps = table.capabilities;
  classOrder(table.overall, config, meta.input.file); // a multi-class decision needs two classes, and an order that names each
  // Suppression is decided from the tallies first, so that no masked group can be a reference.
  const plan = planSuppression(table, config);
  // The audited attributes come first in the table; the internal intersections of strata and time windows after them.
  const judged = auditedTallies(table).map((a, i) => attributeResult(a, caps, config, new Set(plan?.masks[i]?.keys())));
  const splits = measureSplits(table, config, judged, plan);
  const candidate = measureCandidate(table, config, plan, meta.baseline !== undefined);
  const comparisons = adjustAcrossReport(judged, [...splits.members, ...(candidate?.members ?? [])], judgedTests(config));
  // The verdicts on the unmasked groups decide the status: hiding a group cannot hide its failure (or regression).
  const judgedBaseline = meta.baseline ? compareWithBaseline(judged, meta.baseline) : undefined;
  const splitVerdicts = judgeSplits(splits, judged, config);
  const verdicts = sortFindings([...evaluateRules(judged, config), ...evaluateClassRules(judged, config), ...evaluateRegressions(judged, config, judgedBaseline), ...splitVerdicts.whole, ...(candidate ? judgeCandidate(candidate, judged, config) : [])], config);
  const overallResult = groupResult(OVERALL_GROUP, {}, table.overall, caps, intervalSettings(config.confidence));
  const shown = applySuppression(judged, overallResult, verdicts, plan, config);
  const { attributes, privacy, notices: privacyNotices } = shown;
  const hiddenGroups = (name: string) => plan?.masks[config.groups.indexOf(name)] ?? new Map();
  const published = publishSplits(splits, [...shown.findings, ...splitVerdicts.windows], { table, config, plan, hiddenGroups });
  const findings = published.findings;
  const allVerdicts = [...verdicts, ...splitVerdicts.windows];
  // hidden verdicts of the splits count too (the findings are in the verdicts' order)
  if (privacy) {
    const hidden = allVerdicts.filter((_, i) => findings[i]!.status === 'suppressed');
    privacy.hiddenVerdicts = { fail: hidden.filter((f) => f.status === 'fail').length, inconclusive: hidden.filter((f) => f.status === 'inconclusive').length };
  }
  // The published comparison reads the masked groups: no hidden value appears as a change.
  const baseline = meta.baseline && plan ? compareWithBaseline(attributes, meta.baseline) : judgedBaseline;
  const notices: Notice[] = [...dropNotice(table), ...(meta.notices ?? []), ...lookAlike, ...numericAttributeNotices(table, config), ...privacyNotices, ...cutoffRankingBaselineNotices(config, meta.selection, meta.ranking, baseline), ...aucGridNotice(shown.overall, attributes, { exactMemoryMB: config.exactMemoryMB, exactLimit: table.exactLimit ?? null }), ...outcomeGridNotice(shown.overall, attributes, { exactMemoryMB: config.exactMemoryMB, exactLimit: table.exactLimit ?? null }), ...consentNotices(table, config, plan), ...published.notices];
  if (config.rules.length === 0) {
    notices.push({ code: 'no-rules', args: { inputs: ruleInputs(config) } });
  }
  const ll144 = ll144Section(attributes, config, table.rowsUsed, meta.selection);
  return {
    schemaVersion: SCHEMA_VERSION,
    status: runStatus(allVerdicts),
    tool: meta.tool,
    generatedAt: meta.generatedAt,
    ...(meta.command ? { command: meta.command } : {}),
    ...(meta.configFile ? { configFile: meta.configFile } : {}),
    input: { ...meta.input, rowsRead: table.rowsRead, rowsUsed: table.rowsUsed, rowsDropped: { ...table.rowsDropped } },
    config: reportedConfig(config),
    overall: shown.overall,
    attributes,
    findings,
    summary: { rules: config.rules.length + (config.drift?.length ?? 0), ...countVerdicts(findings) },
    statistics: statisticsInfo(config, comparisons, table.exactLimit ?? null),
    notices,
    ...(meta.selection ? { selection: meta.selection } : {}),
    ...(meta.ranking ? { ranking: meta.ranking } : {}),
    ...(ll144 ? { presets: { ll144 } } : {}),
    ...(baseline ? { baseline } : {}),
    ...(privacy ? { privacy } : {}),
    ...(published.strata ? { strata: published.strata } : {}),
    ...(published.windows ? { windows: published.windows } : {}),
    ...(candidate ? { candidate: publishCandidate(candidate, plan) } : {}),
  };
}

/** The inputs of a run, for the rules its no-rules notice suggests. */
function ruleInputs(config: AuditConfig): RuleInput[] {
  const c = config.columns;
  const has: [RuleInput, boolean][] = [['decision', c.prediction !== undefined || config.threshold !== null], ['label', c.label !== undefined], ['score', c.score !== undefined], ['outcome', c.outcome !== undefined], ['classes', c.decision !== undefined]];
  return has.filter(([, on]) => on).map(([input]) => input);
}
