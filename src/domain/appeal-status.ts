// The appeal's status machine for the three lines, in one transition table.
//
//   line 1: registered ──consult──▶ closed (first contact)
//   line 2: registered ──route──▶ routed            (also reroute from routed/accepted/rework)
//   line 3: routed ──accept──▶ accepted ──answer──▶ answered
//   line 2: answered ──verify──▶ verified ──close──▶ closed
//           answered ──return_for_rework──▶ rework ──answer──▶ answered
//   anywhere open: hold ⇄ resume (deadline paused), reject, mark_duplicate, extend, comment, assign
//   citizen: closed ──reopen──▶ reopened (then routed again); rate a closed appeal

export const STATUSES = [
  'registered',
  'routed',
  'accepted',
  'answered',
  'rework',
  'verified',
  'on_hold',
  'reopened',
  'closed',
  'rejected',
  'duplicate',
] as const;
export type Status = (typeof STATUSES)[number];

export const FINAL_STATUSES: readonly Status[] = ['closed', 'rejected', 'duplicate'];
export const OPEN_STATUSES: readonly Status[] = STATUSES.filter((s) => !FINAL_STATUSES.includes(s));
/** Open statuses whose deadline is running (on hold pauses it). */
export const RUNNING_STATUSES: readonly Status[] = OPEN_STATUSES.filter((s) => s !== 'on_hold');

export const ACTIONS = [
  'consult',
  'route',
  'accept',
  'decline',
  'answer',
  'verify',
  'return_for_rework',
  'close',
  'hold',
  'resume',
  'reject',
  'mark_duplicate',
  'reopen',
  'extend',
  'comment',
  'assign',
  'rate',
] as const;
export type AppealAction = (typeof ACTIONS)[number];

/** `same`: the status does not change; `held`: back to the status the appeal was held from. */
type Target = Status | 'same' | 'held';

export const TRANSITIONS: Readonly<Record<AppealAction, { from: readonly Status[]; to: Target }>> = {
  consult: { from: ['registered', 'reopened'], to: 'closed' },
  route: { from: ['registered', 'reopened', 'routed', 'accepted', 'rework'], to: 'routed' },
  accept: { from: ['routed'], to: 'accepted' },
  decline: { from: ['routed', 'accepted'], to: 'registered' },
  answer: { from: ['routed', 'accepted', 'rework'], to: 'answered' },
  verify: { from: ['answered'], to: 'verified' },
  return_for_rework: { from: ['answered', 'verified'], to: 'rework' },
  close: { from: ['verified'], to: 'closed' },
  hold: { from: ['registered', 'routed', 'accepted', 'rework', 'reopened'], to: 'on_hold' },
  resume: { from: ['on_hold'], to: 'held' },
  reject: { from: ['registered', 'routed', 'reopened'], to: 'rejected' },
  mark_duplicate: { from: ['registered', 'routed', 'reopened'], to: 'duplicate' },
  reopen: { from: ['closed'], to: 'reopened' },
  // Only while the work is still to be done: a deadline moved after the answer would turn a late
  // answer into an on-time one in the executors' rating.
  extend: { from: RUNNING_STATUSES.filter((st) => st !== 'answered' && st !== 'verified'), to: 'same' },
  comment: { from: STATUSES, to: 'same' },
  assign: { from: OPEN_STATUSES, to: 'same' },
  rate: { from: ['closed'], to: 'same' },
};

/** The status after `action`, or null when the action is not allowed from `status`. */
export function nextStatus(status: Status, action: AppealAction, heldFrom?: Status | null): Status | null {
  const t = TRANSITIONS[action];
  if (!t.from.includes(status)) return null;
  if (t.to === 'same') return status;
  if (t.to === 'held') return heldFrom ?? 'registered';
  return t.to;
}

export function availableActions(status: Status): AppealAction[] {
  return ACTIONS.filter((a) => TRANSITIONS[a].from.includes(status));
}

/** Overdue = open, deadline running, past dueAt. */
export function isOverdue(a: { status: Status; dueAt: Date }, now: Date): boolean {
  return RUNNING_STATUSES.includes(a.status) && a.dueAt.getTime() < now.getTime();
}
