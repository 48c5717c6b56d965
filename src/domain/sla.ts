import type { Criticality, DeadlineRule } from './types.ts';

/**
 * An IT ticket's fix priority (E-Qyzmet regulation, appendix 1) sets its deadline when no
 * catalogue item does (R6): a critical failure in hours, the second line's usual 1–3 days,
 * and the legal default for the rest.
 */
export const IT_PRIORITY_RULES: Readonly<Record<Criticality, DeadlineRule>> = {
  critical: { amount: 4, unit: 'hours', mode: 'calendar' },
  high: { amount: 1, unit: 'days', mode: 'working' },
  medium: { amount: 3, unit: 'days', mode: 'working' },
  low: { amount: 15, unit: 'days', mode: 'working' },
};
