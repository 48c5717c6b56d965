import { useContext } from 'react';
import { I18n, useT, type Key } from '../i18n.tsx';
import { AnimatedNumber } from './AnimatedNumber.tsx';
import { formatInt, formatPercent, personShort, shortName } from './format.ts';
import type { Board, Rated } from './types.ts';

/** ▲ 2 / ▼ 1 / — / new: movement since last month, with words for screen readers. */
export function Movement({ row }: { row: Rated }) {
  const t = useT();
  if (row.rank === null) return null;
  const [mark, cls, text] =
    row.movement === null
      ? [t('wallboard.move.new_short'), 'new', t('wallboard.move.new')]
      : row.movement > 0
        ? [`▲${row.movement}`, 'up', t('wallboard.move.up', { n: row.movement })]
        : row.movement < 0
          ? [`▼${-row.movement}`, 'down', t('wallboard.move.down', { n: -row.movement })]
          : ['=', 'same', t('wallboard.move.same')];
  return (
    <span className={`wb-move wb-move-${cls}`} title={text}>
      <span aria-hidden="true">{mark}</span>
      <span className="sr-only">{text}</span>
    </span>
  );
}

function RateCell({ row }: { row: Rated }) {
  const { lang } = useContext(I18n);
  const t = useT();
  const detail = t('wallboard.rate_detail', { onTime: formatInt(row.onTime, lang), closed: formatInt(row.closed, lang), extended: formatInt(row.extended, lang) });
  const rate = row.rate ?? 0;
  const tone = rate >= 90 ? 'good' : rate >= 70 ? 'fair' : 'poor';
  return (
    <div className="wb-rate" title={detail}>
      <span className="wb-bar" aria-hidden="true">
        <span className={`wb-bar-fill wb-${tone}`} style={{ width: `${rate}%` }} />
      </span>
      <span className="wb-rate-value">{row.rate === null ? '—' : formatPercent(row.rate, lang)}</span>
      <span className="sr-only">{detail}</span>
    </div>
  );
}

/** The executors' or the supervisors' rating: rank, name, on-time rate with a bar, closed, movement. */
export function RatingTable({ rows, title, nameCol, limit, testId, leaderId, people }: { rows: Rated[]; title: Key; nameCol: Key; limit: number; testId: string; leaderId?: number | null; people?: boolean }) {
  const t = useT();
  const { lang } = useContext(I18n);
  const shown = rows.slice(0, limit);
  const unranked = shown.some((r) => r.rank === null);
  return (
    <section className="wb-panel wb-rating" aria-labelledby={`${testId}-h`} data-testid={testId}>
      <h2 id={`${testId}-h`}>{t(title)}</h2>
      {shown.length === 0 ? (
        <p className="wb-empty">{t('wallboard.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col" className="wb-c-rank" title={t('wallboard.col.rank')}>
                <span aria-hidden="true">№</span>
                <span className="sr-only">{t('wallboard.col.rank')}</span>
              </th>
              <th scope="col" className="wb-c-name">
                {t(nameCol)}
              </th>
              <th scope="col" className="wb-c-rate">
                {t('wallboard.col.rate')}
              </th>
              <th scope="col" className="wb-c-num">
                {t('wallboard.col.closed')}
              </th>
              <th scope="col" className="wb-c-move" title={t('wallboard.col.movement')}>
                <span aria-hidden="true">▲▼</span>
                <span className="sr-only">{t('wallboard.col.movement')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.id} className={`${r.rank === null ? 'wb-unranked' : ''}${r.id === leaderId ? ' wb-leader-row' : ''}`} data-id={r.id}>
                <td className="wb-c-rank">
                  {r.rank ?? (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">{t('wallboard.unranked')}</span>
                    </>
                  )}
                </td>
                <th scope="row" className="wb-c-name" title={r.name}>
                  <span className="wb-clamp">{people ? personShort(r.name) : shortName(r.name)}</span>
                </th>
                <td className="wb-c-rate">
                  <RateCell row={r} />
                </td>
                <td className="wb-c-num">
                  <AnimatedNumber value={r.closed} format={(n) => formatInt(n, lang)} />
                </td>
                <td className="wb-c-move">
                  <Movement row={r} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {unranked && <p className="wb-foot">— {t('wallboard.unranked')}</p>}
    </section>
  );
}

/** The month's leader, or how one is named. */
export function Leader({ leader }: { leader: Rated | null }) {
  const t = useT();
  const { lang } = useContext(I18n);
  return (
    <section className="wb-panel wb-leader" aria-labelledby="wb-leader-h" data-testid="wb-leader">
      <h2 id="wb-leader-h">
        <span aria-hidden="true">★ </span>
        {t('wallboard.leader')}
      </h2>
      {leader ? (
        <div className="wb-leader-body">
          <p className="wb-leader-name" title={leader.name} data-testid="wb-leader-name">
            <span className="wb-clamp">{shortName(leader.name)}</span>
          </p>
          <p className="wb-leader-rate">
            <span className="wb-leader-value">{leader.rate === null ? '—' : formatPercent(leader.rate, lang)}</span>
            <span className="wb-leader-detail">
              {t('wallboard.rate_detail', { onTime: formatInt(leader.onTime, lang), closed: formatInt(leader.closed, lang), extended: formatInt(leader.extended, lang) })}
            </span>
            <Movement row={leader} />
          </p>
        </div>
      ) : (
        <p className="wb-empty">{t('wallboard.no_leader')}</p>
      )}
    </section>
  );
}

/** Who holds the overdue appeals now. */
export function OverdueList({ rows, limit }: { rows: Board['overdueByExecutor']; limit: number }) {
  const t = useT();
  const { lang } = useContext(I18n);
  const shown = rows.slice(0, limit);
  const max = Math.max(1, ...shown.map((r) => r.overdue));
  return (
    <section className="wb-panel wb-overdue" aria-labelledby="wb-overdue-h" data-testid="wb-overdue-by">
      <h2 id="wb-overdue-h">{t('wallboard.overdue_by')}</h2>
      {shown.length === 0 ? (
        <p className="wb-empty wb-ok">{t('wallboard.no_overdue')}</p>
      ) : (
        <ol className="wb-fit">
          {shown.map((r) => (
            <li key={r.id}>
              <span className="wb-clamp1 wb-overdue-name" title={r.name}>
                {shortName(r.name)}
              </span>
              <span className="wb-bar" aria-hidden="true">
                <span className="wb-bar-fill wb-poor" style={{ width: `${(r.overdue / max) * 100}%` }} />
              </span>
              <span className="wb-over wb-overdue-n">
                <AnimatedNumber value={r.overdue} format={(n) => formatInt(n, lang)} />
                <span className="sr-only"> {t('wallboard.col.overdue')}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
