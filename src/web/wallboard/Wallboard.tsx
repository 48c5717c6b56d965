import { useContext, useEffect, useState } from 'react';
import { LangSwitch } from '../LangSwitch.tsx';
import { I18n, useT, type Key } from '../i18n.tsx';
import { Channels, CloseTime, monthElapsed, Satisfaction, TopList } from './Appeals.tsx';
import { KenesPanel } from './Kenes.tsx';
import { Counters } from './Counters.tsx';
import { formatClock, formatMonth } from './format.ts';
import { useLiveBoard, type LiveStatus } from './live.ts';
import { Leader, OverdueList, RatingTable } from './Ratings.tsx';
import type { Board } from './types.ts';
import './wallboard.css';

const PAGES: { id: 'ratings' | 'appeals'; label: Key }[] = [
  { id: 'ratings', label: 'wallboard.page.ratings' },
  { id: 'appeals', label: 'wallboard.page.appeals' },
];
const DEFAULT_ROTATE_S = 15;

/**
 * How the screen is set up, from its address (a wall screen has no one to click):
 * `?lang=kk` the language, `?page=2` one page only, `?rotate=20` seconds per page (0: none).
 */
function settings(): { pinned: number | null; rotateMs: number } {
  const q = new URLSearchParams(window.location.search);
  const page = Number(q.get('page'));
  const rotate = q.has('rotate') ? Number(q.get('rotate')) : DEFAULT_ROTATE_S;
  return {
    pinned: Number.isInteger(page) && page >= 1 && page <= PAGES.length ? page - 1 : null,
    rotateMs: Number.isFinite(rotate) && rotate > 0 ? Math.max(3, rotate) * 1000 : 0,
  };
}

/** The hall screen: live counters always on top, below them the pages in turn. Public, no personal data. */
export default function Wallboard() {
  const t = useT();
  const { lang } = useContext(I18n);
  const [{ pinned, rotateMs }] = useState(settings);
  const [page, setPage] = useState(pinned ?? 0);
  const [paused, setPaused] = useState(false);
  const { board, status, receivedAt } = useLiveBoard(lang);
  const rotating = pinned === null && rotateMs > 0 && !paused;

  useEffect(() => {
    document.title = `${t('wallboard.title')} — Jauap`;
    // The address says the language: a choice made here is kept there, so a restart keeps it.
    const url = new URL(window.location.href);
    if (url.searchParams.has('lang') && url.searchParams.get('lang') !== lang) {
      url.searchParams.set('lang', lang);
      window.history.replaceState(window.history.state, '', url);
    }
  }, [lang]);

  useEffect(() => {
    if (!rotating) return;
    const timer = setTimeout(() => setPage((p) => (p + 1) % PAGES.length), rotateMs);
    return () => clearTimeout(timer);
  }, [rotating, rotateMs, page]);

  return (
    <div className="wb" data-status={status}>
      <header className="wb-head">
        <p className="wb-brand">Jauap</p>
        <h1>{t('wallboard.title')}</h1>
        {board && <p className="wb-month">{formatMonth(board.month, t('wallboard.months'))}</p>}
        <span className="wb-spacer" />
        <nav className="wb-pages" aria-label={t('wallboard.page', { n: page + 1, total: PAGES.length })}>
          <div role="tablist">
            {PAGES.map((p, i) => (
              <button
                key={p.id}
                type="button"
                role="tab"
                id={`wb-tab-${p.id}`}
                aria-selected={i === page}
                aria-controls="wb-page"
                className={i === page ? 'active' : ''}
                onClick={() => setPage(i)}
              >
                <span className="wb-page-n" aria-hidden="true">
                  {i + 1}
                </span>
                {t(p.label)}
                {i === page && rotating && <span key={page} className="wb-progress" style={{ animationDuration: `${rotateMs}ms` }} aria-hidden="true" />}
              </button>
            ))}
          </div>
          {pinned === null && rotateMs > 0 && (
            <button type="button" className="wb-pause" onClick={() => setPaused((x) => !x)} aria-pressed={paused} title={t(paused ? 'wallboard.resume' : 'wallboard.pause')}>
              <span aria-hidden="true">{paused ? '▶' : '❚❚'}</span>
              <span className="sr-only">{t('wallboard.pause')}</span>
            </button>
          )}
        </nav>
        <LiveIndicator status={status} receivedAt={receivedAt} />
        <LangSwitch />
      </header>
      <main>
        {board ? (
          <>
            <Counters counters={board.counters} />
            <div id="wb-page" role="tabpanel" aria-labelledby={`wb-tab-${PAGES[page]!.id}`} className="wb-page" key={page} data-page={PAGES[page]!.id}>
              {PAGES[page]!.id === 'ratings' ? <RatingsPage board={board} /> : <AppealsPage board={board} />}
            </div>
          </>
        ) : (
          <p className="wb-loading">{t('wallboard.loading')}</p>
        )}
      </main>
    </div>
  );
}

function LiveIndicator({ status, receivedAt }: { status: LiveStatus; receivedAt: Date | null }) {
  const t = useT();
  const { lang } = useContext(I18n);
  return (
    <p className={`wb-live wb-live-${status}`} data-testid="wb-live" data-status={status}>
      <span className="wb-dot" aria-hidden="true" />
      <span>{t(status === 'live' ? 'wallboard.live' : status === 'connecting' ? 'wallboard.connecting' : 'wallboard.reconnecting')}</span>
      {receivedAt && <span className="wb-updated">{t('wallboard.updated', { time: formatClock(receivedAt, lang) })}</span>}
    </p>
  );
}

function RatingsPage({ board }: { board: Board }) {
  return (
    <div className="wb-grid wb-grid-ratings">
      <RatingTable rows={board.executors} title="wallboard.executors" nameCol="wallboard.col.executor" limit={10} testId="wb-executors" leaderId={board.leader?.id ?? null} />
      <div className="wb-col">
        <Leader leader={board.leader} />
        <RatingTable rows={board.supervisors} title="wallboard.supervisors" nameCol="wallboard.col.supervisor" limit={4} testId="wb-supervisors" people />
        <OverdueList rows={board.overdueByExecutor} limit={10} />
      </div>
    </div>
  );
}

function AppealsPage({ board }: { board: Board }) {
  const elapsed = monthElapsed(board.month, board.generatedAt);
  return (
    <div className="wb-grid wb-grid-appeals">
      <TopList rows={board.topCategories} title="wallboard.categories" testId="wb-categories" elapsed={elapsed} />
      <div className="wb-col">
        <TopList rows={board.topSectors} title="wallboard.sectors" testId="wb-sectors" elapsed={elapsed} />
        {board.kenes && <KenesPanel kenes={board.kenes} />}
      </div>
      <div className="wb-col">
        <Channels channels={board.channels} />
        <Satisfaction satisfaction={board.satisfaction} />
        <CloseTime rows={board.closeTime} />
      </div>
    </div>
  );
}
