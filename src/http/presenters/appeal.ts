import type { AppealRow, TimelineEvent } from '../../app/appeal-queries.ts';
import { availableActions, isOverdue, type Status } from '../../domain/appeal-status.ts';
import { maskIin, maskPhone } from '../../domain/identity.ts';
import { can, seesPersonalData, type Actor } from '../../domain/policy.ts';
import type { Lang } from '../../domain/types.ts';
import { t } from '../../i18n/i18n.ts';
import { localName } from './common.ts';

type Row = NonNullable<AppealRow>;

/** The staff view of an appeal: whitelisted fields, personal data masked for roles that need not see it. */
export function presentAppeal(row: Row, actor: Actor, lang: Lang, now: Date) {
  const a = row.appeal;
  const status = a.status as Status;
  const pii = seesPersonalData(actor);
  const scope = { executorId: a.executorId, executorSupervisorId: row.executor?.supervisorId ?? null };
  return {
    id: a.id,
    number: a.number,
    status,
    statusLabel: t(lang, `status.${status}`),
    channel: a.channel,
    kind: a.kind,
    description: a.description,
    address: a.address,
    houseId: a.houseId,
    districtId: a.districtId,
    location: a.lat !== null && a.lon !== null ? { lat: a.lat, lon: a.lon } : null,
    catalogueItem: row.item ? { id: row.item.id, code: row.item.code, name: localName(row.item, lang) } : null,
    criticality: a.criticality,
    executor: row.executor ? { id: row.executor.id, code: row.executor.code, name: localName(row.executor, lang) } : null,
    responsible: row.responsible ? { id: row.responsible.id, fullName: row.responsible.fullName } : null,
    citizen: row.citizen
      ? {
          id: row.citizen.id,
          fullName: row.citizen.fullName,
          phone: pii ? row.citizen.phone : maskPhone(row.citizen.phone),
          iin: pii ? row.citizen.iin : maskIin(row.citizen.iin),
          email: pii ? row.citizen.email : null,
          lang: row.citizen.lang,
          preferredChannel: row.citizen.preferredChannel,
        }
      : null,
    dueAt: a.dueAt.toISOString(),
    overdue: isOverdue({ status, dueAt: a.dueAt }, now),
    deadlineMode: a.deadlineMode,
    extendedDays: a.extendedDays,
    hold: status === 'on_hold' ? { fromStatus: a.holdFromStatus, remainingMinutes: a.slaRemainingMinutes } : null,
    duplicateOf: a.duplicateOfId,
    resolution: a.resolution,
    itTicket: a.itTicket,
    rating: a.rating,
    ratingComment: a.ratingComment,
    reopenCount: a.reopenCount,
    firstContact: a.firstContact,
    public: a.public,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    answeredAt: a.answeredAt?.toISOString() ?? null,
    closedAt: a.closedAt?.toISOString() ?? null,
    version: a.version,
    /** What this user may do now: the status machine and the policy together. */
    actions: availableActions(status).filter((x) => can(actor, x, scope).ok),
  };
}

export function presentEvent(e: TimelineEvent) {
  return {
    id: e.id,
    at: e.at.toISOString(),
    action: e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    visibility: e.visibility,
    comment: e.comment,
    data: e.data,
    actor: e.actorRole === 'system' ? { id: null, name: null, role: 'system' } : { id: e.actorId, name: e.actorName, role: e.actorRole },
  };
}
