import { useContext, useEffect, useState } from 'react';
import { Link } from 'wouter';
import { api } from '../api.ts';
import { formatDateTime, I18n, LangCode, useT, type Key, type Lang } from '../i18n.tsx';
import './kb.css';
import { KB_LANGS, type KbHit, type KbListItem, type KbStatus } from './types.ts';

const STATUSES: KbStatus[] = ['published', 'draft', 'unpublished'];

/** The title a reader sees first: in their language when there is one. */
function titleOf(a: KbListItem, lang: Lang): { title: string; lang: Lang } {
  const t = a.translations.find((x) => x.lang === lang) ?? a.translations[0];
  return t ? { title: t.title, lang: t.lang } : { title: a.key, lang };
}

/**
 * The knowledge base's front page. Everyone searches published articles as they type (typos and
 * word forms forgiven); editors also get every article in every state with filters.
 */
export function KbList({ editor }: { editor: boolean }) {
  const t = useT();
  const { lang } = useContext(I18n);
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<KbHit[] | null>(null);
  const [filters, setFilters] = useState({ status: '', audience: '', lang: '', tag: '' });
  const [list, setList] = useState<{ items: KbListItem[]; total: number } | null>(null);
  const query = q.trim();

  // Readers: typo-tolerant search over published articles.
  useEffect(() => {
    if (editor || query.length < 2) return setHits(null);
    let live = true;
    const timer = setTimeout(() => {
      api<{ items: KbHit[] }>('GET', `/kb/search?limit=20&q=${encodeURIComponent(query)}`).then(
        (r) => live && setHits(r.items),
        () => live && setHits([]),
      );
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [editor, query]);

  // The list: every state with filters for editors, published articles for the rest.
  useEffect(() => {
    let live = true;
    const p = new URLSearchParams({ limit: '200' });
    if (editor) {
      if (query) p.set('q', query);
      for (const [k, v] of Object.entries(filters)) if (v.trim()) p.set(k, v.trim().toLowerCase());
    }
    const timer = setTimeout(() => {
      api<{ items: KbListItem[]; total: number }>('GET', `/kb/articles?${p}`).then(
        (r) => live && setList(r),
        () => live && setList({ items: [], total: 0 }),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [editor, query, filters]);

  const setFilter = (k: keyof typeof filters) => (e: { target: { value: string } }) => setFilters((f) => ({ ...f, [k]: e.target.value }));

  return (
    <section className="kb">
      <div className="kb-head">
        <h1>{t('ui.kb.title')}</h1>
        {editor && (
          <Link href="/kb/new" className="button primary">
            {t('ui.kb.new')}
          </Link>
        )}
      </div>
      <div className="kb-filters" role="search">
        <label className="kb-q">
          {editor ? t('ui.kb.filter_text') : t('ui.kb.search')}
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={editor ? t('ui.kb.filter_text_hint') : t('ui.kb.search_hint')} autoFocus />
        </label>
        {editor && (
          <>
            <label>
              {t('ui.kb.state')}
              <select value={filters.status} onChange={setFilter('status')}>
                <option value="">{t('ui.kb.any')}</option>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`ui.kb.status.${s}` as Key)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('ui.kb.audience')}
              <select value={filters.audience} onChange={setFilter('audience')}>
                <option value="">{t('ui.kb.any')}</option>
                <option value="public">{t('ui.kb.audience.public')}</option>
                <option value="internal">{t('ui.kb.audience.internal')}</option>
              </select>
            </label>
            <label>
              {t('ui.kb.language')}
              <select value={filters.lang} onChange={setFilter('lang')}>
                <option value="">{t('ui.kb.any')}</option>
                {KB_LANGS.map((l) => (
                  <option key={l} value={l}>
                    {t(`ui.kb.lang.${l}` as Key)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('ui.kb.tag')}
              <input value={filters.tag} onChange={setFilter('tag')} size={12} />
            </label>
          </>
        )}
      </div>

      {hits !== null ? (
        <div aria-live="polite">
          <h2>{t('ui.kb.found', { n: hits.length })}</h2>
          {hits.length === 0 ? (
            <p className="empty">{t('ui.kb.nothing')}</p>
          ) : (
            <ul className="kb-results">
              {hits.map((h) => (
                <li key={h.articleId}>
                  <Link href={`/kb/${h.articleId}?lang=${h.lang}`}>{h.title}</Link>
                  {h.audience === 'internal' && <span className="kb-badge internal">{t('ui.kb.audience.internal')}</span>}
                  <LangCode lang={h.lang} className="kb-lang" />
                  <p>{h.snippet}</p>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : list === null ? (
        <p>{t('ui.loading')}</p>
      ) : list.items.length === 0 ? (
        <p className="empty">{t('ui.kb.nothing')}</p>
      ) : (
        <table className="appeals kb-table">
          <caption className="sr-only">{t('ui.kb.count', { n: list.total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ui.kb.col.title')}</th>
              {editor && <th scope="col">{t('ui.kb.col.languages')}</th>}
              <th scope="col">{t('ui.kb.audience')}</th>
              <th scope="col">{t('ui.kb.tags')}</th>
              <th scope="col">{t('ui.kb.col.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((a) => {
              const first = titleOf(a, lang);
              return (
                <tr key={a.id}>
                  <td>
                    <Link href={editor ? `/kb/${a.id}/edit` : `/kb/${a.id}?lang=${first.lang}`}>{first.title}</Link>
                    {editor && <div className="hint">{a.key}</div>}
                  </td>
                  {editor && (
                    <td>
                      <ul className="kb-states">
                        {a.translations.map((x) => (
                          <li key={x.lang}>
                            <LangCode lang={x.lang} className="kb-lang" /> <StatusBadge status={x.status} />
                          </li>
                        ))}
                      </ul>
                    </td>
                  )}
                  <td>{t(`ui.kb.audience.${a.audience}` as Key)}</td>
                  <td>
                    {a.tags.map((g) => (
                      <span key={g} className="kb-tag">
                        {g}
                      </span>
                    ))}
                  </td>
                  <td>{formatDateTime(a.updatedAt, lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {list && list.total > list.items.length && hits === null && <p className="hint">{t('ui.kb.more', { shown: list.items.length, n: list.total })}</p>}
    </section>
  );
}

export function StatusBadge({ status }: { status: KbStatus }) {
  const t = useT();
  return <span className={`kb-badge ${status}`}>{t(`ui.kb.status.${status}` as Key)}</span>;
}
