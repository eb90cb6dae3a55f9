/**
 * Splits `race+sex` into its columns. A module of its own so that the tally
 * worker threads, which need only this, do not load the config resolver.
 */
export function attributeColumns(attribute: string): string[] {
  return attribute.split('+').map((c) => c.trim());
}
