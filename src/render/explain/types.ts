/** What `fairgate explain <metric>` prints beyond the registry's title and formula. */
export interface Explanation {
  /** a fuller statement of the registry's formula, shown instead of it when given */
  formula?: string;
  /** what the number says, in a sentence or two */
  meaning: string;
  /** when the value is undefined (null in the JSON report) */
  undefinedWhen: string;
  /** legal or scholarly context, when there is a recognised one */
  context?: readonly string[];
  /** a typical rule on the command line */
  example?: string;
}
