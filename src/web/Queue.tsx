import { useContext, useEffect, useRef, useState } from 'react';
import { Link, useSearch } from 'wouter';
import { api, type Appeal, type Me } from './api.ts';
import { formatDateTime, I18n, useT, type Key } from './i18n.tsx';
import { useAppealChanges } from './live.ts';

type View = { key: Key; query: string };

/** The views each role works from, first one is home. */
function viewsFor(role: string): View[] {
  const open: View = { key: 'ui.queue.open', query: 'open=true' };
  const overdue: View = { key: 'ui.queue.overdue', query: 'overdue=true' };
  const all: View = { key: 'ui.queue.all', query: '' };
  if (role === 'operator') return [{ key: 'ui.queue.mine', query: 'registeredBy=me' }, open, overdue, all];
  if (role === 'inspector' || role === 'admin') {
    return [
      { key: 'ui.queue.to_route', query: 'status=registered' },
      { key: 'ui.queue.to_verify', query: 'status=answered' },
      { key: 'ui.queue.rework', query: 'status=rework' },
      { key: 'ui.queue.reopened', query: 'status=reopened' },
      overdue,
      open,
      all,
    ];
  }
  if (role === 'executor') {
    // Due within a day: the work to do first.
    const soon = () => `dueBefore=${encodeURIComponent(new Date(Date.now() + 24 * 3_600_000).toISOString())}`;
    return [{ key: 'ui.queue.inbox', query: 'status=routed,accepted,rework' }, { key: 'ui.queue.due_soon', query: soon() }, overdue, all];
  }
  return [open, overdue, all];
}

// The list filters a link may set (GET /api/v1/appeals takes the same names), values checked by shape.
const DRILL_PARAMS: Record<string, RegExp> = {
  executorId: /^\d+$/,
  districtId: /^\d+$/,
  supervisorId: /^\d+$/,
  categoryId: /^\d+$/,
  houseId: /^\d+$/,
  channel: /^[a-z_]+$/,
  from: /^\d{4}-\d{2}-\d{2}$/,
  to: /^\d{4}-\d{2}-\d{2}$/,
  closedFrom: /^\d{4}-\d{2}-\d{2}$/,
  closedTo: /^\d{4}-\d{2}-\d{2}$/,
  onTime: /^(true|false)$/,
};

function drillFilter(search: string): string {
  const params = new URLSearchParams(search);
  const out = new URLSearchParams();
  for (const [k, re] of Object.entries(DRILL_PARAMS)) {
    const v = params.get(k);
    if (v && re.test(v)) out.set(k, v);
  }
  return out.toString();
}

const FILTER_LABEL: Record<string, Key> = {
  executorId: 'analytics.dim.executor',
  districtId: 'analytics.dim.district',
  supervisorId: 'analytics.dim.sector',
  categoryId: 'analytics.dim.category',
  houseId: 'analytics.col.address',
  channel: 'analytics.dim.channel',
  from: 'analytics.col.registered',
  closedFrom: 'analytics.col.closed',
};

/**
 * "ГКП «Костанай-Су» · Registered 2026-06-01 — 2026-11-30 · Late" from the drill-down's filters;
 * `label` (the name analytics showed) stands for the ids, which otherwise read "Executor #18".
 */
function describeFilter(query: string, label: string, t: (k: Key, p?: Record<string, string | number>) => string): string {
  const q = new URLSearchParams(query);
  const parts: string[] = label ? [label] : [];
  for (const [k, v] of q) {
    if (label && k.endsWith('Id')) continue;
    if (k === 'to' || k === 'closedTo') continue;
    if (k === 'from' || k === 'closedFrom') parts.push(`${t(FILTER_LABEL[k]!)} ${v} — ${q.get(k === 'from' ? 'to' : 'closedTo') ?? '…'}`);
    else if (k === 'onTime') parts.push(t(v === 'true' ? 'analytics.col.on_time' : 'analytics.col.late'));
    else if (k === 'channel') parts.push(`${t('analytics.dim.channel')}: ${t(`ui.channel.${v}` as Key)}`);
    else if (FILTER_LABEL[k]) parts.push(`${t(FILTER_LABEL[k])} #${v}`);
  }
  return parts.join(' · ');
}

export function Queue({ me }: { me: Me }) {
  const t = useT();
  const { lang } = useContext(I18n);
  // Built once: a view's query ("due within a day") must not change on every render.
  const [views] = useState(() => viewsFor(me.role));
  // Opened from the sector page (one executor's appeals) or from analytics (the appeals behind a figure):
  // a figure's appeals are all of them, open or not.
  const search = useSearch();
  const scoped = drillFilter(search);
  const label = (new URLSearchParams(search).get('label') ?? '').trim().slice(0, 200);
  const [view, setView] = useState(() => (scoped && !/^executorId=\d+$/.test(scoped) ? Math.max(0, views.findIndex((v) => v.key === 'ui.queue.all')) : 0));
  const [q, setQ] = useState('');
  const [items, setItems] = useState<Appeal[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  // Bumped by live changes: the current view reloads, a burst of changes once.
  const [tick, setTick] = useState(0);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  useAppealChanges(() => {
    if (pending.current) return;
    pending.current = setTimeout(() => {
      pending.current = null;
      setTick((x) => x + 1);
    }, 300);
  });

  const base = [views[view]?.query, scoped, q.trim() && `q=${encodeURIComponent(q.trim())}`].filter(Boolean).join('&');
  useEffect(() => {
    let live = true;
    setLoading(true);
    const timer = setTimeout(() => {
      api<{ items: Appeal[]; nextCursor: string | null }>('GET', `/appeals?limit=50${base ? `&${base}` : ''}`).then((r) => {
        if (!live) return;
        setItems(r.items);
        setCursor(r.nextCursor);
        setLoading(false);
      });
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // The status labels come from the server in the chosen language: a new language reloads.
  }, [base, lang, tick]);

  // How many each view holds, refreshed with the list.
  const [counts, setCounts] = useState<(number | null)[]>([]);
  useEffect(() => {
    let live = true;
    Promise.all(views.map((v) => api<{ count: number }>('GET', `/appeals/count?${[v.query, scoped].filter(Boolean).join('&')}`).then((r) => r.count, () => null))).then((c) => live && setCounts(c));
    return () => {
      live = false;
    };
  }, [views, scoped, tick]);

  // Saved views: a tab and a search, under a name, kept for this user in this browser.
  const storeKey = `jauap.views.${me.id}`;
  const [saved, setSaved] = useState<{ name: string; view: number; q: string }[]>(() => {
    try {
      return JSON.parse(localStorage.getItem(storeKey) ?? '[]') as { name: string; view: number; q: string }[];
    } catch {
      return [];
    }
  });
  const persist = (next: typeof saved) => {
    setSaved(next);
    localStorage.setItem(storeKey, JSON.stringify(next));
  };
  const saveView = () => {
    const name = q.trim() ? `${t(views[view]?.key ?? 'ui.queue.all')}: ${q.trim()}` : t(views[view]?.key ?? 'ui.queue.all');
    if (!saved.some((s) => s.name === name)) persist([...saved, { name, view, q }]);
  };

  const more = async () => {
    if (!cursor) return;
    const r = await api<{ items: Appeal[]; nextCursor: string | null }>('GET', `/appeals?limit=50&cursor=${cursor}${base ? `&${base}` : ''}`);
    setItems((x) => [...x, ...r.items]);
    setCursor(r.nextCursor);
  };

  return (
    <section className="queue">
      {scoped && !/^executorId=\d+$/.test(scoped) && (
        <p className="drill-note">
          {t('ui.queue.filtered')}: {describeFilter(scoped, label, t)} · <Link href="/appeals">{t('ui.queue.clear_filter')}</Link>
        </p>
      )}
      <div className="toolbar">
        <div role="tablist" aria-label={t('ui.nav.queue')}>
          {views.map((v, i) => (
            <button key={v.key} role="tab" type="button" aria-selected={i === view} className={i === view ? 'chip active' : 'chip'} onClick={() => setView(i)}>
              {t(v.key)}
              {counts[i] !== undefined && counts[i] !== null && <span className="count">{counts[i]}</span>}
            </button>
          ))}
        </div>
        <div className="row saved-views">
          {saved.map((s) => (
            <span key={s.name} className="saved">
              <button type="button" className="chip" onClick={() => { setView(s.view); setQ(s.q); }}>
                ★ {s.name}
              </button>
              <button type="button" className="link-btn" aria-label={`${t('ui.queue.forget')}: ${s.name}`} onClick={() => persist(saved.filter((x) => x !== s))}>
                ×
              </button>
            </span>
          ))}
          <button type="button" className="link-btn" onClick={saveView}>
            {t('ui.queue.save_view')}
          </button>
        </div>
        <input type="search" aria-label={t('ui.queue.search')} placeholder={t('ui.queue.search')} value={q} onChange={(e) => setQ(e.target.value)} />
      </div>
      <table className="appeals" aria-busy={loading}>
        <thead>
          <tr>
            <th>{t('ui.col.number')}</th>
            <th>{t('ui.col.created')}</th>
            <th>{t('ui.col.status')}</th>
            <th>{t('ui.col.category')}</th>
            <th>{t('ui.col.executor')}</th>
            <th>{t('ui.col.due')}</th>
            <th>{t('ui.col.address')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id} className={a.overdue ? 'overdue' : ''}>
              <td>
                <Link href={`/appeals/${a.id}`}>{a.number}</Link>
              </td>
              <td>{formatDateTime(a.createdAt, lang)}</td>
              <td>
                <span className={`status status-${a.status}`}>{a.statusLabel}</span>
              </td>
              <td>{a.catalogueItem?.name ?? '—'}</td>
              <td>{a.executor?.name ?? '—'}</td>
              <td className="due">{formatDateTime(a.dueAt, lang)}</td>
              <td>{a.address ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!loading && items.length === 0 && <p className="empty">{t('ui.queue.empty')}</p>}
      {cursor && (
        <button type="button" onClick={more}>
          {t('ui.queue.more')}
        </button>
      )}
    </section>
  );
}
