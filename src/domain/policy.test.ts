import { describe, expect, it } from 'vitest';
import { ACTIONS } from './appeal-status.ts';
import { can, viewScope, type Actor, type PolicyAction } from './policy.ts';
import { ACTOR_ROLES, type ActorRole as Role } from './types.ts';

const ORG = 10;
const OTHER_ORG = 20;
const SUPERVISOR_ID = 7;

const actor = (role: Role): Actor => ({ id: role === 'supervisor' ? SUPERVISOR_ID : 1, role, organisationId: role === 'executor' ? ORG : null });
const own = { executorId: ORG, executorSupervisorId: SUPERVISOR_ID };
const foreign = { executorId: OTHER_ORG, executorSupervisorId: 99 };

// The expected matrix, written out independently of the policy's table: role → allowed actions.
const LINE2 = ['route', 'verify', 'return_for_rework', 'close', 'hold', 'resume', 'reject', 'mark_duplicate', 'extend', 'assign'];
const EXPECTED: Record<Role, string[]> = {
  operator: ['view', 'register', 'consult', 'reopen', 'rate', 'comment'],
  inspector: ['view', 'register', 'consult', 'reopen', 'rate', 'comment', ...LINE2],
  executor: ['view', 'accept', 'decline', 'answer', 'hold', 'resume', 'extend', 'comment', 'assign'],
  supervisor: ['view', 'comment'],
  analyst: ['view'],
  kb_editor: [],
  admin: ['view', 'register', ...ACTIONS],
  channel: ['view', 'register', 'rate', 'reopen', 'comment'],
};
const SCOPED: Partial<Record<Role, 'FORBIDDEN_ORGANISATION' | 'FORBIDDEN_SECTOR'>> = { executor: 'FORBIDDEN_ORGANISATION', supervisor: 'FORBIDDEN_SECTOR' };

describe('can(actor, action, appeal): the whole matrix', () => {
  const all: PolicyAction[] = ['view', 'register', ...ACTIONS];
  for (const role of ACTOR_ROLES) {
    for (const action of all) {
      const allowed = EXPECTED[role].includes(action);
      it(`${role} ${allowed ? 'may' : 'may not'} ${action}`, () => {
        const onOwn = can(actor(role), action, own);
        const onForeign = can(actor(role), action, foreign);
        if (!allowed) {
          expect(onOwn).toEqual({ ok: false, code: 'FORBIDDEN_ROLE' });
          expect(onForeign).toEqual({ ok: false, code: 'FORBIDDEN_ROLE' });
          return;
        }
        expect(onOwn).toEqual({ ok: true });
        const scoped = SCOPED[role];
        expect(onForeign).toEqual(scoped ? { ok: false, code: scoped } : { ok: true });
      });
    }
  }

  it('an executor without an organisation sees nothing', () => {
    const lost: Actor = { id: 3, role: 'executor', organisationId: null };
    expect(can(lost, 'view', { executorId: null, executorSupervisorId: null })).toEqual({ ok: false, code: 'FORBIDDEN_ORGANISATION' });
    expect(viewScope(lost)).toEqual({ kind: 'none' });
  });

  it('an unrouted appeal is no executor’s and no supervisor’s', () => {
    const unrouted = { executorId: null, executorSupervisorId: null };
    expect(can(actor('executor'), 'view', unrouted).ok).toBe(false);
    expect(can(actor('supervisor'), 'view', unrouted).ok).toBe(false);
    expect(can(actor('operator'), 'view', unrouted).ok).toBe(true);
  });

  it('list scopes follow the same rule as view', () => {
    expect(viewScope(actor('executor'))).toEqual({ kind: 'organisation', organisationId: ORG });
    expect(viewScope(actor('supervisor'))).toEqual({ kind: 'sector', supervisorId: SUPERVISOR_ID });
    for (const r of ['operator', 'inspector', 'analyst', 'admin'] as const) expect(viewScope(actor(r))).toEqual({ kind: 'all' });
  });
});
