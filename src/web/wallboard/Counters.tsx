import { useContext } from 'react';
import { I18n, useT, type Key } from '../i18n.tsx';
import { AnimatedNumber } from './AnimatedNumber.tsx';
import { formatInt, formatPercent } from './format.ts';
import type { Board } from './types.ts';

type Tile = { key: string; label: Key; value: number; tone?: 'over' | 'ok'; note?: string };

/** Today, this month and since start: the numbers the hall looks at first. */
export function Counters({ counters }: { counters: Board['counters'] }) {
  const t = useT();
  const { lang } = useContext(I18n);
  const int = (n: number) => formatInt(n, lang);
  const share = (s: number | null) => t('wallboard.first_contact', { share: s === null ? '—' : formatPercent(s, lang) });
  const { today, month, total } = counters;
  const groups: { id: 'today' | 'month' | 'total'; title: Key; tiles: Tile[]; share: number | null }[] = [
    {
      id: 'today',
      title: 'wallboard.today',
      share: today.firstContactShare,
      tiles: [
        { key: 'registered', label: 'wallboard.registered', value: today.registered },
        { key: 'closed', label: 'wallboard.closed', value: today.closed },
      ],
    },
    {
      id: 'month',
      title: 'wallboard.month',
      share: month.firstContactShare,
      tiles: [
        { key: 'registered', label: 'wallboard.registered', value: month.registered },
        { key: 'closed', label: 'wallboard.closed', value: month.closed },
      ],
    },
    {
      id: 'total',
      title: 'wallboard.total',
      share: total.firstContactShare,
      tiles: [
        { key: 'registered', label: 'wallboard.registered', value: total.registered },
        { key: 'closed', label: 'wallboard.closed', value: total.closed },
        { key: 'inWork', label: 'wallboard.in_work', value: total.inWork, note: total.onHold > 0 ? t('wallboard.on_hold', { n: int(total.onHold) }) : undefined },
        { key: 'overdue', label: 'wallboard.overdue', value: total.overdue, tone: total.overdue > 0 ? 'over' : 'ok' },
      ],
    },
  ];
  return (
    <section className="wb-counters" aria-labelledby="wb-counters-h">
      <h2 id="wb-counters-h" className="sr-only">
        {t('wallboard.counters')}
      </h2>
      {groups.map((g) => (
        <section key={g.id} className={`wb-group wb-group-${g.id}`} aria-labelledby={`wb-${g.id}-h`} data-testid={`wb-${g.id}`}>
          <h3 id={`wb-${g.id}-h`}>{t(g.title)}</h3>
          <dl className="wb-tiles" style={{ ['--tiles' as string]: g.tiles.length }}>
            {g.tiles.map((tile) => (
              <div key={tile.key} className={`wb-tile${tile.tone ? ` wb-tile-${tile.tone}` : ''}`}>
                <dt>{t(tile.label)}</dt>
                <dd style={{ ['--chars' as string]: Math.max(3, int(tile.value).length) }}>
                  <AnimatedNumber value={tile.value} format={int} testId={`wb-${g.id}-${tile.key}`} />
                  {tile.note && <small>{tile.note}</small>}
                </dd>
              </div>
            ))}
          </dl>
          <p className="wb-share" title={t('wallboard.first_contact_long')}>
            {share(g.share)}
          </p>
        </section>
      ))}
    </section>
  );
}
