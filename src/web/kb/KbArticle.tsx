import { useContext, useEffect, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { api, ApiError } from '../api.ts';
import { formatDateTime, I18n, useT, type Key, type Lang } from '../i18n.tsx';
import { fileSize } from './kb-api.ts';
import './kb.css';
import type { KbPublished } from './types.ts';

/** A published article as readers see it, in any of its published languages. */
export function KbArticleView({ id, editor }: { id: number; editor: boolean }) {
  const t = useT();
  const { lang: uiLang } = useContext(I18n);
  const search = useSearch();
  const [, navigate] = useLocation();
  const asked = new URLSearchParams(search).get('lang') as Lang | null;
  const [a, setA] = useState<KbPublished | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    let live = true;
    setError(null);
    api<KbPublished>('GET', `/kb/articles/${id}/published?lang=${asked ?? uiLang}`).then(
      (r) => live && setA(r),
      (e: unknown) => live && setError(e instanceof ApiError && e.status === 404 ? t('ui.kb.not_published') : String(e instanceof Error ? e.message : e)),
    );
    return () => {
      live = false;
    };
  }, [id, asked, uiLang]);

  const copy = async () => {
    if (!a?.url) return;
    const link = new URL(a.url, window.location.origin).href;
    try {
      await navigator.clipboard.writeText(link);
    } catch {
      // No clipboard (an insecure address): the link is selected on screen to copy by hand.
      window.prompt(t('ui.kb.public_link'), link);
    }
    setCopied(true);
  };

  return (
    <article className="kb kb-reader">
      <p className="crumbs">
        <Link href="/kb">← {t('ui.kb.title')}</Link>
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {editor && (
        <p>
          <Link href={`/kb/${id}/edit`} className="button">
            {t('ui.kb.edit')}
          </Link>
        </p>
      )}
      {!a ? (
        !error && <p>{t('ui.loading')}</p>
      ) : (
        <>
          <header className="kb-reader-head">
            <h1 lang={a.lang}>{a.title}</h1>
            <div className="row">
              <span className={`kb-badge ${a.audience}`}>{t(`ui.kb.audience.${a.audience}` as Key)}</span>
              {a.publishedAt && <span className="hint">{t('ui.kb.published_at', { date: formatDateTime(a.publishedAt, uiLang) })}</span>}
              {a.tags.map((g) => (
                <span key={g} className="kb-tag">
                  {g}
                </span>
              ))}
            </div>
            <div className="row kb-reader-tools">
              {a.langs.length > 1 && (
                <div role="group" aria-label={t('ui.kb.language')} className="kb-langs">
                  {a.langs.map((l) => (
                    <button key={l} type="button" className={l === a.lang ? 'chip active' : 'chip'} aria-pressed={l === a.lang} onClick={() => navigate(`/kb/${id}?lang=${l}`, { replace: true })}>
                      {t(`ui.kb.lang.${l}` as Key)}
                    </button>
                  ))}
                </div>
              )}
              {a.url && (
                <>
                  <button type="button" onClick={copy}>
                    {t('ui.kb.copy_link')}
                  </button>
                  <span role="status" className="okmsg">
                    {copied ? t('ui.kb.copied') : ''}
                  </span>
                </>
              )}
            </div>
          </header>
          <div className="kb-doc panel" lang={a.lang} dangerouslySetInnerHTML={{ __html: a.html }} />
          {a.attachments.length > 0 && (
            <section>
              <h2>{t('ui.kb.files')}</h2>
              <ul className="files">
                {a.attachments.map((f) => (
                  <li key={f.id}>
                    {f.previewUrl ? <img src={f.previewUrl} alt="" width={64} height={64} /> : <span className="filetype">{f.mime.split('/')[1]}</span>}
                    <a href={f.url} target="_blank" rel="noreferrer">
                      {f.fileName}
                    </a>
                    <span className="hint">{fileSize(f.size, uiLang)}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </article>
  );
}
