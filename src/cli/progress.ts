import { escapeTerminal } from '../render/escape.js';
import { countOf } from '../util/plural.js';

/** `1,234,567` without locale data, so output is the same everywhere. */
export function groupDigits(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Decimal units, one decimal: `12.3 MB`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}

export interface ProgressState {
  label: string;
  bytes: number;
  rows: number;
  /** file size; undefined for standard input */
  totalBytes?: number;
  elapsedMs: number;
}

const BAR_WIDTH = 24;

/** One line of the progress display (pure): a bar of bytes when the size is known, always rows/s. */
export function formatProgressLine(s: ProgressState): string {
  const seconds = s.elapsedMs / 1000;
  const speed = seconds > 0 ? `${groupDigits(s.rows / seconds)} rows/s` : '';
  const name = Array.from(escapeTerminal(s.label));
  const label = `reading ${name.length > 32 ? `…${name.slice(-31).join('')}` : name.join('')}`;
  if (s.totalBytes === undefined || s.totalBytes <= 0) {
    return [label, countOf(s.rows, 'rows', { format: groupDigits }), formatBytes(s.bytes), speed].filter(Boolean).join('  ');
  }
  const share = Math.min(1, s.bytes / s.totalBytes);
  const filled = Math.round(share * BAR_WIDTH);
  const bar = `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}]`;
  const percent = `${String(Math.floor(share * 100)).padStart(3)} %`;
  return [label, bar, percent, `${formatBytes(s.bytes)} / ${formatBytes(s.totalBytes)}`, speed].filter(Boolean).join('  ');
}

export interface ProgressOptions {
  label: string;
  totalBytes?: number;
  write(text: string): void;
  now?: () => number;
  /** nothing is drawn before this, so short runs stay silent (default 250 ms) */
  delayMs?: number;
  /** at most one redraw per interval (default 100 ms) */
  intervalMs?: number;
}

export interface ProgressBar {
  update(progress: { bytes: number; rows: number }): void;
  /** clears the line if anything was drawn */
  finish(): void;
}

/** A redrawing one-line progress display on a terminal (`\r` + erase to end of line). */
export function createProgressBar(options: ProgressOptions): ProgressBar {
  const now = options.now ?? (() => performance.now());
  const delay = options.delayMs ?? 250;
  const interval = options.intervalMs ?? 100;
  const start = now();
  let lastDraw = -Infinity;
  let hasDrawn = false;
  return {
    update({ bytes, rows }) {
      const t = now();
      if (t - start < delay || t - lastDraw < interval) return;
      lastDraw = t;
      hasDrawn = true;
      const line = formatProgressLine({ label: options.label, bytes, rows, elapsedMs: t - start, ...(options.totalBytes !== undefined ? { totalBytes: options.totalBytes } : {}) });
      options.write(`\r${line}\u001b[K`);
    },
    finish() {
      if (hasDrawn) options.write('\r\u001b[K');
    },
  };
}

/** Whether to show progress: only on a terminal, never with --quiet or --no-progress. */
export function isProgressWanted(flags: { quiet?: boolean; progress?: boolean }, isStderrTty: boolean | undefined): boolean {
  return isStderrTty === true && flags.quiet !== true && flags.progress !== false;
}
