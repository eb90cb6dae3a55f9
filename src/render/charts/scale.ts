/** A linear map from a domain [d0, d1] to a range [r0, r1] (pixels). */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (x: number) => number {
  const span = d1 - d0 || 1;
  return (x) => r0 + ((x - d0) / span) * (r1 - r0);
}

/** The smallest "nice" step (1, 2 or 5 × 10^k) that cuts [0, max] into at most `maxTicks` pieces. */
export function niceStep(max: number, maxTicks = 5): number {
  const raw = max / maxTicks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw - 1e-12);
  return step ?? 10 * power;
}

/** An axis [0, top] with ticks, where top is the first nice tick at or above `max` (capped at `cap`). */
export function niceAxis(max: number, cap = 1): { top: number; ticks: number[] } {
  const safeMax = Math.min(cap, Math.max(max, 0.01));
  const step = niceStep(safeMax);
  const top = Math.min(cap, Math.ceil(safeMax / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let i = 0; i * step <= top + 1e-9; i++) ticks.push(Number((i * step).toFixed(10)));
  return { top, ticks };
}

/** Pixel numbers for SVG attributes: one decimal, no trailing `.0`, so output is compact and stable. */
export function px(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
