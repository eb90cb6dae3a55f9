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

/** One answer of `fairgate explain <topic>` that is not a metric: a verdict, a reason, a rule option, a preset, a reference strategy. */
export interface Topic {
  /** one line, for the lists */
  summary: string;
  /** paragraphs, wrapped when printed */
  body: readonly string[];
  /** how it is written, in a config file or on the command line */
  example?: string;
  /** related topics, by name */
  seeAlso?: readonly string[];
}

/** A family of topics, listed together by `fairgate explain` and answered as a whole by its own name. */
export interface TopicFamily {
  /** the family's own topic name (`verdicts`, `reasons`, …) and other names for it */
  names: readonly string[];
  heading: string;
  /** what one topic of the family is, after its name: `inconclusive — verdict: …` */
  kind: string;
  /** what the family is, before its members are listed */
  intro: string;
  topics: ReadonlyMap<string, Topic>;
}
