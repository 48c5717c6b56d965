import { useContext, useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { api, ApiError } from '../api.ts';
import { I18n, LangCode, useT, type Lang } from '../i18n.tsx';

type Hit = { key: string; lang: Lang; title: string; snippet: string };
type Row = { key: string; lang: Lang; title: string; tags: string[] };
type List = { total: number; items: Row[]; tags: { tag: string; n: number }[] };
type Article = {
  key: string;
  lang: Lang;
  langs: Lang[];
  title: string;
  html: string;
  tags: string[];
  publishedAt: string | null;
  url: string | null;
  attachments: { id: string; fileName: string; mime: string; url: string; previewUrl: string | null }[];
};

const articleHref = (key: string, lang: Lang) => `/portal/kb/${encodeURIComponent(key)}?lang=${lang}`;

/** The public knowledge base: search as you type (typos forgiven), or browse by topic. */
export function KbHome() {
  const t = useT();
  const { lang } = useContext(I18n);
  const [q, setQ] = useState(() => new URLSearchParams(window.location.search).get('q') ?? '');
  const [tag, setTag] = useState<string | null>(null);
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [list, setList] = useState<List | null>(null);

  useEffect(() => {
    const query = q.trim();
    if (query.length < 2) return setHits(null);
    let live = true;
    const timer = setTimeout(() => {
      api<{ items: Hit[] }>('GET', `/public/kb/search?limit=10&q=${encodeURIComponent(query)}`).then(
        (r) => live && setHits(r.items),
        () => live && setHits([]),
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q]);

  useEffect(() => {
    let live = true;
    api<List>('GET', `/public/kb/articles?lang=${lang}&limit=200${tag ? `&tag=${encodeURIComponent(tag)}` : ''}`).then(
      (r) => live && setList(r),
      () => live && setList(null),
    );
    return () => {
      live = false;
    };
  }, [lang, tag]);

  return (
    <section className="portal-kb" aria-labelledby="kb-title">
      <h1 id="kb-title">{t('portal.kb.title')}</h1>
      <p className="hint">{t('portal.kb.lead')}</p>
      <label className="kb-search">
        <span className="sr-only">{t('portal.kb.search')}</span>
        <input type="search" name="q" placeholder={t('portal.kb.search')} value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
      </label>
      {hits !== null ? (
        <div aria-live="polite">
          {hits.length ? (
            <ul className="kb-results">
              {hits.map((h) => (
                <li key={`${h.key}-${h.lang}`}>
                  <Link href={articleHref(h.key, h.lang)}>{h.title}</Link>
                  <p className="hint">{h.snippet}</p>
                </li>
              ))}
            </ul>
          ) : (
            <p>
              {t('portal.kb.nothing')} <Link href="/portal">{t('portal.kb.ask')}</Link>
            </p>
          )}
        </div>
      ) : (
        list && (
          <>
            <div className="kb-tags" role="group" aria-label={t('portal.kb.topics')}>
              <button type="button" className={tag === null ? 'chip active' : 'chip'} aria-pressed={tag === null} onClick={() => setTag(null)}>
                {t('portal.kb.all')}
              </button>
              {list.tags.slice(0, 24).map((x) => (
                <button key={x.tag} type="button" className={tag === x.tag ? 'chip active' : 'chip'} aria-pressed={tag === x.tag} onClick={() => setTag(x.tag)}>
                  {x.tag} <span className="hint">{x.n}</span>
                </button>
              ))}
            </div>
            <ul className="kb-results">
              {list.items.map((r) => (
                <li key={r.key}>
                  <Link href={articleHref(r.key, r.lang)}>{r.title}</Link>
                  {r.lang !== lang && <LangCode lang={r.lang} className="badge" />}
                </li>
              ))}
            </ul>
          </>
        )
      )}
    </section>
  );
}

export function KbArticle({ articleKey }: { articleKey: string }) {
  const t = useT();
  const { lang, setLang } = useContext(I18n);
  const [, navigate] = useLocation();
  const [article, setArticle] = useState<Article | null>(null);
  const [missing, setMissing] = useState(false);
  // A shared link names its language (?lang=kk): the portal switches to it once.
  const [asked, setAsked] = useState<Lang>(() => {
    const l = new URLSearchParams(window.location.search).get('lang');
    return l === 'ru' || l === 'kk' || l === 'en' ? l : lang;
  });
  useEffect(() => {
    if (asked !== lang) setLang(asked);
    // Only on arrival: later the portal's language switch leads.
  }, []);
  useEffect(() => setAsked(lang), [lang]);

  useEffect(() => {
    let live = true;
    setMissing(false);
    api<Article>('GET', `/public/kb/articles/${encodeURIComponent(articleKey)}?lang=${asked}`).then(
      (a) => {
        if (!live) return;
        setArticle(a);
        document.title = `${a.title} — Jauap`;
      },
      (err) => live && err instanceof ApiError && setMissing(true),
    );
    return () => {
      live = false;
    };
  }, [articleKey, asked]);

  if (missing)
    return (
      <section>
        <p>{t('portal.kb.missing')}</p>
        <Link href="/portal/kb">{t('portal.kb.back')}</Link>
      </section>
    );
  if (!article)
    return (
      <p aria-busy="true">
        <span aria-hidden="true">…</span>
        <span className="sr-only">{t('ui.loading')}</span>
      </p>
    );
  return (
    <article className="portal-kb-article" lang={article.lang}>
      <p>
        <Link href="/portal/kb">← {t('portal.kb.back')}</Link>
      </p>
      {article.langs.length > 1 && (
        <div className="row" role="group" aria-label={t('portal.kb.languages')}>
          {article.langs.map((l) => (
            <button
              key={l}
              type="button"
              className={l === article.lang ? 'chip active' : 'chip'}
              aria-pressed={l === article.lang}
              onClick={() => {
                setLang(l);
                navigate(articleHref(article.key, l), { replace: true });
              }}
            >
              {t(`ui.kb.lang_native.${l}`)}
            </button>
          ))}
        </div>
      )}
      <h1>{article.title}</h1>
      {/* Rendered by the server from Markdown with raw HTML escaped. */}
      <div className="kb-html" dangerouslySetInnerHTML={{ __html: article.html }} />
      {article.attachments.length > 0 && (
        <ul className="files">
          {article.attachments.map((f) => (
            <li key={f.id}>
              {f.previewUrl ? (
                <a href={f.url}>
                  <img src={f.previewUrl} alt={f.fileName} loading="lazy" />
                </a>
              ) : (
                <a href={f.url}>{f.fileName}</a>
              )}
            </li>
          ))}
        </ul>
      )}
      <aside className="panel">
        <p>{t('portal.kb.not_solved')}</p>
        <Link href="/portal">{t('portal.kb.ask')}</Link>
      </aside>
    </article>
  );
}
