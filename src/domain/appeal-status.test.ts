import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONS, availableActions, FINAL_STATUSES, isOverdue, nextStatus, STATUSES, type AppealAction, type Status } from './appeal-status.ts';

describe('status machine', () => {
  it('walks the three lines: register → route → accept → answer → verify → close', () => {
    let s: Status = 'registered';
    for (const [a, to] of [['route', 'routed'], ['accept', 'accepted'], ['answer', 'answered'], ['verify', 'verified'], ['close', 'closed']] as const) {
      s = nextStatus(s, a) ?? (() => { throw new Error(`${a} refused from ${s}`); })();
      expect(s).toBe(to);
    }
  });

  it('rework loops back to answered; consultation closes at once', () => {
    expect(nextStatus('answered', 'return_for_rework')).toBe('rework');
    expect(nextStatus('rework', 'answer')).toBe('answered');
    expect(nextStatus('registered', 'consult')).toBe('closed');
  });

  it('resume returns to the status it was held from', () => {
    expect(nextStatus('accepted', 'hold')).toBe('on_hold');
    expect(nextStatus('on_hold', 'resume', 'accepted')).toBe('accepted');
    expect(nextStatus('on_hold', 'resume', 'routed')).toBe('routed');
  });

  it('refuses what the table does not allow', () => {
    expect(nextStatus('registered', 'close')).toBeNull();
    expect(nextStatus('closed', 'answer')).toBeNull();
    expect(nextStatus('rejected', 'reopen')).toBeNull();
    expect(nextStatus('on_hold', 'extend')).toBeNull();
    // After the answer the deadline is history: extending then would rewrite the rating.
    expect(nextStatus('answered', 'extend')).toBeNull();
    expect(nextStatus('verified', 'extend')).toBeNull();
    expect(nextStatus('accepted', 'extend')).toBe('accepted');
    expect(nextStatus('routed', 'rate')).toBeNull();
  });

  it('final statuses allow only comments, and closed also reopen and rate', () => {
    for (const s of FINAL_STATUSES) {
      const expected = s === 'closed' ? ['reopen', 'comment', 'rate'] : ['comment'];
      expect(availableActions(s).sort()).toEqual(expected.sort());
    }
  });

  it('never leads to a status outside the list, whatever the sequence', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ACTIONS), { maxLength: 40 }), (actions: AppealAction[]) => {
        let s: Status = 'registered';
        let held: Status | null = null;
        for (const a of actions) {
          const n = nextStatus(s, a, held);
          if (n === null) continue;
          if (a === 'hold') held = s;
          s = n;
          expect(STATUSES).toContain(s);
          expect(s).not.toBe(a === 'resume' ? 'on_hold' : '__never__');
        }
      }),
    );
  });

  it('overdue means open, running and past the deadline', () => {
    const now = new Date('2026-03-02T10:00:00Z');
    const past = new Date('2026-03-01T10:00:00Z');
    const future = new Date('2026-03-03T10:00:00Z');
    expect(isOverdue({ status: 'routed', dueAt: past }, now)).toBe(true);
    expect(isOverdue({ status: 'routed', dueAt: future }, now)).toBe(false);
    expect(isOverdue({ status: 'closed', dueAt: past }, now)).toBe(false);
    expect(isOverdue({ status: 'on_hold', dueAt: past }, now)).toBe(false);
  });
});
