import { useContext, useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { api } from '../api.ts';
import { formatDateTime, I18n, useT } from '../i18n.tsx';
import { CityMap } from './CityMap.tsx';
import type { PublicAppeal } from './public-api.ts';

type Filter = '' | 'open' | 'closed';

/** What residents chose to show, as FixMyStreet shows reports: a list and the same on the map. */
export function PublicList() {
  const t = useT();
  const { lang } = useContext(I18n);
  const [, navigate] = useLocation();
  const [filter, setFilter] = useState<Filter>('');
  const [items, setItems] = useState<PublicAppeal[]>([]);
  const [next, setNext] = useState<string | null>(null);

  const load = async (cursor: string | null) => {
    const q = new URLSearchParams({ limit: '50', ...(filter && { status: filter }), ...(cursor && { cursor }) });
    const r = await api<{ items: PublicAppeal[]; nextCursor: string | null }>('GET', `/public/appeals?${q}`);
    setItems((prev) => (cursor ? [...prev, ...r.items] : r.items));
    setNext(r.nextCursor);
  };
  useEffect(() => {
    void load(null);
  }, [filter, lang]);

  return (
    <section aria-labelledby="list-title">
      <h1 id="list-title">{t('portal.list_title')}</h1>
      <p className="hint">{t('portal.list_hint')}</p>
      <div className="row" role="group" aria-label={t('portal.list_title')}>
        {(['', 'open', 'closed'] as Filter[]).map((f) => (
          <button key={f || 'all'} type="button" aria-pressed={filter === f} className={filter === f ? 'primary' : ''} onClick={() => setFilter(f)}>
            {t(f === '' ? 'portal.filter_all' : f === 'open' ? 'portal.filter_open' : 'portal.filter_closed')}
          </button>
        ))}
      </div>
      <div className="list-map">
        <CityMap
          label={t('portal.list_title')}
          markers={items.filter((a) => a.location).map((a) => ({ key: a.number, lat: a.location!.lat, lon: a.location!.lon, open: a.open, title: `${a.number} ${a.category?.name ?? ''}`, onOpen: () => navigate(`/track/${a.number}`) }))}
        />
        <ul className="public-list">
          {items.map((a) => (
            <li key={a.number} className="panel">
              <a href={`/track/${a.number}`} onClick={(e) => { e.preventDefault(); navigate(`/track/${a.number}`); }}>
                <strong>{a.category?.name ?? a.number}</strong>
              </a>{' '}
              <span className={`badge ${a.open ? 'open' : 'closed'}`}>{a.statusLabel}</span>
              <div className="hint">
                {a.number} · {formatDateTime(a.createdAt, lang)}
                {a.address && ` · ${a.address}`}
              </div>
              <p className="clamp">{a.description}</p>
              {a.attachments.some((f) => f.urls.thumb) && (
                <div className="thumbs">
                  {a.attachments.filter((f) => f.urls.thumb).slice(0, 3).map((f) => (
                    <img key={f.id} src={f.urls.thumb!} alt="" loading="lazy" width={72} height={72} />
                  ))}
                </div>
              )}
            </li>
          ))}
        </ul>
      </div>
      {items.length === 0 && <p>{t('portal.empty')}</p>}
      {next && (
        <button type="button" onClick={() => void load(next)}>
          {t('portal.more')}
        </button>
      )}
    </section>
  );
}
