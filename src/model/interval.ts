/** A two-sided confidence interval [lower, upper]. */
export type Interval = [number, number];

/** A proportion as its two counts: successes out of trials. */
export interface Proportion {
  successes: number;
  trials: number;
}
