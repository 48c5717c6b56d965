import { useContext, useEffect, useState } from 'react';
import { api } from './api.ts';
import { I18n, useT, type Lang } from './i18n.tsx';

type Hit = { articleId: number; key: string; lang: Lang; title: string; audience: 'public' | 'internal'; snippet: string };
type Article = { articleId: number; key: string; lang: Lang; langs: Lang[]; title: string; html: string; audience: 'public' | 'internal'; url: string | null };

/**
 * The knowledge base beside the intake form: it searches what the operator types about the
 * caller's problem (or its own box), opens an article to read it out, and puts a public
 * article's link into the answer to the citizen. It never takes the focus from the form.
 */
export function KbPanel({ text, onSendLink }: { text: string; onSendLink: (title: string, url: string) => void }) {
  const t = useT();
  const { lang } = useContext(I18n);
  const [own, setOwn] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  const [open, setOpen] = useState<Article | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const query = (own.trim() || text).trim();

  useEffect(() => {
    if (query.length < 3) return setHits([]);
    let live = true;
    const timer = setTimeout(() => {
      api<{ items: Hit[] }>('GET', `/kb/search?limit=5&q=${encodeURIComponent(query.slice(-500))}`).then(
        (r) => live && setHits(r.items),
        () => live && setHits([]),
      );
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  const read = async (articleId: number, l: Lang) => {
    setSent(null);
    setOpen(await api<Article>('GET', `/kb/articles/${articleId}/published?lang=${l}`));
  };

  const fullUrl = (path: string) => new URL(path, window.location.origin).toString();

  return (
    <section className="panel kb-panel" aria-labelledby="kb-panel-title" data-testid="kb-panel">
      <h2 id="kb-panel-title">{t('ui.kbpanel.title')}</h2>
      <label className="sr-only" htmlFor="kb-panel-q">
        {t('ui.kbpanel.search')}
      </label>
      <input id="kb-panel-q" type="search" tabIndex={-1} placeholder={t('ui.kbpanel.search')} value={own} onChange={(e) => setOwn(e.target.value)} />
      {open ? (
        <article className="kb-panel-article" data-testid="kb-panel-article">
          <div className="row">
            <button type="button" tabIndex={-1} onClick={() => setOpen(null)}>
              ← {t('ui.kbpanel.back')}
            </button>
            {open.langs.length > 1 &&
              open.langs.map((l) => (
                <button
                  key={l}
                  type="button"
                  tabIndex={-1}
                  className={l === open.lang ? 'chip active' : 'chip'}
                  aria-pressed={l === open.lang}
                  title={t(`ui.kb.lang.${l}`)}
                  aria-label={`${l.toUpperCase()} — ${t(`ui.kb.lang.${l}`)}`}
                  onClick={() => void read(open.articleId, l)}
                >
                  {l.toUpperCase()}
                </button>
              ))}
          </div>
          <h3>{open.title}</h3>
          {open.audience === 'internal' && <p className="badge">{t('ui.kbpanel.internal')}</p>}
          {/* Rendered by the server from Markdown with raw HTML escaped. */}
          <div className="kb-html" dangerouslySetInnerHTML={{ __html: open.html }} />
          {open.url && (
            <div className="row">
              <button
                type="button"
                tabIndex={-1}
                className="primary"
                onClick={() => {
                  onSendLink(open.title, fullUrl(open.url!));
                  setSent(open.url);
                }}
              >
                {t('ui.kbpanel.send')}
              </button>
              <button type="button" tabIndex={-1} onClick={() => void navigator.clipboard?.writeText(fullUrl(open.url!))}>
                {t('ui.kbpanel.copy')}
              </button>
            </div>
          )}
          {sent && (
            <p className="hint" role="status">
              {t('ui.kbpanel.sent')}
            </p>
          )}
        </article>
      ) : hits.length > 0 ? (
        <ul className="kb-hits" aria-live="polite">
          {hits.map((h) => (
            <li key={`${h.articleId}-${h.lang}`}>
              <button type="button" tabIndex={-1} className="link-btn" onClick={() => void read(h.articleId, h.lang === lang ? lang : h.lang)}>
                {h.title}
              </button>
              {h.audience === 'internal' && <span className="badge">{t('ui.kbpanel.internal')}</span>}
              <span className="hint"> {h.snippet}</span>
            </li>
          ))}
        </ul>
      ) : (
        query.length >= 3 && <p className="hint">{t('ui.kbpanel.nothing')}</p>
      )}
    </section>
  );
}
