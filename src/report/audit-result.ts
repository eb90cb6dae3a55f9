import type { AuditConfig, Rule, Severity } from '../config/types.js';
import type { CalibrationBin } from '../core/calibration-bins.js';
import type { DisparityId } from '../metrics/disparity.js';
import type { ReferenceStrategy } from '../metrics/reference.js';
import type { MetricId } from '../metrics/registry.js';
import type { BaselineComparison, Ll144Section, RankingSummary, SelectionSummary } from './sections.js';

export type { BaselineComparison, Ll144Category, Ll144Section, Ll144Table, MetricChange, RankingSummary, SelectionSummary } from './sections.js';

/** The JSON report contract (SPEC §4). Keys may be added; renaming or removing one needs a new version. */
export const SCHEMA_VERSION = 1;

export type Verdict = 'pass' | 'fail' | 'warn' | 'inconclusive' | 'suppressed';
export type RunStatus = 'pass' | 'fail' | 'inconclusive';
export type Interval = [number, number];

export interface DisparityResult {
  value: number | null;
  /** the group key it was measured against (`(overall)` for the population), null when no group qualified */
  reference: string | null;
  /** for a disparity over several metrics (equalized odds): the reference of each */
  references?: Partial<Record<MetricId, string | null>>;
}

export interface GroupResult {
  key: string;
  values: Record<string, string>;
  n: number;
  /** confusion counts, when the run has both a decision and a label */
  tp?: number;
  fp?: number;
  tn?: number;
  fn?: number;
  /** decision-1 rows, when the run has a decision */
  selected?: number;
  /** label-1 rows, when the run has a label */
  positives?: number;
  metrics: Partial<Record<MetricId, number | null>>;
  /** Wilson score intervals of the rates */
  intervals: Partial<Record<MetricId, Interval>>;
  disparities: Partial<Record<DisparityId, DisparityResult>>;
  /** non-empty calibration bins (aggregates), for reliability diagrams */
  calibration?: CalibrationBin[];
  /** AUC computed on a score grid: the largest possible distance to the exact value */
  aucMaxError?: number;
}

export interface AttributeResult {
  name: string;
  columns: string[];
  /** rows analysed for this attribute */
  n: number;
  /** rows left out of this attribute only (empty cell under `--missing drop`) */
  rowsExcluded: number;
  referenceStrategy: ReferenceStrategy | 'explicit';
  /** the reference group chosen for each compared metric */
  references: Partial<Record<MetricId, string | null>>;
  groups: GroupResult[];
}

/** Why a finding has its status; prose comes from `findingText`. */
export type FindingReason =
  | 'within-bound'
  | 'breach'
  | 'small-group'
  | 'small-reference'
  | 'no-reference'
  | 'undefined-value'
  /** maxRegression against `--baseline` */
  | 'regression-within-bound'
  | 'regressed'
  | 'not-in-baseline';

export interface Bound {
  min?: number;
  max?: number;
  maxAbs?: number;
  band?: number;
  /** the largest allowed worsening against the baseline */
  maxRegression?: number;
}

export interface Finding {
  rule: string;
  metric: Rule['metric'];
  attribute: string;
  group: string;
  value: number | null;
  bound: Bound;
  status: Verdict;
  reason: FindingReason;
  severity: Severity;
  /** the reference group of a disparity */
  reference?: string | null;
  /** rows in the group */
  n: number;
  /** regression findings: the baseline's value, after − before, and the worsening in the unfavourable direction */
  baseline?: number | null;
  change?: number | null;
  worsening?: number | null;
  message: string;
}

export interface Notice {
  code:
    | 'rows-dropped'
    | 'unused-positive-value'
    | 'no-rules'
    | 'auc-approximate'
    | 'incomplete-lists'
    | 'selection-ties'
    | 'baseline-groups'
    | 'no-baseline';
  message: string;
}

export interface AuditResult {
  schemaVersion: typeof SCHEMA_VERSION;
  status: RunStatus;
  tool: { name: string; version: string };
  generatedAt: string;
  command?: string[];
  input: {
    file: string;
    sha256: string;
    bytes: number;
    rowsRead: number;
    rowsUsed: number;
    rowsDropped: Record<string, number>;
  };
  config: AuditConfig;
  overall: GroupResult;
  attributes: AttributeResult[];
  findings: Finding[];
  summary: Record<Verdict, number> & { rules: number };
  notices: Notice[];
  /** the score cut-off that made the decision (`--top-k`, `--top-percent`, ll144 scoring rate) */
  selection?: SelectionSummary;
  /** the ranked lists (`--rank`) */
  ranking?: RankingSummary;
  /** tables of presets that publish more than rules */
  presets?: { ll144?: Ll144Section };
  /** the comparison with `--baseline` */
  baseline?: BaselineComparison;
}
