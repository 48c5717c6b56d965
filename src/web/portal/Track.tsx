import { useContext, useEffect, useState, type FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { api, ApiError } from '../api.ts';
import { formatDateTime, I18n, useT } from '../i18n.tsx';
import type { Attachment, PublicView } from './public-api.ts';

/** The appeal's own page: status, public history, the answer, evidence, rating and reopening. */
export function Track({ number }: { number?: string | undefined }) {
  const t = useT();
  const { lang } = useContext(I18n);
  const [, navigate] = useLocation();
  const code = new URLSearchParams(useSearch()).get('code') ?? '';
  const [numberText, setNumberText] = useState(number ?? '');
  const [codeText, setCodeText] = useState(code);
  const [view, setView] = useState<PublicView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = async () => {
    if (!number) return;
    setError(null);
    try {
      setView(await api<PublicView>('GET', `/public/appeals/${encodeURIComponent(number)}${code ? `?code=${encodeURIComponent(code)}` : ''}`));
    } catch (err) {
      setView(null);
      setError(err instanceof ApiError && err.status === 404 ? t('portal.track_not_found') : err instanceof Error ? err.message : String(err));
    }
  };
  useEffect(() => {
    void load();
  }, [number, code, lang]);

  const go = (e: FormEvent) => {
    e.preventDefault();
    navigate(`/track/${encodeURIComponent(numberText.trim())}${codeText.trim() ? `?code=${encodeURIComponent(codeText.trim())}` : ''}`);
  };

  return (
    <div className="track">
      <form className="panel row" onSubmit={go} aria-labelledby="track-title">
        <h1 id="track-title" className="sr-only">{t('portal.track_title')}</h1>
        <label>
          {t('portal.done_number')}
          <input name="number" required value={numberText} onChange={(e) => setNumberText(e.target.value)} placeholder="109-2026-000123" />
        </label>
        <label>
          {t('portal.done_code')}
          <input name="code" value={codeText} onChange={(e) => setCodeText(e.target.value)} autoComplete="off" />
        </label>
        <button type="submit" className="primary">
          {t('portal.track_go')}
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {view && <AppealView view={view} code={code} onChange={setView} />}
    </div>
  );
}

function AppealView({ view, code, onChange }: { view: PublicView; code: string; onChange: (v: PublicView) => void }) {
  const t = useT();
  const { lang } = useContext(I18n);
  return (
    <article className="panel appeal-public" aria-labelledby="appeal-title">
      <header>
        <h2 id="appeal-title">
          {view.number} <span className={`badge ${view.open ? 'open' : 'closed'}`}>{view.statusLabel}</span>
        </h2>
        {view.own && <p className="hint">{t('portal.own_note')}</p>}
        <p className="hint">
          {t('portal.registered_at', { at: formatDateTime(view.createdAt, lang) })}
          {view.open && ` · ${t('portal.due', { at: formatDateTime(view.dueAt, lang) })}`}
        </p>
      </header>
      {view.category && <p><strong>{view.category.name}</strong></p>}
      {view.address && <p>{view.address}</p>}
      <p className="description">{view.description}</p>
      {view.attachments.filter((a) => !view.timeline.some((e) => e.action === 'answer' && e.attachmentIds.includes(a.id))).length > 0 && (
        <>
          <h3>{t('portal.evidence')}</h3>
          <Gallery items={view.attachments.filter((a) => !view.timeline.some((e) => e.action === 'answer' && e.attachmentIds.includes(a.id)))} />
        </>
      )}
      {view.answer && (
        <section className="answer" aria-labelledby="answer-title">
          <h3 id="answer-title">{t('portal.answer')}</h3>
          <p>{view.answer}</p>
          <Gallery items={view.attachments.filter((a) => view.timeline.some((e) => e.action === 'answer' && e.attachmentIds.includes(a.id)))} />
        </section>
      )}
      <h3>{t('portal.history')}</h3>
      <ol className="timeline">
        {view.timeline.map((e, i) => (
          <li key={i}>
            <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time> <strong>{e.label}</strong>
            {e.comment && e.action !== 'answer' && <p>{e.comment}</p>}
          </li>
        ))}
      </ol>
      {view.rating !== null && <p>{t('portal.rated', { n: view.rating })}</p>}
      {view.canRate && <RateForm number={view.number} code={code} onDone={onChange} />}
      {view.canReopen && <ReopenForm number={view.number} code={code} until={view.reopenUntil} onDone={onChange} />}
    </article>
  );
}

function Gallery({ items }: { items: Attachment[] }) {
  if (!items.length) return null;
  return (
    <ul className="gallery">
      {items.map((a) => (
        <li key={a.id}>
          {a.kind === 'image' && a.urls.thumb ? (
            <a href={a.urls.preview ?? a.urls.thumb} target="_blank" rel="noreferrer">
              <img src={a.urls.thumb} alt={a.fileName} loading="lazy" />
            </a>
          ) : a.kind === 'video' && a.urls.original ? (
            <video src={a.urls.original} controls preload="metadata" aria-label={a.fileName} />
          ) : a.urls.original ? (
            <a href={a.urls.original}>{a.fileName}</a>
          ) : (
            <span>{a.fileName}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

function RateForm({ number, code, onDone }: { number: string; code: string; onDone: (v: PublicView) => void }) {
  const t = useT();
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const key = useState(() => crypto.randomUUID())[0];
  const send = async (e: FormEvent) => {
    e.preventDefault();
    try {
      onDone(await api<PublicView>('POST', `/public/appeals/${encodeURIComponent(number)}/rate`, { code, rating, ...(comment.trim() && { comment: comment.trim() }) }, { 'idempotency-key': key }));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <form className="rate" onSubmit={send}>
      <fieldset>
        <legend>{t('portal.rate_title')}</legend>
        <div className="stars">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className={n <= rating ? 'on' : ''}>
              <input type="radio" name="rating" value={n} checked={rating === n} onChange={() => setRating(n)} required />
              <span aria-hidden="true">★</span>
              <span className="sr-only">{t('portal.rate_star', { n })}</span>
            </label>
          ))}
        </div>
        <label>
          {t('portal.rate_comment')}
          <textarea name="comment" rows={2} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} />
        </label>
        {error && <p role="alert" className="error">{error}</p>}
        <button type="submit" className="primary" disabled={rating === 0}>
          {t('portal.rate_send')}
        </button>
      </fieldset>
    </form>
  );
}

function ReopenForm({ number, code, until, onDone }: { number: string; code: string; until: string | null; onDone: (v: PublicView) => void }) {
  const t = useT();
  const { lang } = useContext(I18n);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const key = useState(() => crypto.randomUUID())[0];
  const send = async (e: FormEvent) => {
    e.preventDefault();
    try {
      onDone(await api<PublicView>('POST', `/public/appeals/${encodeURIComponent(number)}/reopen`, { code, reason }, { 'idempotency-key': key }));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <form className="reopen" onSubmit={send}>
      <fieldset>
        <legend>{t('portal.reopen_title')}</legend>
        {until && <p className="hint">{t('portal.reopen_hint', { at: formatDateTime(until, lang) })}</p>}
        <label>
          {t('portal.reopen_reason')}
          <textarea name="reason" rows={2} required minLength={3} maxLength={5000} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        {error && <p role="alert" className="error">{error}</p>}
        <button type="submit">{t('portal.reopen_send')}</button>
      </fieldset>
    </form>
  );
}
