import type { GroupTally } from '../../core/types.js';
import type { Capabilities } from '../../model/capabilities.js';

/**
 * A group's consent counts read from a file nest as its rows do: opted out and
 * unknown are disjoint parts of n, and the selected among each are part of
 * both that count and `selected`. Undefined when they do; the first problem otherwise.
 */
export function consentProblem(t: GroupTally, caps: Capabilities): string | undefined {
  const c = t.consent;
  if (!caps.hasConsent) return c ? 'the statistics have consent counts but no consent column' : undefined;
  // a tally of no row may carry no counts (the total of an empty input)
  if (!c) return t.n === 0 ? undefined : 'the statistics have a consent column but this group has no consent counts';
  if (c.optedOut + c.unknown > t.n) return `consent.optedOut + consent.unknown is ${c.optedOut + c.unknown}, more than n (${t.n})`;
  if (c.selectedOptedOut > c.optedOut) return `consent.selectedOptedOut is ${c.selectedOptedOut} but consent.optedOut is ${c.optedOut}`;
  if (c.selectedUnknown > c.unknown) return `consent.selectedUnknown is ${c.selectedUnknown} but consent.unknown is ${c.unknown}`;
  if (c.selectedOptedOut + c.selectedUnknown > t.selected) return `consent.selectedOptedOut + consent.selectedUnknown is ${c.selectedOptedOut + c.selectedUnknown}, more than selected (${t.selected})`;
  return undefined;
}
