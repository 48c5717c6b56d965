import { useContext, useEffect, useState } from 'react';
import { Link } from 'wouter';
import { api, type Org } from './api.ts';
import { I18n, useT } from './i18n.tsx';

type Row = { executorId: number; open: number; overdue: number; finished: number; onTime: number };

/** The supervisor's sector (or, for line 2 and analysts, every executor): where work is late. */
export function Sector() {
  const t = useT();
  const { lang } = useContext(I18n);
  const [rows, setRows] = useState<Row[]>([]);
  const [period, setPeriod] = useState<{ from: string; to: string } | null>(null);
  const [orgs, setOrgs] = useState<Map<number, Org>>(new Map());
  useEffect(() => {
    api<{ from: string; to: string; items: Row[] }>('GET', '/stats/executors').then((r) => {
      setRows(r.items.sort((a, b) => b.overdue - a.overdue || b.open - a.open));
      setPeriod({ from: r.from, to: r.to });
    });
    api<{ items: Org[] }>('GET', '/organisations').then((r) => setOrgs(new Map(r.items.map((o) => [o.id, o]))));
  }, [lang]);
  const pct = (r: Row) => (r.finished ? Math.round((100 * r.onTime) / r.finished) : null);
  const total = rows.reduce((s, r) => ({ finished: s.finished + r.finished, onTime: s.onTime + r.onTime, overdue: s.overdue + r.overdue }), { finished: 0, onTime: 0, overdue: 0 });
  return (
    <section>
      <div className="toolbar">
        <h1>{t('ui.sector.title')}</h1>
        {period && (
          <p>
            {t('ui.sector.period', { from: period.from, to: period.to })} ·{' '}
            <strong>{t('ui.sector.on_time_total', { pct: total.finished ? Math.round((100 * total.onTime) / total.finished) : 0 })}</strong> · {t('ui.queue.overdue')}: <strong>{total.overdue}</strong>
          </p>
        )}
      </div>
      <table className="appeals">
        <thead>
          <tr>
            <th>{t('ui.col.executor')}</th>
            <th>{t('ui.queue.open')}</th>
            <th>{t('ui.queue.overdue')}</th>
            <th>{t('ui.sector.finished')}</th>
            <th>{t('ui.sector.on_time')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const p = pct(r);
            return (
              <tr key={r.executorId} className={r.overdue ? 'overdue' : ''}>
                <td>
                  <Link href={`/appeals?executorId=${r.executorId}`}>{orgs.get(r.executorId)?.name ?? r.executorId}</Link>
                </td>
                <td>{r.open}</td>
                <td className="due">{r.overdue}</td>
                <td>{r.finished}</td>
                <td>
                  {p === null ? '—' : (
                    <span className="bar" style={{ ['--pct' as string]: `${p}%` }}>
                      {p} %
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
