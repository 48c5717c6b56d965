import { useContext } from 'react';
import { duration, I18n, useT, type Key } from '../i18n.tsx';
import { AnimatedNumber } from './AnimatedNumber.tsx';
import { formatDecimal, formatInt, formatPercent } from './format.ts';
import { DAY_MS, LOCAL_OFFSET_MS } from '../../domain/local-time.ts';
import type { Board } from './types.ts';

type TopRow = { id: number; name: string; sector?: string | null; count: number; previous: number };


/** How much of the month has passed at `at` (at least a day), 0–1: the pace to compare with. */
export function monthElapsed(month: string, at: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const start = Date.UTC(y, m - 1, 1) - LOCAL_OFFSET_MS;
  const end = Date.UTC(y, m, 1) - LOCAL_OFFSET_MS;
  return Math.min(1, Math.max(DAY_MS, Date.parse(at) - start) / (end - start));
}

/**
 * This month against last month at the same pace: last month's count scaled to the part of
 * the month that has passed (early in a month a raw comparison would show everything falling).
 * Within ±10 % it is "the same".
 */
function trendOf(count: number, previous: number, elapsed: number): 'up' | 'down' | 'same' {
  const expected = previous * elapsed;
  if (count > expected * 1.1 && count - expected >= 1) return 'up';
  if (count < expected * 0.9 && expected - count >= 1) return 'down';
  return 'same';
}

function Trend({ count, previous, elapsed }: { count: number; previous: number; elapsed: number }) {
  const t = useT();
  const { lang } = useContext(I18n);
  const trend = trendOf(count, previous, elapsed);
  const text = t(`wallboard.trend.${trend}`, { n: formatInt(previous, lang) });
  return (
    <span className={`wb-trend wb-trend-${trend}`} title={text}>
      <span aria-hidden="true">{trend === 'up' ? '▲' : trend === 'down' ? '▼' : '='}</span>
      <span className="sr-only">{text}</span>
    </span>
  );
}

/** TOP-10 categories or sectors this month: the name over a bar of its count, and the trend. */
export function TopList({ rows, title, testId, elapsed }: { rows: TopRow[]; title: Key; testId: string; elapsed: number }) {
  const t = useT();
  const { lang } = useContext(I18n);
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <section className="wb-panel wb-top" aria-labelledby={`${testId}-h`} data-testid={testId}>
      <header className="wb-panel-head">
        <h2 id={`${testId}-h`}>{t(title)}</h2>
        {rows.length > 0 && <p className="wb-note">{t('wallboard.trend.note')}</p>}
      </header>
      {rows.length === 0 ? (
        <p className="wb-empty">{t('wallboard.empty')}</p>
      ) : (
        <ol className="wb-fit">
          {rows.slice(0, 10).map((r) => (
            <li key={r.id}>
              <span className="wb-top-name" title={r.sector ? `${r.name} · ${r.sector}` : r.name}>
                <span className="wb-top-bar" style={{ width: `${(r.count / max) * 100}%` }} aria-hidden="true" />
                <span className="wb-clamp1">{r.name}</span>
                {r.sector && <small className="wb-clamp1">{r.sector}</small>}
              </span>
              <span className="wb-top-count">
                <AnimatedNumber value={r.count} format={(n) => formatInt(n, lang)} />
              </span>
              <Trend count={r.count} previous={r.previous} elapsed={elapsed} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

const CHANNEL_COLOURS = ['#4ea1ff', '#ffb547', '#5ad19a', '#c792ea', '#ff7a90', '#7fdbff', '#e6e66a', '#a3a8ff', '#ff9f6b', '#9fb3c8'];
const CHANNELS_SHOWN = 5;

/** This month's channels: one stacked bar and a legend; beyond five, the rest as one. */
export function Channels({ channels }: { channels: Board['channels'] }) {
  const t = useT();
  const { lang } = useContext(I18n);
  const total = channels.reduce((a, c) => a + c.count, 0);
  const head = channels.filter((c) => c.count > 0).slice(0, CHANNELS_SHOWN);
  const rest = channels.filter((c) => c.count > 0).slice(CHANNELS_SHOWN);
  const restCount = rest.reduce((a, c) => a + c.count, 0);
  const parts = [
    ...head.map((c, i) => ({ key: c.channel, label: t(`ui.channel.${c.channel}` as Key), count: c.count, share: c.share, colour: CHANNEL_COLOURS[i]! })),
    ...(restCount > 0 ? [{ key: 'rest', label: rest.map((c) => t(`ui.channel.${c.channel}` as Key)).join(', '), count: restCount, share: total ? Math.round((restCount / total) * 1000) / 10 : 0, colour: '#6b7a8c' }] : []),
  ];
  return (
    <section className="wb-panel wb-channels" aria-labelledby="wb-channels-h" data-testid="wb-channels">
      <h2 id="wb-channels-h">{t('wallboard.channels')}</h2>
      {parts.length === 0 ? (
        <p className="wb-empty">{t('wallboard.empty')}</p>
      ) : (
        <>
          <div className="wb-stack" aria-hidden="true">
            {parts.map((p) => (
              <span key={p.key} style={{ flexGrow: p.count, background: p.colour }} />
            ))}
          </div>
          <ul className="wb-legend">
            {parts.map((p) => (
              <li key={p.key}>
                <span className="wb-swatch" style={{ background: p.colour }} aria-hidden="true" />
                <span className="wb-legend-label wb-clamp1" title={p.label}>
                  {p.label}
                </span>
                <span className="wb-legend-share">{formatPercent(p.share, lang)}</span>
                <span className="wb-legend-count">{formatInt(p.count, lang)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The month's average rating, 1–5, drawn as five stars filled to the average. */
export function Satisfaction({ satisfaction }: { satisfaction: Board['satisfaction'] }) {
  const t = useT();
  const { lang } = useContext(I18n);
  const avg = satisfaction.average;
  return (
    <section className="wb-panel wb-satisfaction" aria-labelledby="wb-satisfaction-h" data-testid="wb-satisfaction">
      <h2 id="wb-satisfaction-h">{t('wallboard.satisfaction')}</h2>
      {avg === null ? (
        <p className="wb-empty">{t('wallboard.no_data')}</p>
      ) : (
        <div className="wb-sat-body">
          <p className="wb-sat-value">
            {formatDecimal(avg, lang, avg * 10 === Math.round(avg * 10) ? 1 : 2)}
            <small> {t('wallboard.out_of_5')}</small>
          </p>
          <div>
            <span className="wb-stars" aria-hidden="true">
              <span className="wb-stars-fill" style={{ width: `${(avg / 5) * 100}%` }}>
                ★★★★★
              </span>
              ★★★★★
            </span>
            <p className="wb-sub">{t('wallboard.ratings_n', { n: formatInt(satisfaction.count, lang) })}</p>
          </div>
        </div>
      )}
    </section>
  );
}

/** Average time to close this month, by criticality. */
export function CloseTime({ rows }: { rows: Board['closeTime'] }) {
  const t = useT();
  const { lang } = useContext(I18n);
  return (
    <section className="wb-panel wb-closetime" aria-labelledby="wb-closetime-h" data-testid="wb-close-time">
      <h2 id="wb-closetime-h">{t('wallboard.close_time')}</h2>
      <dl>
        {rows.map((r) => (
          <div key={r.criticality} className={`wb-crit wb-crit-${r.criticality}`}>
            <dt>{t(`ui.criticality.${r.criticality}` as Key)}</dt>
            <dd>
              <span className="wb-crit-value">{r.averageHours === null ? '—' : duration(r.averageHours * 3_600_000, t)}</span>
              <small>{r.averageHours === null ? t('wallboard.no_data') : t('wallboard.closed_n', { n: formatInt(r.count, lang) })}</small>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
