import type { AuditConfig, Rule, Severity } from '../config/types.js';
import type { CalibrationBin } from '../core/calibration-bins.js';
import type { DisparityId } from '../metrics/disparity.js';
import type { ReferenceStrategy } from '../metrics/reference.js';
import type { MetricId } from '../metrics/registry.js';

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
export type FindingReason = 'within-bound' | 'breach' | 'small-group' | 'small-reference' | 'no-reference' | 'undefined-value';

export interface Bound {
  min?: number;
  max?: number;
  maxAbs?: number;
  band?: number;
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
  message: string;
}

export interface Notice {
  code: 'rows-dropped' | 'unused-positive-value' | 'no-rules' | 'auc-approximate';
  message: string;
}

/** One file of statistics an audit read (an aggregate or a warehouse query's result). */
export interface InputSourceRecord {
  file: string;
  sha256: string;
  bytes: number;
  kind: 'aggregate' | 'sql-result';
  /** for an aggregate: the data file it was computed from */
  data?: { file: string; sha256: string; bytes: number };
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
    /**
     * With --from-aggregates: each file of statistics read, in order, and the
     * data it summarises; `file`, `sha256` and `bytes` then describe those files.
     */
    sources?: InputSourceRecord[];
  };
  config: AuditConfig;
  overall: GroupResult;
  attributes: AttributeResult[];
  findings: Finding[];
  summary: Record<Verdict, number> & { rules: number };
  notices: Notice[];
}
