import { useContext, useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { formatNumber } from '../i18n/numbers.ts';
import { localDay } from '../domain/local-time.ts';
import { api } from './api.ts';
import { I18n, useT, type Key } from './i18n.tsx';
import './analytics.css';

// Analytics for analysts, supervisors (their sector) and admins: trends, a breakdown by any
// dimension, repeated problems, downloads and the monthly PDF. Every bar and row opens the
// appeals behind it in the queue (the API gives each figure its list query).

type Figures = {
  registered: number;
  closed: number;
  counted: number;
  onTime: number;
  late: number;
  onTimeRate: number | null;
  extended: number;
  ratingN: number;
  satisfaction: number | null;
  closeHours: number | null;
};
type Drill = { registered: string; late: string } | null;
type BreakdownRow = Figures & { key: number | string; name: string; drill: Drill };
type Breakdown = { from: string; to: string; total: Figures; items: BreakdownRow[] };
type TrendPoint = Figures & { period: string; from: string; to: string; drill: Drill };
type Trends = { from: string; to: string; items: TrendPoint[] };
type RepeatedRow = { itemId: number; item: string; district: string; address: string | null; count: number; open: number | null; last: string | null; numbers: string[]; drill: string };

/** The queue behind a figure; `label` names what the ids in the query stand for (shown above the list, never sent). */
const toAppeals = (query: string, label?: string) => `/appeals?${query}${label ? `&label=${encodeURIComponent(label)}` : ''}`;
type Repeated = { from: string; to: string; items: RepeatedRow[] };

const DIMENSIONS = ['executor', 'sector', 'district', 'sphere', 'category', 'item', 'channel'] as const;
const METRICS = ['registered', 'onTimeRate', 'late', 'satisfaction', 'closed', 'closeHours'] as const;
type Metric = (typeof METRICS)[number];
const METRIC_LABEL: Record<Metric, Key> = {
  registered: 'analytics.col.registered',
  onTimeRate: 'analytics.col.on_time_rate',
  late: 'analytics.col.late',
  satisfaction: 'analytics.col.satisfaction',
  closed: 'analytics.col.closed',
  closeHours: 'analytics.col.close_hours',
};
const COLUMNS: { key: keyof Figures; label: Key }[] = [
  { key: 'registered', label: 'analytics.col.registered' },
  { key: 'closed', label: 'analytics.col.closed' },
  { key: 'counted', label: 'analytics.col.counted' },
  { key: 'onTimeRate', label: 'analytics.col.on_time_rate' },
  { key: 'late', label: 'analytics.col.late' },
  { key: 'extended', label: 'analytics.col.extended' },
  { key: 'satisfaction', label: 'analytics.col.satisfaction' },
  { key: 'closeHours', label: 'analytics.col.close_hours' },
];

const localToday = () => localDay(new Date());
const monthsBack = (day: string, n: number) => {
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 10);
};
/** Figures as the reader's language writes them (1 470,5 / 1,470.5); a dash for none. */
function useFmt() {
  const { lang } = useContext(I18n);
  return (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatNumber(v, lang));
}

function useData<T>(url: string | null, lang: string): { data: T | null; error: string | null } {
  const [state, setState] = useState<{ data: T | null; error: string | null }>({ data: null, error: null });
  useEffect(() => {
    if (!url) return;
    let live = true;
    api<T>('GET', url).then(
      (data) => live && setState({ data, error: null }),
      (e: Error) => live && setState({ data: null, error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [url, lang]);
  return state;
}

/** CSV and XLSX of the table an address answers, in the chosen language. */
function Downloads({ url, name }: { url: string; name: string }) {
  const t = useT();
  const { lang } = useContext(I18n);
  return (
    <span className="downloads">
      {(['csv', 'xlsx'] as const).map((f) => (
        <a key={f} className="button" href={`/api/v1${url}&format=${f}&lang=${lang}`} download>
          <span aria-hidden="true">⤓ </span>
          {t(f === 'csv' ? 'analytics.download_csv' : 'analytics.download_xlsx')}
          <span className="sr-only"> — {t('analytics.download', { name })}</span>
        </a>
      ))}
    </span>
  );
}

/** Horizontal bars: one per row, clickable (a link), with the figure printed beside. */
function BarChart({ rows, metric, title, onOpen }: { rows: { label: string; value: number | null; href: string | null }[]; metric: Metric; title: string; onOpen: (href: string) => void }) {
  const fmt = useFmt();
  const max = Math.max(1, ...rows.map((r) => r.value ?? 0));
  const scale = metric === 'onTimeRate' ? 100 : metric === 'satisfaction' ? 5 : max;
  const rowH = 24;
  const labelW = 360;
  const barW = 560;
  const h = rows.length * rowH + 8;
  return (
    <svg className="chart" role="group" aria-label={title} viewBox={`0 0 ${labelW + barW + 80} ${h}`} width="100%" style={{ maxWidth: `${labelW + barW + 80}px` }}>
      {rows.map((r, i) => {
        const w = r.value === null ? 0 : Math.max(1, (r.value / scale) * barW);
        const y = 4 + i * rowH;
        const label = r.label.length > 48 ? `${r.label.slice(0, 47)}…` : r.label;
        const body = (
          <>
            <title>{`${r.label}: ${fmt(r.value)}`}</title>
            <text x={labelW - 8} y={y + 16} textAnchor="end" className="chart-label">
              {label}
            </text>
            <rect x={labelW} y={y + 3} width={w} height={rowH - 8} rx={2} className={metric === 'late' ? 'bar-late' : 'bar-main'} />
            <text x={labelW + w + 6} y={y + 16} className="chart-value">
              {fmt(r.value)}
            </text>
          </>
        );
        return r.href ? (
          <a
            key={i}
            href={r.href}
            onClick={(e) => {
              e.preventDefault();
              onOpen(r.href!);
            }}
          >
            {body}
          </a>
        ) : (
          <g key={i}>{body}</g>
        );
      })}
    </svg>
  );
}

/** Vertical bars over time, each period a link to its appeals. */
function TrendChart({ points, metric, title, onOpen }: { points: TrendPoint[]; metric: Metric; title: string; onOpen: (href: string) => void }) {
  const fmt = useFmt();
  const values = points.map((p) => p[metric] as number | null);
  const max = metric === 'onTimeRate' ? 100 : metric === 'satisfaction' ? 5 : Math.max(1, ...values.map((v) => v ?? 0));
  const colW = Math.max(18, Math.min(90, Math.floor(1000 / Math.max(1, points.length))));
  const H = 180;
  const W = points.length * colW + 40;
  return (
    <svg className="chart" role="group" aria-label={title} viewBox={`0 0 ${W} ${H + 40}`} width="100%" style={{ maxWidth: `${Math.max(W, 320)}px` }}>
      <line x1={30} x2={W} y1={H + 4} y2={H + 4} className="axis" />
      {points.map((p, i) => {
        const v = values[i] ?? null;
        const h = v === null ? 0 : Math.max(1, (v / max) * (H - 24));
        const x = 34 + i * colW;
        const href = p.drill ? `/appeals?${p.drill.registered}` : null;
        const label = points.length > 14 ? p.period.slice(5) : p.period.slice(0, 7);
        const body = (
          <>
            <title>{`${p.from} — ${p.to}: ${fmt(v)}`}</title>
            <rect x={x} y={H + 4 - h} width={colW - 6} height={h} rx={2} className={metric === 'late' ? 'bar-late' : 'bar-main'} />
            <text x={x + (colW - 6) / 2} y={H - h - 2} textAnchor="middle" className="chart-value">
              {fmt(v)}
            </text>
            <text x={x + (colW - 6) / 2} y={H + 20} textAnchor="middle" className="chart-label">
              {label}
            </text>
          </>
        );
        return href ? (
          <a
            key={p.period}
            href={href}
            onClick={(e) => {
              e.preventDefault();
              onOpen(href);
            }}
          >
            {body}
          </a>
        ) : (
          <g key={p.period}>{body}</g>
        );
      })}
    </svg>
  );
}

export function Analytics() {
  const t = useT();
  const { lang } = useContext(I18n);
  const fmt = useFmt();
  const [, navigate] = useLocation();
  const today = useMemo(localToday, []);
  const [grain, setGrain] = useState<'month' | 'week'>('month');
  const [from, setFrom] = useState(() => monthsBack(today, 5));
  const [to, setTo] = useState(today);
  const [dimension, setDimension] = useState<(typeof DIMENSIONS)[number]>('executor');
  const [metric, setMetric] = useState<Metric>('registered');
  const [level, setLevel] = useState<'house' | 'district'>('house');
  const [minCount, setMinCount] = useState(3);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;

  const period = `grain=${grain}&from=${from}&to=${to}`;
  const trendsUrl = valid ? `/analytics/trends?${period}` : null;
  const breakdownUrl = valid ? `/analytics/breakdown?dimension=${dimension}&${period}` : null;
  // House level: the last 30 days of the period (the API reads the appeals of at most 92 days).
  const repFrom = level === 'house' ? [from, new Date(new Date(`${to}T00:00:00Z`).getTime() - 29 * 86_400_000).toISOString().slice(0, 10)].sort()[1]! : from;
  const repeatedUrl = valid ? `/analytics/repeated?level=${level}&minCount=${minCount}&grain=${grain}&from=${repFrom}&to=${to}` : null;
  const trends = useData<Trends>(trendsUrl, lang);
  const breakdown = useData<Breakdown>(breakdownUrl, lang);
  const repeated = useData<Repeated>(repeatedUrl, lang);
  const open = (href: string) => navigate(href);
  const dimLabel = t(`analytics.dim.${dimension}` as Key);
  const reportMonth = to.slice(0, 7);

  return (
    <section className="analytics">
      <div className="toolbar">
        <h1>{t('analytics.title')}</h1>
        <a className="button primary" href={`/api/v1/analytics/report.pdf?month=${reportMonth}&lang=${lang}`} download>
          <span aria-hidden="true">⤓ </span>
          {t('analytics.report_pdf')} · {reportMonth}
        </a>
      </div>
      <form className="panel row filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('analytics.grain')}
          <select value={grain} onChange={(e) => setGrain(e.target.value as 'month' | 'week')}>
            <option value="month">{t('analytics.grain.month')}</option>
            <option value="week">{t('analytics.grain.week')}</option>
          </select>
        </label>
        <label>
          {t('analytics.from')}
          <input type="date" value={from} max={to} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('analytics.to')}
          <input type="date" value={to} min={from} onChange={(e) => setTo(e.target.value)} />
        </label>
        <label>
          {t('analytics.metric')}
          <select value={metric} onChange={(e) => setMetric(e.target.value as Metric)}>
            {METRICS.map((m) => (
              <option key={m} value={m}>
                {t(METRIC_LABEL[m])}
              </option>
            ))}
          </select>
        </label>
        <p className="hint">{t('analytics.drill_hint')}</p>
      </form>
      {(trends.error || breakdown.error || repeated.error) && (
        <p className="error" role="alert">
          {trends.error ?? breakdown.error ?? repeated.error}
        </p>
      )}

      {trends.data && (
        <>
          <div className="section-head">
            <h2>
              {t('analytics.chart_trend', { metric: t(METRIC_LABEL[metric]) })} · {t('analytics.period_shown', { from: trends.data.from, to: trends.data.to })}
            </h2>
            <Downloads url={trendsUrl!} name={t('analytics.trends')} />
          </div>
          <div className="panel">
            <TrendChart points={trends.data.items} metric={metric} title={t('analytics.chart_trend', { metric: t(METRIC_LABEL[metric]) })} onOpen={open} />
            <details>
              <summary>{t('analytics.as_table')}</summary>
              <FigureTable first={t('analytics.col.period')} rows={trends.data.items.map((p) => ({ key: p.period, name: `${p.from} — ${p.to}`, figures: p, drill: p.drill }))} />
            </details>
          </div>
        </>
      )}

      <div className="section-head">
        <h2>
          <label className="inline">
            {t('analytics.breakdown')}:{' '}
            <select value={dimension} onChange={(e) => setDimension(e.target.value as (typeof DIMENSIONS)[number])}>
              {DIMENSIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`analytics.dim.${d}` as Key)}
                </option>
              ))}
            </select>
          </label>
        </h2>
        {breakdownUrl && <Downloads url={breakdownUrl} name={`${t('analytics.breakdown')}: ${dimLabel}`} />}
      </div>
      {breakdown.data && (
        <div className="panel">
          {breakdown.data.items.length === 0 ? (
            <p className="empty">{t('analytics.empty')}</p>
          ) : (
            <BarChart
              title={t('analytics.chart', { metric: t(METRIC_LABEL[metric]), dim: dimLabel })}
              metric={metric}
              onOpen={open}
              rows={[...breakdown.data.items]
                .sort((a, b) => ((b[metric] as number | null) ?? -1) - ((a[metric] as number | null) ?? -1))
                .slice(0, 15)
                .map((r) => ({ label: r.name, value: r[metric] as number | null, href: r.drill ? toAppeals(metric === 'late' ? r.drill.late : r.drill.registered, r.name) : null }))}
            />
          )}
          <FigureTable first={dimLabel} labelled rows={breakdown.data.items.map((r) => ({ key: String(r.key), name: r.name, figures: r, drill: r.drill }))} total={breakdown.data.total} />
        </div>
      )}

      <div className="section-head">
        <h2>{t('analytics.repeated')}</h2>
        <div className="row">
          <label className="inline">
            <select value={level} onChange={(e) => setLevel(e.target.value as 'house' | 'district')} aria-label={t('analytics.repeated')}>
              <option value="house">{t('analytics.level.house')}</option>
              <option value="district">{t('analytics.level.district')}</option>
            </select>
          </label>
          <label className="inline">
            {t('analytics.min_count')}{' '}
            <input type="number" min={2} max={1000} value={minCount} onChange={(e) => setMinCount(Math.max(2, Number(e.target.value) || 2))} style={{ width: '5rem' }} />
          </label>
          {repeatedUrl && <Downloads url={repeatedUrl} name={t('analytics.repeated')} />}
        </div>
      </div>
      <p className="hint">{t('analytics.repeated_hint', { n: minCount })}</p>
      {repeated.data && (
        <div className="panel">
          <p className="hint">{t('analytics.period_shown', { from: repeated.data.from, to: repeated.data.to })}</p>
          {repeated.data.items.length === 0 ? (
            <p className="empty">{t('analytics.empty')}</p>
          ) : (
            <table className="appeals figures">
              <thead>
                <tr>
                  <th scope="col">{t('analytics.col.item')}</th>
                  <th scope="col">{t('analytics.dim.district')}</th>
                  {level === 'house' && <th scope="col">{t('analytics.col.address')}</th>}
                  <th scope="col" className="num">{t('analytics.col.count')}</th>
                  {level === 'house' && <th scope="col" className="num">{t('analytics.col.open')}</th>}
                  {level === 'house' && <th scope="col">{t('analytics.col.numbers')}</th>}
                </tr>
              </thead>
              <tbody>
                {repeated.data.items.map((r) => (
                  <tr key={`${r.itemId}-${r.district}-${r.address}`}>
                    <td>
                      <Link href={toAppeals(r.drill, [r.item, r.address ?? r.district].join(' · '))}>{r.item}</Link>
                    </td>
                    <td>{r.district}</td>
                    {level === 'house' && <td>{r.address}</td>}
                    <td className="num">
                      <Link href={toAppeals(r.drill, [r.item, r.address ?? r.district].join(' · '))}>{r.count}</Link>
                    </td>
                    {level === 'house' && <td className="num">{fmt(r.open)}</td>}
                    {level === 'house' && (
                      <td className="numbers">
                        {r.numbers.slice(0, 6).map((n) => (
                          <Link key={n} href={`/appeals/${n}`}>
                            {n}
                          </Link>
                        ))}
                        {r.numbers.length > 6 && '…'}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}

/** The numbers behind a chart: every figure, the name and the late count opening their appeals. */
function FigureTable({ first, rows, total, labelled }: { first: string; rows: { key: string; name: string; figures: Figures; drill: Drill }[]; total?: Figures; labelled?: boolean }) {
  const t = useT();
  const fmt = useFmt();
  return (
    <table className="appeals figures">
      <thead>
        <tr>
          <th scope="col">{first}</th>
          {COLUMNS.map((c) => (
            <th key={c.key} scope="col" className="num">
              {t(c.label)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.drill ? <Link href={toAppeals(r.drill.registered, labelled ? r.name : undefined)}>{r.name}</Link> : r.name}</th>
            {COLUMNS.map((c) => (
              <td key={c.key} className={`num${c.key === 'late' && r.figures.late > 0 ? ' late' : ''}`}>
                {c.key === 'late' && r.drill && r.figures.late > 0 ? <Link href={toAppeals(r.drill.late, labelled ? r.name : undefined)}>{fmt(r.figures.late)}</Link> : fmt(r.figures[c.key])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {total && (
        <tfoot>
          <tr>
            <th scope="row">{t('analytics.total')}</th>
            {COLUMNS.map((c) => (
              <td key={c.key} className="num">
                {fmt(total[c.key])}
              </td>
            ))}
          </tr>
        </tfoot>
      )}
    </table>
  );
}
