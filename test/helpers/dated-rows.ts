import { seededUniform } from './seeded-uniform.js';

/**
 * A decision table with a date column written every way the period column
 * accepts it (a date; a time without an offset, with `T` or a space; with `Z`,
 * `+HH:MM`, `-HHMM`, `+HH`; fractions of a second with `.` or `,`), near the
 * edges of days, ISO weeks, months, years and the DST changes of Europe, with
 * empty date cells, and a stratum column.
 */
const INSTANTS = [
  '2024-03-31T00:30:00Z', '2024-03-31T01:30:00Z', '2024-10-27T00:59:59Z', '2024-10-27T01:00:00Z', // Paris DST changes
  '2024-12-29T23:30:00Z', '2024-12-30T00:10:00+01:00', '2025-01-05T23:59:00-05:00', '2024-12-31T23:00:00-0100',
  '2024-02-29T12:00:00+14', '2024-03-01T00:00:00.123+09:30', '2024-06-30T22:15:30,5Z', '2024-01-01T04:00:00-08:00',
];
const LOCAL = ['2024-02-29', '2024-12-30', '2025-01-01', '2024-03-31', '2024-07-01 23:59:59', '2024-11-03T01:30', '2020-12-31', '2021-01-03'];

export function datedCsv(rows: number, seed: number): string {
  const random = seededUniform(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const lines = ['g,r,when,d,y,s'];
  for (let i = 0; i < rows; i++) {
    const g = pick(['A', 'A', 'B', 'C']);
    const r = pick(['north', 'south', 'east']);
    const u = random();
    const when = u < 0.05 ? '' : u < 0.55 ? pick(INSTANTS) : pick(LOCAL);
    const rate = g === 'A' ? 0.5 : r === 'north' ? 0.6 : 0.3;
    lines.push(`${g},${r},${when.includes(',') ? `"${when}"` : when},${random() < rate ? 1 : 0},${random() < 0.4 ? 1 : 0},${random().toFixed(3)}`);
  }
  return lines.join('\n') + '\n';
}
