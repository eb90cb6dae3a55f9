import { stringify } from 'yaml';
import type { AuditResult } from '../model/audit-result.js';
import { countOf } from '../util/plural.js';

/** One provenance fact: `key` names it in CSV columns and JUnit properties, `label` for people. */
export interface ProvenanceEntry {
  key: string;
  label: string;
  value: string;
}

/** A word is safe for POSIX shells unquoted; anything else is single-quoted. */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** `3 empty label, 1 empty score` or `none`. */
export function describeDropped(rowsDropped: Readonly<Record<string, number>>): string {
  const parts = Object.entries(rowsDropped)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([reason, count]) => `${count} ${reason.replace(/_/g, ' ')}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

/** `fairgate.config.yaml (found in the working directory)`, `audit.yaml (--config)`, or `none (flags and defaults only)`. */
export function configFileText(file: AuditResult['configFile']): string {
  if (!file) return 'none (flags and defaults only)';
  return `${file.path} (${file.foundBy === 'flag' ? '--config' : 'found in the working directory'})`;
}

/** The resolved configuration as compact JSON, keys in a fixed order (for one-line carriers: CSV, JUnit). */
export function configJson(result: AuditResult): string {
  return JSON.stringify(sortKeys(result.config));
}

/** The resolved configuration as YAML, for people (HTML, Markdown). */
export function configYaml(result: AuditResult): string {
  return stringify(sortKeys(result.config), { lineWidth: 0 });
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
}

/**
 * Where a report came from: tool, time, what was audited (model, owner, …), input and its SHA-256, row
 * counts and why rows were left out, the command line, the config file read, the baseline report
 * compared with (`--baseline`), the resolved config.
 * Every format renders this same list, so none can forget a fact.
 */
export function provenanceEntries(result: AuditResult): ProvenanceEntry[] {
  const { input } = result;
  return [
    { key: 'tool', label: 'Tool', value: `${result.tool.name} ${result.tool.version}` },
    { key: 'generated_at', label: 'Generated at', value: result.generatedAt },
    ...reportEntries(result),
    { key: 'input_file', label: 'Input file', value: input.file },
    { key: 'input_sha256', label: 'Input SHA-256', value: input.sha256 },
    { key: 'input_bytes', label: 'Input size (bytes)', value: String(input.bytes) },
    { key: 'rows_read', label: 'Rows read', value: String(input.rowsRead) },
    { key: 'rows_used', label: 'Rows audited', value: String(input.rowsUsed) },
    { key: 'rows_dropped', label: 'Rows left out (reason)', value: describeDropped(input.rowsDropped) },
    { key: 'command', label: 'Command line', value: result.command ? result.command.map(shellQuote).join(' ') : '(not recorded)' },
    { key: 'config_file', label: 'Config file', value: configFileText(result.configFile) },
    ...(result.baseline ? [{ key: 'baseline', label: 'Baseline report', value: `${result.baseline.file} (generated ${result.baseline.generatedAt}, input SHA-256 ${result.baseline.sha256})` }] : []),
    ...privacyEntries(result),
    { key: 'config', label: 'Resolved configuration', value: configJson(result) },
  ];
}

/** What was audited (the config's `report:` block), as given; the data period in ISO 8601 (`2025-01-01/2025-06-30`). */
function reportEntries(result: AuditResult): ProvenanceEntry[] {
  const r = result.config.report;
  if (!r) return [];
  const entries: [string, string, string | undefined][] = [
    ['report_title', 'Report title', r.title],
    ['model', 'Model', r.model],
    ['model_version', 'Model version', r.modelVersion],
    ['owner', 'Owner', r.owner],
    ['contact', 'Contact', r.contact],
    ['purpose', 'Purpose', r.purpose],
    ['decision_context', 'Decision context', r.decisionContext],
    ['data_period', 'Data period', r.dataPeriod ? `${r.dataPeriod.from}/${r.dataPeriod.to}` : undefined],
    ['notes', 'Notes', r.notes],
  ];
  return entries.filter((e): e is [string, string, string] => e[2] !== undefined).map(([key, label, value]) => ({ key, label, value }));
}

/** What small-cell suppression hid, when it was on: the same facts as the JSON `privacy` section. */
function privacyEntries(result: AuditResult): ProvenanceEntry[] {
  const p = result.privacy;
  if (!p) return [];
  const { primary, secondary } = p.groupsMasked;
  return [
    {
      key: 'suppressed_groups',
      label: `Groups hidden (fewer than ${countOf(p.suppressBelow, 'rows')} / complementary)`,
      value: `${primary + secondary} (${primary} / ${secondary}), ${countOf(p.rowsMasked, 'rows')} counted per attribute`,
    },
  ];
}
