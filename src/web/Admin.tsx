import { useCallback, useContext, useEffect, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { CHANNELS, CRITICALITIES, ORG_TYPES, ROLES } from '../domain/types.ts';
import { LOCALE } from '../i18n/numbers.ts';
import { api, ApiError, apiFetch, responseError, type Org } from './api.ts';
import { formatDateTime, I18n, useT, type Key } from './i18n.tsx';

type Names = { ru: string; kk: string; en: string };
type Node = { id: number; code: string; level: string; parentId: number | null; name: string; names: Names; criticality: string | null; deadline: { amount: number; unit: string; mode: string } | null; executorId: number | null; active: boolean };
type OrgFull = Org & { names: Names; supervisorId: number | null; parentId: number | null; active: boolean };
type User = { id: number; login: string; fullName: string; role: string; organisationId: number | null; active: boolean; lastLoginAt: string | null };
type Open311Key = { id: number; name: string; channel: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null; active: boolean };
type Day = { date: string; working: boolean; kind: 'holiday' | 'workday' | null; name: Names | null };

const TABS = ['catalogue', 'organisations', 'users', 'open311', 'calendar'] as const;

/** Administration: catalogue, organisations, users, Open311 keys and the working calendar. */
export function Admin() {
  const t = useT();
  const [tab, setTab] = useState<(typeof TABS)[number]>('catalogue');
  return (
    <section className="admin">
      <div role="tablist" className="toolbar" aria-label={t('ui.nav.admin')}>
        <div>
          {TABS.map((x) => (
            <button key={x} role="tab" type="button" aria-selected={tab === x} className={tab === x ? 'chip active' : 'chip'} onClick={() => setTab(x)}>
              {t(`ui.admin.${x}` as Key)}
            </button>
          ))}
        </div>
      </div>
      {tab === 'catalogue' && <CatalogueAdmin />}
      {tab === 'organisations' && <OrganisationsAdmin />}
      {tab === 'users' && <UsersAdmin />}
      {tab === 'open311' && <Open311KeysAdmin />}
      {tab === 'calendar' && <CalendarAdmin />}
    </section>
  );
}

/** Shows the result of a save: the server's message in the user's language. */
function useStatus() {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async (fn: () => Promise<unknown>, okText: string) => {
    setStatus(null);
    try {
      await fn();
      setStatus({ ok: true, text: okText });
      return true;
    } catch (err) {
      setStatus({ ok: false, text: err instanceof ApiError ? err.message : String(err) });
      return false;
    }
  };
  const view = status && (
    <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'okmsg' : 'error'}>
      {status.text}
    </p>
  );
  return { run, view };
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label>
      {label}
      {children}
    </label>
  );
}

/** Form state with one change handler for inputs, selects and checkboxes. */
function useForm<T extends Record<string, string | boolean>>(initial: T) {
  const [v, setV] = useState(initial);
  const set = (k: keyof T) => (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setV((x) => ({ ...x, [k]: e.target.type === 'checkbox' ? (e.target as HTMLInputElement).checked : e.target.value }));
  return [v, set] as const;
}

/** The three names every record has, in Russian, Kazakh and English. */
function NameFields({ v, set }: { v: { nameRu: string; nameKk: string; nameEn: string }; set: (k: 'nameRu' | 'nameKk' | 'nameEn') => (e: ChangeEvent<HTMLInputElement>) => void }) {
  const t = useT();
  return (
    <>
      <Field label={t('ui.admin.name_ru')}>
        <input required value={v.nameRu} onChange={set('nameRu')} />
      </Field>
      <Field label={t('ui.admin.name_kk')}>
        <input required value={v.nameKk} onChange={set('nameKk')} />
      </Field>
      <Field label={t('ui.admin.name_en')}>
        <input required value={v.nameEn} onChange={set('nameEn')} />
      </Field>
    </>
  );
}

function OrgSelect({ value, onChange, orgs }: { value: string; onChange: (e: ChangeEvent<HTMLSelectElement>) => void; orgs: OrgFull[] }) {
  return (
    <select value={value} onChange={onChange}>
      <option value="" />
      {orgs.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </select>
  );
}

/** An <input type=file> handler that posts a CSV and reports every bad row the server names. */
function csvImporter(url: string, lang: string, run: ReturnType<typeof useStatus>['run'], okText: string, after: () => void) {
  return async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    const text = await file.text();
    e.target.value = '';
    await run(async () => {
      const res = await apiFetch(`/api/v1${url}`, { method: 'POST', headers: { 'content-type': 'text/csv', 'accept-language': lang }, body: text });
      const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string; details?: { row?: number; path: string; message: string }[] } } | null;
      if (!res.ok) {
        const error = responseError(res, body);
        const rows = (body?.error?.details ?? []).slice(0, 10).map((d) => `${d.row ?? ''}:${d.path} — ${d.message}`);
        throw new ApiError(error.status, error.code, [error.message, ...rows].join('\n'));
      }
      after();
    }, okText);
  };
}

function useOrgs() {
  const [orgs, setOrgs] = useState<OrgFull[]>([]);
  const { lang } = useContext(I18n);
  const reload = useCallback(() => {
    api<{ items: OrgFull[] }>('GET', '/organisations').then((r) => setOrgs(r.items.sort((a, b) => a.name.localeCompare(b.name))));
  }, []);
  useEffect(reload, [reload, lang]);
  return { orgs, reload };
}

function CatalogueAdmin() {
  const t = useT();
  const { lang } = useContext(I18n);
  const { orgs } = useOrgs();
  const [q, setQ] = useState('');
  const [items, setItems] = useState<Node[]>([]);
  const [edit, setEdit] = useState<Node | null>(null);
  // Browsing: the path from a sphere down (empty = the spheres); a search looks everywhere.
  const [path, setPath] = useState<Node[]>([]);
  const { run, view } = useStatus();
  const parent = path[path.length - 1];
  const load = useCallback(() => {
    const where = q.trim() ? `&q=${encodeURIComponent(q.trim())}` : parent ? `&parentId=${parent.id}` : '&level=sphere';
    api<{ items: Node[] }>('GET', `/catalogue?limit=500${where}`).then((r) => setItems(r.items));
  }, [q, parent]);
  useEffect(() => {
    const timer = setTimeout(load, 200);
    return () => clearTimeout(timer);
  }, [load, lang]);

  const importCsv = csvImporter('/catalogue/import', lang, run, t('ui.admin.saved'), load);

  return (
    <div className="admin-grid">
      <div className="panel">
        <div className="toolbar">
          <input type="search" aria-label={t('ui.admin.search')} placeholder={t('ui.admin.search')} value={q} onChange={(e) => setQ(e.target.value)} />
          <div className="row">
            <a href="/api/v1/catalogue/export.csv" download>
              {t('ui.admin.export_csv')}
            </a>
            <label className="filebtn">
              {t('ui.admin.import_csv')}
              <input type="file" accept=".csv,text/csv" onChange={importCsv} />
            </label>
          </div>
        </div>
        {view}
        {!q.trim() && path.length > 0 && (
          <nav aria-label={t('ui.admin.catalogue')} className="crumbs">
            <button type="button" className="link-btn" onClick={() => setPath([])}>
              {t('ui.admin.catalogue')}
            </button>
            {path.map((n, i) => (
              <span key={n.id}>
                {' / '}
                <button type="button" className="link-btn" onClick={() => setPath(path.slice(0, i + 1))}>
                  {n.name}
                </button>
              </span>
            ))}
          </nav>
        )}
        <table className="appeals">
          <thead>
            <tr>
              <th>{t('ui.admin.code')}</th>
              <th>{t('ui.admin.level')}</th>
              <th>{t('ui.col.category')}</th>
              <th>{t('ui.admin.criticality')}</th>
              <th>{t('ui.admin.deadline')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((n) => (
              <tr key={n.id} className={edit?.id === n.id ? 'selected' : ''}>
                <td>
                  <button type="button" className="link-btn" onClick={() => setEdit(n)}>
                    {n.code}
                  </button>
                </td>
                <td>{t(`ui.level.${n.level}` as Key)}</td>
                <td>
                  {n.level === 'item' ? (
                    n.name
                  ) : (
                    <button type="button" className="link-btn" onClick={() => { setQ(''); setPath(q.trim() ? [n] : [...path, n]); }}>
                      {n.name} ▸
                    </button>
                  )}
                </td>
                <td>{n.criticality ? t(`ui.criticality.${n.criticality}` as Key) : ''}</td>
                <td>{n.deadline ? `${n.deadline.amount} ${t(n.deadline.unit === 'hours' ? 'ui.admin.unit_hours' : 'ui.admin.unit_days')} (${t(n.deadline.mode === 'working' ? 'ui.admin.mode_working' : 'ui.admin.mode_calendar')})` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {edit && <NodeForm key={edit.id} node={edit} orgs={orgs} onSaved={load} />}
    </div>
  );
}

function NodeForm({ node, orgs, onSaved }: { node: Node; orgs: OrgFull[]; onSaved: () => void }) {
  const t = useT();
  const [v, set] = useForm({
    nameRu: node.names.ru,
    nameKk: node.names.kk,
    nameEn: node.names.en,
    criticality: node.criticality ?? '',
    amount: node.deadline ? String(node.deadline.amount) : '',
    unit: node.deadline?.unit ?? 'days',
    mode: node.deadline?.mode ?? 'working',
    executorId: node.executorId ? String(node.executorId) : '',
    active: node.active,
  });
  const { run, view } = useStatus();
  const item = node.level === 'item';
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const body = {
      nameRu: v.nameRu,
      nameKk: v.nameKk,
      nameEn: v.nameEn,
      active: v.active,
      ...(item && {
        criticality: v.criticality || null,
        executorId: v.executorId ? Number(v.executorId) : null,
        ...(v.amount ? { deadlineAmount: Number(v.amount), deadlineUnit: v.unit, deadlineMode: v.mode } : { deadlineAmount: null, deadlineUnit: null, deadlineMode: null }),
      }),
    };
    if (await run(() => api('PATCH', `/catalogue/${node.id}`, body), t('ui.admin.saved'))) onSaved();
  };
  return (
    <form className="panel admin-form" onSubmit={save} aria-label={`${t('ui.admin.edit')} ${node.code}`}>
      <h2>{node.code}</h2>
      <NameFields v={v} set={set} />
      {item && (
        <>
          <Field label={t('ui.admin.criticality')}>
            <select value={v.criticality} onChange={set('criticality')}>
              <option value="" />
              {CRITICALITIES.map((c) => (
                <option key={c} value={c}>
                  {t(`ui.criticality.${c}` as Key)}
                </option>
              ))}
            </select>
          </Field>
          <fieldset className="grid3">
            <legend>{t('ui.admin.deadline')}</legend>
            <Field label={t('ui.admin.amount')}>
              <input type="number" min={0} max={10000} value={v.amount} onChange={set('amount')} />
            </Field>
            <Field label="&nbsp;">
              <select value={v.unit} onChange={set('unit')} aria-label={t('ui.admin.deadline')}>
                <option value="hours">{t('ui.admin.unit_hours')}</option>
                <option value="days">{t('ui.admin.unit_days')}</option>
              </select>
            </Field>
            <Field label="&nbsp;">
              <select value={v.mode} onChange={set('mode')} aria-label={t('ui.admin.deadline')}>
                <option value="working">{t('ui.admin.mode_working')}</option>
                <option value="calendar">{t('ui.admin.mode_calendar')}</option>
              </select>
            </Field>
          </fieldset>
          <Field label={t('ui.intake.executor')}>
            <OrgSelect value={v.executorId} onChange={set('executorId')} orgs={orgs} />
          </Field>
        </>
      )}
      <label className="check">
        <input type="checkbox" checked={v.active} onChange={set('active')} /> {t('ui.admin.active')}
      </label>
      {view}
      <button type="submit" className="primary">
        {t('ui.admin.save')}
      </button>
    </form>
  );
}

function OrganisationsAdmin() {
  const t = useT();
  const { orgs, reload } = useOrgs();
  const [users, setUsers] = useState<User[]>([]);
  const [q, setQ] = useState('');
  const [edit, setEdit] = useState<OrgFull | 'new' | null>(null);
  const { lang } = useContext(I18n);
  const { run, view } = useStatus();
  const importCsv = csvImporter('/organisations/import', lang, run, t('ui.admin.saved'), reload);
  useEffect(() => {
    api<{ items: User[] }>('GET', '/users?role=supervisor').then((r) => setUsers(r.items));
  }, []);
  const shown = orgs.filter((o) => !q.trim() || `${o.code} ${o.name}`.toLowerCase().includes(q.trim().toLowerCase()));
  const supName = (id: number | null) => users.find((u) => u.id === id)?.fullName ?? '';
  return (
    <div className="admin-grid">
      <div className="panel">
        <div className="toolbar">
          <input type="search" aria-label={t('ui.admin.search')} placeholder={t('ui.admin.search')} value={q} onChange={(e) => setQ(e.target.value)} />
          <div className="row">
            <label className="filebtn">
              {t('ui.admin.import_csv')}
              <input type="file" accept=".csv,text/csv" onChange={importCsv} />
            </label>
            <button type="button" onClick={() => setEdit('new')}>
              {t('ui.admin.new')}
            </button>
          </div>
        </div>
        {view}
        <table className="appeals">
          <thead>
            <tr>
              <th>{t('ui.admin.code')}</th>
              <th>{t('ui.admin.type')}</th>
              <th>{t('ui.admin.organisation')}</th>
              <th>{t('ui.admin.supervisor')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((o) => (
              <tr key={o.id}>
                <td>
                  <button type="button" className="link-btn" onClick={() => setEdit(o)}>
                    {o.code}
                  </button>
                </td>
                <td>{t(`ui.orgtype.${o.type}` as Key)}</td>
                <td>{o.name}</td>
                <td>{supName(o.supervisorId)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {edit && <OrgForm key={edit === 'new' ? 'new' : edit.id} org={edit === 'new' ? null : edit} supervisors={users} onSaved={reload} />}
    </div>
  );
}

function OrgForm({ org, supervisors, onSaved }: { org: OrgFull | null; supervisors: User[]; onSaved: () => void }) {
  const t = useT();
  const [v, set] = useForm({
    code: org?.code ?? '',
    type: org?.type ?? 'city_body',
    nameRu: org?.names.ru ?? '',
    nameKk: org?.names.kk ?? '',
    nameEn: org?.names.en ?? '',
    supervisorId: org?.supervisorId ? String(org.supervisorId) : '',
    active: org?.active ?? true,
  });
  const { run, view } = useStatus();
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const body = { code: v.code, type: v.type, nameRu: v.nameRu, nameKk: v.nameKk, nameEn: v.nameEn, supervisorId: v.supervisorId ? Number(v.supervisorId) : null, active: v.active };
    if (await run(() => (org ? api('PATCH', `/organisations/${org.id}`, body) : api('POST', '/organisations', body)), t('ui.admin.saved'))) onSaved();
  };
  return (
    <form className="panel admin-form" onSubmit={save}>
      <h2>{org ? org.code : t('ui.admin.new')}</h2>
      <Field label={t('ui.admin.code')}>
        <input required pattern="[\w.\-]+" value={v.code} onChange={set('code')} />
      </Field>
      <Field label={t('ui.admin.type')}>
        <select value={v.type} onChange={set('type')}>
          {ORG_TYPES.map((x) => (
            <option key={x} value={x}>
              {t(`ui.orgtype.${x}` as Key)}
            </option>
          ))}
        </select>
      </Field>
      <NameFields v={v} set={set} />
      <Field label={t('ui.admin.supervisor')}>
        <select value={v.supervisorId} onChange={set('supervisorId')}>
          <option value="" />
          {supervisors.map((u) => (
            <option key={u.id} value={u.id}>
              {u.fullName}
            </option>
          ))}
        </select>
      </Field>
      <label className="check">
        <input type="checkbox" checked={v.active} onChange={set('active')} /> {t('ui.admin.active')}
      </label>
      {view}
      <button type="submit" className="primary">
        {org ? t('ui.admin.save') : t('ui.admin.create')}
      </button>
    </form>
  );
}

function UsersAdmin() {
  const t = useT();
  const { lang } = useContext(I18n);
  const { orgs } = useOrgs();
  const [users, setUsers] = useState<User[]>([]);
  const [edit, setEdit] = useState<User | 'new' | null>(null);
  const load = useCallback(() => {
    api<{ items: User[] }>('GET', '/users').then((r) => setUsers(r.items));
  }, []);
  useEffect(load, [load]);
  const orgName = (id: number | null) => orgs.find((o) => o.id === id)?.name ?? '';
  return (
    <div className="admin-grid">
      <div className="panel">
        <div className="toolbar">
          <span />
          <button type="button" onClick={() => setEdit('new')}>
            {t('ui.admin.new')}
          </button>
        </div>
        <table className="appeals">
          <thead>
            <tr>
              <th>{t('ui.login')}</th>
              <th>{t('ui.intake.name')}</th>
              <th>{t('ui.admin.role')}</th>
              <th>{t('ui.admin.organisation')}</th>
              <th>{t('ui.admin.last_login')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className={u.active ? '' : 'inactive'}>
                <td>
                  <button type="button" className="link-btn" onClick={() => setEdit(u)}>
                    {u.login}
                  </button>
                </td>
                <td>{u.fullName}</td>
                <td>{t(`ui.role.${u.role}` as Key)}</td>
                <td>{orgName(u.organisationId)}</td>
                <td>{u.lastLoginAt ? formatDateTime(u.lastLoginAt, lang) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {edit && <UserForm key={edit === 'new' ? 'new' : edit.id} user={edit === 'new' ? null : edit} orgs={orgs} onSaved={load} />}
    </div>
  );
}

function UserForm({ user, orgs, onSaved }: { user: User | null; orgs: OrgFull[]; onSaved: () => void }) {
  const t = useT();
  const [v, set] = useForm({ login: user?.login ?? '', fullName: user?.fullName ?? '', role: user?.role ?? 'operator', organisationId: user?.organisationId ? String(user.organisationId) : '', password: '', active: user?.active ?? true });
  const [tokenName, setTokenName] = useState('');
  const [token, setToken] = useState<string | null>(null);
  const { run, view } = useStatus();
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const body = {
      login: v.login,
      fullName: v.fullName,
      role: v.role,
      organisationId: v.organisationId ? Number(v.organisationId) : null,
      active: v.active,
      ...(v.password && { password: v.password }),
    };
    if (await run(() => (user ? api('PATCH', `/users/${user.id}`, body) : api('POST', '/users', body)), t('ui.admin.saved'))) onSaved();
  };
  const issue = async () => {
    if (!user || !tokenName.trim()) return;
    await run(async () => setToken((await api<{ token: string }>('POST', `/users/${user.id}/tokens`, { name: tokenName.trim() })).token), t('ui.admin.saved'));
  };
  return (
    <form className="panel admin-form" onSubmit={save}>
      <h2>{user ? user.login : t('ui.admin.new')}</h2>
      <Field label={t('ui.login')}>
        <input required value={v.login} onChange={set('login')} autoComplete="off" />
      </Field>
      <Field label={t('ui.intake.name')}>
        <input required value={v.fullName} onChange={set('fullName')} />
      </Field>
      <Field label={t('ui.admin.role')}>
        <select value={v.role} onChange={set('role')}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`ui.role.${r}` as Key)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('ui.admin.organisation')}>
        <OrgSelect value={v.organisationId} onChange={set('organisationId')} orgs={orgs} />
      </Field>
      <Field label={t('ui.admin.new_password')}>
        <input type="password" minLength={8} required={!user} value={v.password} onChange={set('password')} autoComplete="new-password" />
      </Field>
      <label className="check">
        <input type="checkbox" checked={v.active} onChange={set('active')} /> {t('ui.admin.active')}
      </label>
      {view}
      <button type="submit" className="primary">
        {user ? t('ui.admin.save') : t('ui.admin.create')}
      </button>
      {user && (
        <fieldset>
          <legend>{t('ui.admin.token')}</legend>
          <div className="row">
            <input aria-label={t('ui.admin.token_name')} placeholder={t('ui.admin.token_name')} value={tokenName} onChange={(e) => setTokenName(e.target.value)} />
            <button type="button" onClick={issue}>
              {t('ui.admin.create')}
            </button>
          </div>
          {token && (
            <p>
              {t('ui.admin.token_issued')} <code className="token">{token}</code>
            </p>
          )}
        </fieldset>
      )}
    </form>
  );
}

/** Open311 API keys: issue one per client app (shown once), see when each was last used, revoke. */
function Open311KeysAdmin() {
  const t = useT();
  const { lang } = useContext(I18n);
  const [keys, setKeys] = useState<Open311Key[]>([]);
  const [v, set] = useForm({ name: '', channel: 'mobile_app' });
  const [issued, setIssued] = useState<{ name: string; key: string } | null>(null);
  const { run, view } = useStatus();
  const load = useCallback(() => {
    api<{ items: Open311Key[] }>('GET', '/open311-keys').then((r) => setKeys(r.items));
  }, []);
  useEffect(load, [load]);
  const issue = async (e: FormEvent) => {
    e.preventDefault();
    setIssued(null);
    const ok = await run(async () => {
      const k = await api<Open311Key & { key: string }>('POST', '/open311-keys', { name: v.name.trim(), channel: v.channel });
      setIssued({ name: k.name, key: k.key });
    }, t('ui.admin.saved'));
    if (ok) load();
  };
  const revoke = async (k: Open311Key) => {
    if (!window.confirm(t('ui.admin.open311_confirm_revoke', { name: k.name }))) return;
    setIssued(null);
    if (await run(() => api('DELETE', `/open311-keys/${k.id}`), t('ui.admin.open311_revoked_ok'))) load();
  };
  return (
    <div className="admin-grid">
      <div className="panel">
        <p className="hint">{t('ui.admin.open311_hint')}</p>
        {keys.length === 0 ? (
          <p>{t('ui.admin.open311_none')}</p>
        ) : (
          <table className="appeals">
            <thead>
              <tr>
                <th>{t('ui.admin.open311_name')}</th>
                <th>{t('ui.admin.open311_channel')}</th>
                <th>{t('ui.admin.open311_issued_at')}</th>
                <th>{t('ui.admin.open311_last_used')}</th>
                <th>{t('ui.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => (
                <tr key={k.id} className={k.active ? '' : 'inactive'}>
                  <td>{k.name}</td>
                  <td>{t(`ui.channel.${k.channel}` as Key)}</td>
                  <td>{formatDateTime(k.createdAt, lang)}</td>
                  <td>{k.lastUsedAt ? formatDateTime(k.lastUsedAt, lang) : t('ui.admin.open311_never')}</td>
                  <td>
                    {k.revokedAt ? (
                      t('ui.admin.open311_revoked', { date: formatDateTime(k.revokedAt, lang) })
                    ) : (
                      <button type="button" onClick={() => revoke(k)} aria-label={`${t('ui.admin.open311_revoke')}: ${k.name}`}>
                        {t('ui.admin.open311_revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <form className="panel admin-form" onSubmit={issue}>
        <h2>{t('ui.admin.open311_issue')}</h2>
        <Field label={t('ui.admin.open311_name')}>
          <input required maxLength={100} value={v.name} onChange={set('name')} autoComplete="off" />
        </Field>
        <Field label={t('ui.admin.open311_channel')}>
          <select value={v.channel} onChange={set('channel')}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`ui.channel.${c}` as Key)}
              </option>
            ))}
          </select>
        </Field>
        {view}
        <button type="submit" className="primary">
          {t('ui.admin.open311_issue')}
        </button>
        {issued && (
          <p role="status">
            {issued.name}: {t('ui.admin.open311_issued')} <code className="token">{issued.key}</code>
          </p>
        )}
      </form>
    </div>
  );
}

function CalendarAdmin() {
  const t = useT();
  const { lang } = useContext(I18n);
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [days, setDays] = useState<Day[]>([]);
  const [pick, setPick] = useState<Day | null>(null);
  const load = useCallback(() => {
    api<{ days: Day[] }>('GET', `/calendar?year=${year}`).then((r) => setDays(r.days));
  }, [year]);
  useEffect(load, [load]);
  const months = Array.from({ length: 12 }, (_, m) => days.filter((d) => Number(d.date.slice(5, 7)) === m + 1));
  const monthName = (m: number) => new Intl.DateTimeFormat(LOCALE[lang], { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, m, 1)));
  return (
    <div className="admin-grid">
      <div className="panel">
        <div className="toolbar">
          <label className="row">
            {t('ui.admin.year')}
            <input type="number" min={2000} max={2100} value={year} onChange={(e) => setYear(Number(e.target.value))} />
          </label>
          <span>{t('ui.admin.working_days', { n: days.filter((d) => d.working).length })}</span>
        </div>
        <div className="months">
          {months.map((ds, m) => (
            <div key={m} className="month">
              <h3>{monthName(m)}</h3>
              <div className="days">
                {ds.length > 0 && Array.from({ length: (new Date(`${ds[0]!.date}T00:00:00Z`).getUTCDay() + 6) % 7 }, (_, i) => <span key={`pad${i}`} />)}
                {ds.map((d) => (
                  <button
                    key={d.date}
                    type="button"
                    title={d.name?.[lang] ?? ''}
                    aria-label={`${d.date} ${d.name?.[lang] ?? ''}`}
                    className={`day ${d.working ? 'work' : 'off'} ${d.kind ?? ''}`}
                    onClick={() => setPick(d)}
                  >
                    {Number(d.date.slice(8))}
                  </button>
                ))}
              </div>
            </div>
          ))}
        </div>
      </div>
      {pick && <DayForm key={pick.date} day={pick} onSaved={load} />}
    </div>
  );
}

function DayForm({ day, onSaved }: { day: Day; onSaved: () => void }) {
  const t = useT();
  const [kind, setKind] = useState<string>(day.kind ?? 'regular');
  const [name, setName] = useState<Names>(day.name ?? { ru: '', kk: '', en: '' });
  const { run, view } = useStatus();
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (kind === 'regular' && !day.kind) return;
    const ok = await run(() => (kind === 'regular' ? api('DELETE', `/calendar/days/${day.date}`) : api('PUT', `/calendar/days/${day.date}`, { kind, name })), t('ui.admin.saved'));
    if (ok) onSaved();
  };
  return (
    <form className="panel admin-form" onSubmit={save}>
      <h2>{day.date}</h2>
      <Field label={t('ui.admin.type')}>
        <select value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="regular">{t('ui.admin.regular')}</option>
          <option value="holiday">{t('ui.admin.holiday')}</option>
          <option value="workday">{t('ui.admin.workday')}</option>
        </select>
      </Field>
      {kind !== 'regular' &&
        (['ru', 'kk', 'en'] as const).map((l) => (
          <Field key={l} label={`${t('ui.admin.day_name')} (${l})`}>
            <input required value={name[l]} onChange={(e) => setName((n) => ({ ...n, [l]: e.target.value }))} />
          </Field>
        ))}
      {view}
      <button type="submit" className="primary">
        {t('ui.admin.save')}
      </button>
    </form>
  );
}
