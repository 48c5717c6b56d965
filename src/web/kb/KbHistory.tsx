import { useContext, useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../api.ts';
import { formatDateTime, I18n, useT } from '../i18n.tsx';
import type { DiffPart, KbDiff, KbRevision, KbTranslation } from './types.ts';

/**
 * One language's revisions, newest first: who saved each, when, with what note, which one readers
 * see. Any revision can be compared word by word with the published and the newest one, and
 * published again (a rollback).
 */
export function KbHistory(props: { translation: KbTranslation | undefined; articleId: number; busy: boolean; onPublish: (r: KbRevision) => void }) {
  const t = useT();
  const { lang } = useContext(I18n);
  const { translation: tr, articleId } = props;
  const [items, setItems] = useState<KbRevision[] | null>(null);
  const [diff, setDiff] = useState<KbDiff | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latestId = tr?.latest.revisionId;
  const publishedId = tr?.published?.revisionId;
  const trLang = tr?.lang;

  useEffect(() => {
    setDiff(null);
    if (!trLang) return setItems(null);
    let live = true;
    api<{ items: KbRevision[] }>('GET', `/kb/articles/${articleId}/translations/${trLang}/revisions`).then(
      (r) => live && setItems(r.items),
      (e: unknown) => live && setError(e instanceof ApiError ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [articleId, trLang, latestId, publishedId]);

  const compare = async (a: KbRevision, b: KbRevision) => {
    const [from, to] = a.number < b.number ? [a, b] : [b, a];
    setError(null);
    try {
      setDiff(await api<KbDiff>('GET', `/kb/diff?from=${from.id}&to=${to.id}`));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  if (!tr) return <p className="hint">{t('ui.kb.history_none')}</p>;
  if (!items)
    return error ? (
      <p role="alert" className="error">
        {error}
      </p>
    ) : (
      <p>{t('ui.loading')}</p>
    );
  const published = items.find((r) => r.isPublished);
  const latest = items.find((r) => r.isLatest);
  return (
    <div className="kb-history">
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <table className="appeals">
        <thead>
          <tr>
            <th scope="col">{t('ui.col.number')}</th>
            <th scope="col">{t('ui.kb.col.saved')}</th>
            <th scope="col">{t('ui.kb.col.note')}</th>
            <th scope="col">
              <span className="sr-only">{t('ui.card.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => {
            const name = t('ui.kb.revision', { n: r.number });
            return (
              <tr key={r.id} className={r.isPublished ? 'kb-rev-published' : ''}>
                <td>
                  {r.number}
                  {r.isPublished && <span className="kb-badge published">{t('ui.kb.rev_published')}</span>}
                  {r.isLatest && !r.isPublished && <span className="kb-badge draft">{t('ui.kb.rev_latest')}</span>}
                </td>
                <td>
                  {formatDateTime(r.createdAt, lang)}
                  <div className="hint">{r.authorName ?? '—'}</div>
                </td>
                <td>{r.note ?? ''}</td>
                <td>
                  <div className="kb-rev-actions">
                    {published && !r.isPublished && (
                      <button type="button" className="small" aria-label={`${name}: ${t('ui.kb.compare_published')}`} onClick={() => compare(published, r)}>
                        {t('ui.kb.compare_published')}
                      </button>
                    )}
                    {latest && !r.isLatest && latest.id !== published?.id && (
                      <button type="button" className="small" aria-label={`${name}: ${t('ui.kb.compare_latest')}`} onClick={() => compare(r, latest)}>
                        {t('ui.kb.compare_latest')}
                      </button>
                    )}
                    {!r.isPublished && (
                      <button type="button" className="small" disabled={props.busy} aria-label={`${name}: ${t('ui.kb.publish_revision')}`} onClick={() => props.onPublish(r)}>
                        {t('ui.kb.publish_revision')}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {diff && <DiffView diff={diff} onClose={() => setDiff(null)} />}
    </div>
  );
}

function Parts({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((p, i) => (p.removed ? <del key={i}>{p.value}</del> : p.added ? <ins key={i}>{p.value}</ins> : <span key={i}>{p.value}</span>))}
    </>
  );
}

/** Word differences: what was removed struck through in red, what was added underlined in green. */
export function DiffView({ diff, onClose }: { diff: KbDiff; onClose: () => void }) {
  const t = useT();
  const changed = (parts: DiffPart[]) => parts.some((p) => p.added || p.removed);
  const none = !changed(diff.title) && !changed(diff.body) && !changed(diff.paraphrases);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [diff]);
  return (
    <section className="kb-diff panel" aria-label={t('ui.kb.diff_title', { from: diff.from.number, to: diff.to.number })} tabIndex={-1} ref={ref}>
      <div className="kb-diff-head">
        <h3>{t('ui.kb.diff_title', { from: diff.from.number, to: diff.to.number })}</h3>
        <button type="button" className="small" onClick={onClose}>
          {t('ui.kb.close')}
        </button>
      </div>
      <p className="hint">
        <del>{t('ui.kb.diff_removed')}</del> <ins>{t('ui.kb.diff_added')}</ins>
      </p>
      {none ? (
        <p className="empty">{t('ui.kb.diff_none')}</p>
      ) : (
        <>
          {changed(diff.title) && (
            <>
              <h4>{t('ui.kb.field_title')}</h4>
              <p className="kb-diff-text">
                <Parts parts={diff.title} />
              </p>
            </>
          )}
          <h4>{t('ui.kb.field_body')}</h4>
          <div className="kb-diff-text">
            <Parts parts={diff.body} />
          </div>
          {changed(diff.paraphrases) && (
            <>
              <h4>{t('ui.kb.field_paraphrases')}</h4>
              <ul className="kb-diff-list">
                {diff.paraphrases.map((p, i) => (
                  <li key={i}>{p.removed ? <del>{p.value}</del> : p.added ? <ins>{p.value}</ins> : p.value}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
