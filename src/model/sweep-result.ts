import type { FailOn } from './config.js';

/** The per-group rates a sweep publishes at each threshold. */
export const SWEEP_RATES = ['selection_rate', 'tpr', 'fpr', 'ppv'] as const;
export type SweepRate = (typeof SWEEP_RATES)[number];

/** One group at one threshold; a group masked by small-cell suppression publishes no count or rate (all null). */
export interface SweepGroupPoint {
  key: string;
  n: number | null;
  selected: number | null;
  rates: Record<SweepRate, number | null>;
  /** the value of each judged rule's disparity (or metric) on this group, by rule id */
  rules: Record<string, number | null>;
}

/** Everything the sweep knows at one threshold t (decision = score ≥ t). */
export interface SweepPoint {
  threshold: number;
  /** rows selected overall, and their share of the rows used */
  selected: number;
  selectionRate: number;
  accuracy: number | null;
  /** every judged rule passes on every group (point estimates; inconclusive counts as the audit's exit code would) */
  passes: boolean;
  /** checks by verdict at this threshold (masked groups are judged on their true counts, as in the audit) */
  verdicts: { pass: number; fail: number; warn: number; inconclusive: number };
  attributes: { name: string; groups: SweepGroupPoint[] }[];
}

/**
 * A maximal run of passing thresholds. In `exact` mode every threshold t with
 * `above` < t ≤ `highest` passes (`above` null: every t ≤ `highest`); on a
 * grid only the grid points from `lowest` to `highest` were judged.
 */
export interface PassingRange {
  highest: number;
  lowest: number;
  above?: number | null;
  /** overall rows selected at `highest` and at `lowest` */
  selected: [number, number];
}

/** `--select 20%` or `--select 5000`: a target of overall selection, and the passing threshold nearest it. */
export interface SweepTarget {
  requested: { kind: 'rate'; percent: number } | { kind: 'count'; rows: number };
  /** the target in rows */
  rows: number;
  /** the passing threshold whose overall selection is nearest the target (ties: the higher threshold); null when none passes */
  nearest: { threshold: number; selected: number; selectionRate: number } | null;
  /** the threshold nearest the target whether it passes or not */
  unconstrained: { threshold: number; selected: number; selectionRate: number; passes: boolean };
}

/** A labelled what-if: one threshold per group giving every group the target selection rate (disparate treatment). */
export interface PerGroupWhatIf {
  targetRate: number;
  attributes: {
    name: string;
    groups: { key: string; threshold: number | null; n: number | null; selected: number | null; rates: Record<SweepRate, number | null> }[];
  }[];
}

export interface SweepThresholdInfo {
  mode: 'exact' | 'grid' | 'given';
  /** thresholds evaluated (those selecting nobody are left out) */
  count: number;
  step: number | null;
  /** distinct scores in the data, null when the scores were kept on a grid */
  distinctScores: number | null;
  /** the limit of distinct scores swept exactly */
  exactLimit: number;
  reason?: 'too-many-scores' | 'scores-on-grid';
  /** some group's score map was on a grid (memory budget): its counts at a threshold are off by at most one cell */
  approximateGroups: boolean;
}

export interface SweepResult {
  kind: 'fairgate-sweep';
  schemaVersion: 1;
  tool: { name: string; version: string };
  generatedAt: string;
  command?: string[];
  input: { file: string; sha256: string; bytes: number; rowsRead: number; rowsUsed: number };
  columns: { score: string; label: string };
  groups: string[];
  /** judged rules by id, and the configured rules the sweep leaves to the audit, with why */
  rules: { judged: { id: string; metric: string; bound: { min?: number; max?: number; maxAbs?: number; band?: number } }[]; skipped: { rule: string; why: string }[] };
  judgement: { estimate: 'point'; failOn: FailOn; minGroupSize: number };
  thresholds: SweepThresholdInfo;
  /** the audit's own threshold (`--threshold`), when given, and whether it passes */
  current: { threshold: number; passes: boolean; selected: number } | null;
  points: SweepPoint[];
  passing: PassingRange[];
  target: SweepTarget | null;
  perGroup: PerGroupWhatIf | null;
  /** groups masked by small-cell suppression (k = suppressBelow): their rates are never published */
  suppression: { k: number; masked: { attribute: string; group: string }[] } | null;
}

