import type { AppealAction } from './appeal-status.ts';
import type { ErrorCode } from './errors.ts';
import type { ActorRole } from './types.ts';

// Who may do what, as data. Pure: no database, unit-tested over the whole matrix.
// Whether the status allows the action is the status machine's business (409), not this (403).

export type Actor = {
  id: number;
  role: ActorRole;
  /** The organisation an executor belongs to. */
  organisationId: number | null;
};

/** What the policy needs to know of an appeal. */
export type AppealScope = {
  executorId: number | null;
  /** The supervisor of the executor organisation (a deputy mayor's sector). */
  executorSupervisorId: number | null;
};

export type PolicyAction = AppealAction | 'view' | 'register';

type Reach = 'all' | 'own_org' | 'sector';

const ALL = 'all' as const;
const OWN = 'own_org' as const;
const SECTOR = 'sector' as const;

// role → action → how far the right reaches. A missing entry is a denial.
const RIGHTS: Readonly<Record<ActorRole, Partial<Record<PolicyAction, Reach>>>> = {
  operator: {
    view: ALL, register: ALL, consult: ALL, reopen: ALL, rate: ALL, comment: ALL,
  },
  inspector: {
    view: ALL, register: ALL, consult: ALL, route: ALL, verify: ALL, return_for_rework: ALL,
    close: ALL, hold: ALL, resume: ALL, reject: ALL, mark_duplicate: ALL, reopen: ALL,
    extend: ALL, comment: ALL, assign: ALL, rate: ALL,
  },
  executor: {
    view: OWN, accept: OWN, decline: OWN, answer: OWN, hold: OWN, resume: OWN, extend: OWN,
    comment: OWN, assign: OWN,
  },
  supervisor: { view: SECTOR, comment: SECTOR },
  analyst: { view: ALL },
  // Writes the knowledge base; appeals are not theirs to see.
  kb_editor: {},
  admin: {
    view: ALL, register: ALL, consult: ALL, route: ALL, accept: ALL, decline: ALL, answer: ALL,
    verify: ALL, return_for_rework: ALL, close: ALL, hold: ALL, resume: ALL, reject: ALL,
    mark_duplicate: ALL, reopen: ALL, extend: ALL, comment: ALL, assign: ALL, rate: ALL,
  },
  // A public channel acts for a citizen who proved the appeal is theirs (its tracking code); it
  // never signs in, so these rights are exercised only through the public routes' checks.
  channel: { view: ALL, register: ALL, rate: ALL, reopen: ALL, comment: ALL },
};

export type Decision = { ok: true } | { ok: false; code: Extract<ErrorCode, 'FORBIDDEN_ROLE' | 'FORBIDDEN_ORGANISATION' | 'FORBIDDEN_SECTOR'> };

const OK: Decision = { ok: true };

/** May `actor` do `action` (to `appeal`, when the action concerns one)? */
export function can(actor: Actor, action: PolicyAction, appeal?: AppealScope): Decision {
  const reach = RIGHTS[actor.role][action];
  if (!reach) return { ok: false, code: 'FORBIDDEN_ROLE' };
  if (reach === 'all' || !appeal) return OK;
  if (reach === 'own_org') {
    return actor.organisationId !== null && appeal.executorId === actor.organisationId ? OK : { ok: false, code: 'FORBIDDEN_ORGANISATION' };
  }
  return appeal.executorSupervisorId === actor.id ? OK : { ok: false, code: 'FORBIDDEN_SECTOR' };
}

/** Which appeals a list may show to the actor: the same rule as can(actor, 'view', …). */
export type ViewScope = { kind: 'all' } | { kind: 'organisation'; organisationId: number } | { kind: 'sector'; supervisorId: number } | { kind: 'none' };

export function viewScope(actor: Actor): ViewScope {
  const reach = RIGHTS[actor.role].view;
  if (reach === 'all') return { kind: 'all' };
  if (reach === 'own_org') return actor.organisationId === null ? { kind: 'none' } : { kind: 'organisation', organisationId: actor.organisationId };
  if (reach === 'sector') return { kind: 'sector', supervisorId: actor.id };
  return { kind: 'none' };
}

/** Roles that manage configuration: catalogue, organisations, users, calendar, API tokens. */
export function canAdminister(actor: Actor): boolean {
  return actor.role === 'admin';
}

/** Who may look people up by phone or IIN and open their card (R26): the lines that talk to them. */
export function canSearchCitizens(actor: Actor): boolean {
  return actor.role === 'operator' || actor.role === 'inspector' || actor.role === 'admin';
}

/** Roles that see a citizen's phone and IIN unmasked (they talk to the citizen). */
export function seesPersonalData(actor: Actor): boolean {
  return actor.role === 'operator' || actor.role === 'inspector' || actor.role === 'executor' || actor.role === 'admin';
}

export function actionsAllowedTo(role: ActorRole): PolicyAction[] {
  return Object.keys(RIGHTS[role]) as PolicyAction[];
}
