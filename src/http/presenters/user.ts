import type { AuthUser } from '../../app/auth.ts';
import { actionsAllowedTo } from '../../domain/policy.ts';

export function presentMe(u: AuthUser) {
  return { id: u.id, login: u.login, fullName: u.fullName, role: u.role, organisationId: u.organisationId, locale: u.locale, rights: actionsAllowedTo(u.role) };
}

export function presentUser(u: { id: number; login: string; fullName: string; role: string; organisationId: number | null; locale: string; active: boolean; createdAt: Date; lastLoginAt: Date | null }) {
  return {
    id: u.id,
    login: u.login,
    fullName: u.fullName,
    role: u.role,
    organisationId: u.organisationId,
    locale: u.locale,
    active: u.active,
    createdAt: u.createdAt.toISOString(),
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  };
}
