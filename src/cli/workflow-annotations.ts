/** Message text of a workflow command, escaped as @actions/core does: `%`, CR, LF. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value (`title=…`): the data escapes plus `:` and `,`, which end a property. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step
 * (50 per job) and drops the rest without a word (actions/toolkit,
 * docs/problem-matchers.md, "Limitations"). A step that has more prints the
 * first nine of a kind and, tenth, one that says how many more there are and
 * where they are listed.
 */
export const ANNOTATIONS_PER_STEP = 10;

export type AnnotationKind = 'error' | 'warning';

/** One annotation about a rule on one attribute, and how many checks (groups) it covers. */
export interface Annotation {
  kind: AnnotationKind;
  title: string;
  message: string;
  checks: number;
}

const NOUNS: Readonly<Record<AnnotationKind, { rules: string; checks: string }>> = {
  error: { rules: 'failed rules', checks: 'failed checks' },
  warning: { rules: 'rules that warned', checks: 'warnings' },
};

/** `::error title=…::message`, escaped as @actions/core escapes workflow commands. */
export function formatAnnotation(a: Pick<Annotation, 'kind' | 'title' | 'message'>, properties: Readonly<Record<string, string | number>> = {}): string {
  const props = Object.entries({ ...properties, title: a.title }).map(([k, v]) => `${k}=${escapeCommandProperty(String(v))}`);
  return `::${a.kind} ${props.join(',')}::${escapeCommandData(a.message)}\n`;
}

/**
 * The annotations to print, at most ANNOTATIONS_PER_STEP of each kind: when a
 * kind has more, its first nine, then one naming the rest (`where`: the places
 * that list every check, e.g. "the job summary and the JUnit report junit.xml").
 */
export function capAnnotations(annotations: readonly Annotation[], where: string): Annotation[] {
  const out: Annotation[] = [];
  for (const kind of ['error', 'warning'] as const) {
    const all = annotations.filter((a) => a.kind === kind);
    if (all.length <= ANNOTATIONS_PER_STEP) {
      out.push(...all);
      continue;
    }
    const shown = all.slice(0, ANNOTATIONS_PER_STEP - 1);
    const hidden = all.slice(ANNOTATIONS_PER_STEP - 1);
    const checks = hidden.reduce((sum, a) => sum + a.checks, 0);
    // at least two are left out (eleven or more, nine shown), each of at least one check: every count here is plural
    const { rules, checks: noun } = NOUNS[kind];
    out.push(...shown, {
      kind,
      title: `fairgate: ${hidden.length} more annotations of ${rules} (${checks} ${noun}) not shown`,
      message: `GitHub shows ${ANNOTATIONS_PER_STEP} ${kind} annotations per step: the other ${hidden.length} (one per rule and attribute, ${checks} ${noun} in all) are left out here. Every check is listed in ${where}.`,
      checks,
    });
  }
  return out;
}
