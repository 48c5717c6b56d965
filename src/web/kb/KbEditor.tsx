import { useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type ChangeEvent, type KeyboardEvent, type RefObject } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { api, ApiError, type CatalogueItem } from '../api.ts';
import { Combobox, type Option } from '../Combobox.tsx';
import { formatDateTime, I18n, useT, type Key, type Lang } from '../i18n.tsx';
import { fileMarkdown, fileSize, uploadKbFiles } from './kb-api.ts';
import './kb.css';
import { KbHistory } from './KbHistory.tsx';
import { StatusBadge } from './KbList.tsx';
import { useLeaveGuard } from './leave-guard.ts';
import { KB_LANGS, type KbArticle, type KbAudience, type KbRevision, type KbTranslation } from './types.ts';

type Form = { title: string; body: string; paraphrases: string; note: string };
type Meta = { key: string; audience: KbAudience; tags: string[]; items: { id: number; name: string }[] };
type Msg = { ok: boolean; text: string } | null;

const EMPTY: Form = { title: '', body: '', paraphrases: '', note: '' };
const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);
const fromServer = (tr: KbTranslation | undefined): Form => (tr ? { title: tr.latest.title, body: tr.latest.body, paraphrases: tr.latest.paraphrases.join('\n'), note: '' } : EMPTY);
const sameText = (a: Form, b: Form) => a.title.trim() === b.title.trim() && a.body.trim() === b.body.trim() && lines(a.paraphrases).join('\n') === lines(b.paraphrases).join('\n');
const findTr = (a: KbArticle | null, l: Lang) => a?.translations.find((x) => x.lang === l);
const allForms = (f: (l: Lang) => Form) => Object.fromEntries(KB_LANGS.map((l) => [l, f(l)])) as Record<Lang, Form>;

/** A message to show on the next page (the editor of an article just created). */
let flash: Msg = null;
/** Typed, unsaved state of an editor the user left with Back and then chose to stay on. */
type Kept = { forms: Record<Lang, Form>; meta: Meta; base: Record<Lang, number | null>; tab: Lang };
const kept = new Map<string, Kept>();

/**
 * The editor of one article (or a new one): its key, audience, tags and catalogue items, and one
 * tab per language with the title, the Markdown text beside its preview (rendered by the server
 * exactly as readers will see it), the paraphrases and the note of the change. Saving sends the
 * revision the editor started from, so nobody overwrites a colleague's save unknowingly.
 */
export function KbEditor({ id }: { id: number | null }) {
  const t = useT();
  const { lang: uiLang } = useContext(I18n);
  const [, navigate] = useLocation();
  const search = useSearch();
  const uid = useId();
  const slot = String(id ?? 'new');
  const [article, setArticle] = useState<KbArticle | null>(null);
  const [meta, setMeta] = useState<Meta>(() => (id === null && kept.get(slot)?.meta) || { key: '', audience: 'public', tags: [], items: [] });
  const [forms, setForms] = useState<Record<Lang, Form>>(() => (id === null && kept.get(slot)?.forms) || allForms(() => EMPTY));
  const [base, setBase] = useState<Record<Lang, number | null>>({ ru: null, kk: null, en: null });
  const [tab, setTab] = useState<Lang>(() => (new URLSearchParams(search).get('lang') as Lang | null) ?? uiLang);
  const [msg, setMsg] = useState<Msg>(() => {
    const m = flash;
    flash = null;
    return m;
  });
  const [busy, setBusy] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const keyRef = useRef<HTMLInputElement>(null);
  const current = useRef({ forms, article, meta, base, tab });
  current.current = { forms, article, meta, base, tab };

  const tr = findTr(article, tab);
  const form = forms[tab];
  const langDirty = (l: Lang) => !sameText(forms[l], fromServer(findTr(article, l)));
  const metaDirty = article
    ? meta.key.trim() !== article.key || meta.audience !== article.audience || meta.tags.join('\n') !== article.tags.join('\n') || meta.items.map((i) => i.id).join() !== article.itemIds.join()
    : meta.key.trim() !== '' || meta.tags.length > 0 || meta.items.length > 0;
  const dirty = metaDirty || KB_LANGS.some(langDirty);
  const allowLeave = useLeaveGuard(dirty, t('ui.kb.leave_unsaved'), () => {
    const { forms: f, meta: m, base: b, tab: l } = current.current;
    kept.set(slot, { forms: f, meta: m, base: b, tab: l });
  });
  useEffect(() => {
    if (id === null) kept.delete(slot);
  }, [id, slot]);

  /** Reads the article again; the typed text of `keep` languages (and the typed metadata) stays. */
  const load = useCallback(
    async (keep: Lang[] = [], keepMeta = false) => {
      if (id === null) return;
      const a = await api<KbArticle>('GET', `/kb/articles/${id}`);
      const prev = current.current;
      setArticle(a);
      setBase(Object.fromEntries(KB_LANGS.map((l) => [l, findTr(a, l)?.latest.revisionId ?? null])) as Record<Lang, number | null>);
      setForms(allForms((l) => (keep.includes(l) ? prev.forms[l] : fromServer(findTr(a, l)))));
      if (!keepMeta) {
        const names = await Promise.all(
          a.itemIds.map((itemId) =>
            api<CatalogueItem>('GET', `/catalogue/${itemId}`).then(
              (c) => ({ id: itemId, name: `${c.code} · ${c.name}` }),
              () => ({ id: itemId, name: String(itemId) }),
            ),
          ),
        );
        setMeta({ key: a.key, audience: a.audience, tags: a.tags, items: names });
      }
      return a;
    },
    [id],
  );

  useEffect(() => {
    load().then(
      (a) => {
        const k = kept.get(slot);
        kept.delete(slot);
        if (k) {
          // Back from a page the user did not mean to leave: their typing comes back as it was.
          setForms(k.forms);
          setMeta(k.meta);
          setBase(k.base);
          setTab(k.tab);
        } else if (a && !findTr(a, tab) && a.translations[0] && !new URLSearchParams(window.location.search).get('lang')) {
          // Start on a language the article has when the reader's own is missing.
          setTab(a.translations[0].lang);
        }
      },
      (e: unknown) => setLoadError(e instanceof ApiError ? e.message : String(e)),
    );
    // Only on opening (load changes with the id alone): the tab is the user's to change afterwards.
  }, [load]);

  // The preview, rendered by the server as readers will see it (no Markdown code in the browser).
  const [preview, setPreview] = useState('');
  const body = form.body;
  useEffect(() => {
    if (!body.trim()) return setPreview('');
    let live = true;
    const timer = setTimeout(() => {
      api<{ html: string }>('POST', '/kb/preview', { markdown: body.slice(0, 50_000) }).then(
        (r) => live && setPreview(r.html),
        () => undefined,
      );
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [body]);

  const setField = (k: keyof Form) => (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const v = e.target.value;
    setForms((f) => ({ ...f, [tab]: { ...f[tab], [k]: v } }));
    if (msg?.ok) setMsg(null);
  };

  /** Runs one action; a colleague's save in between is reported and the typed text kept. */
  const run = async (fn: () => Promise<string | void>) => {
    if (busy) return;
    setBusy(true);
    setMsg(null);
    try {
      const ok = await fn();
      if (ok) setMsg({ ok: true, text: ok });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'STALE_VERSION') {
        await load(KB_LANGS, true).catch(() => undefined);
        setMsg({ ok: false, text: t('ui.kb.stale') });
      } else setMsg({ ok: false, text: e instanceof ApiError ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  const translationBody = (l: Lang, publish: boolean) => {
    const f = forms[l];
    return { title: f.title.trim(), body: f.body.trim(), paraphrases: lines(f.paraphrases), ...(f.note.trim() && { note: f.note.trim() }), publish };
  };
  const filled = (l: Lang) => forms[l].title.trim() !== '' && forms[l].body.trim() !== '';

  const save = (publish: boolean) =>
    run(async () => {
      if (id === null) {
        if (!meta.key.trim()) {
          keyRef.current?.focus();
          throw new Error(t('ui.kb.need_key'));
        }
        if (!filled(tab)) {
          (forms[tab].title.trim() ? bodyRef : titleRef).current?.focus();
          throw new Error(t('ui.kb.need_title_body'));
        }
        const translations = Object.fromEntries(KB_LANGS.filter(filled).map((l) => [l, translationBody(l, publish && l === tab)]));
        const r = await api<{ id: number }>('POST', '/kb/articles', { key: meta.key.trim(), audience: meta.audience, tags: meta.tags, itemIds: meta.items.map((i) => i.id), translations });
        flash = { ok: true, text: publish ? t('ui.kb.created_published') : t('ui.kb.created') };
        allowLeave();
        navigate(`/kb/${r.id}/edit?lang=${tab}`, { replace: true });
        return;
      }
      if (!article) return;
      const textChanged = langDirty(tab);
      if (textChanged && !filled(tab)) {
        (forms[tab].title.trim() ? bodyRef : titleRef).current?.focus();
        throw new Error(t('ui.kb.need_title_body'));
      }
      if (metaDirty) {
        await api('PATCH', `/kb/articles/${id}`, { key: meta.key.trim(), audience: meta.audience, tags: meta.tags, itemIds: meta.items.map((i) => i.id), version: article.version });
      }
      let text = t('ui.kb.saved_meta');
      if (textChanged) {
        const r = await api<{ revisionId: number; number: number }>('PUT', `/kb/articles/${id}/translations/${tab}`, { ...translationBody(tab, publish), baseRevisionId: base[tab] });
        text = t(publish ? 'ui.kb.saved_published' : 'ui.kb.saved_draft', { n: r.number });
      } else if (publish && tr && tr.status !== 'published') {
        await api('POST', `/kb/articles/${id}/translations/${tab}/publish`, { revisionId: tr.latest.revisionId });
        text = t('ui.kb.published', { n: tr.latest.number });
      }
      await load(KB_LANGS.filter((l) => l !== tab && langDirty(l)));
      return text;
    });

  const publishRevision = (revisionId: number, n: number) =>
    run(async () => {
      await api('POST', `/kb/articles/${id}/translations/${tab}/publish`, { revisionId });
      await load(KB_LANGS.filter(langDirty), metaDirty);
      return t('ui.kb.published', { n });
    });

  const rollback = (r: KbRevision) => {
    if (window.confirm(t('ui.kb.confirm_publish_revision', { n: r.number }))) void publishRevision(r.id, r.number);
  };

  const unpublish = () => {
    if (!window.confirm(t('ui.kb.confirm_unpublish', { lang: t(`ui.kb.lang.${tab}` as Key) }))) return;
    void run(async () => {
      await api('POST', `/kb/articles/${id}/translations/${tab}/unpublish`);
      await load(KB_LANGS.filter(langDirty), metaDirty);
      return t('ui.kb.unpublished');
    });
  };

  const remove = () => {
    if (!article || !window.confirm(t('ui.kb.confirm_delete', { key: article.key }))) return;
    void run(async () => {
      await api('DELETE', `/kb/articles/${article.id}`);
      allowLeave();
      navigate('/kb', { replace: true });
    });
  };

  /** Puts a file's Markdown where the cursor is in the text (or at its end). */
  const insertFile = (md: string) => {
    const el = bodyRef.current;
    const start = el?.selectionStart ?? form.body.length;
    const end = el?.selectionEnd ?? start;
    const before = form.body.slice(0, start);
    const after = form.body.slice(end);
    const gap = before && !before.endsWith('\n') ? '\n\n' : '';
    const next = `${before}${gap}${md}${after.startsWith('\n') || !after ? '' : '\n\n'}${after}`;
    setForms((f) => ({ ...f, [tab]: { ...f[tab], body: next } }));
    const caret = before.length + gap.length + md.length;
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(caret, caret);
    });
  };

  const upload = (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    if (!files.length || id === null) return;
    void run(async () => {
      const added = await uploadKbFiles(id, files, uiLang);
      await load(KB_LANGS, true);
      return t('ui.kb.uploaded', { n: added.length });
    });
  };

  const deleteFile = (fileId: string, name: string) => {
    if (!window.confirm(t('ui.kb.confirm_delete_file', { name }))) return;
    void run(async () => {
      await api('DELETE', `/kb/files/${fileId}`);
      await load(KB_LANGS, true);
      return t('ui.kb.file_deleted');
    });
  };

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = KB_LANGS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? KB_LANGS[(i + 1) % 3] : e.key === 'ArrowLeft' ? KB_LANGS[(i + 2) % 3] : null;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    document.getElementById(`${uid}-tab-${next}`)?.focus();
  };

  if (loadError)
    return (
      <section className="kb">
        <p className="crumbs">
          <Link href="/kb">← {t('ui.kb.title')}</Link>
        </p>
        <p role="alert" className="error">
          {loadError}
        </p>
      </section>
    );
  if (id !== null && !article) return <p>{t('ui.loading')}</p>;

  const textChanged = langDirty(tab);
  const heading = id === null ? t('ui.kb.new') : (tr?.latest.title ?? article?.translations[0]?.latest.title ?? article?.key ?? '');
  const hasPublished = article?.translations.some((x) => x.published);

  return (
    <section
      className="kb kb-editor"
      aria-labelledby={`${uid}-h`}
      onKeyDown={(e) => {
        // Ctrl+S saves a draft here rather than the browser's "save page as".
        if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 's') {
          e.preventDefault();
          void save(false);
        }
      }}
    >
      <div className="kb-head">
        <div>
          <p className="crumbs">
            <Link href="/kb">← {t('ui.kb.title')}</Link>
          </p>
          <h1 id={`${uid}-h`}>{heading}</h1>
        </div>
        <div className="row">
          {article && hasPublished && (
            <Link href={`/kb/${article.id}?lang=${tab}`} className="button">
              {t('ui.kb.open_reader')}
            </Link>
          )}
          {article && (
            <button type="button" className="danger" onClick={remove} disabled={busy}>
              {t('ui.kb.delete')}
            </button>
          )}
        </div>
      </div>

      <MetaFields meta={meta} setMeta={setMeta} keyRef={keyRef} />

      <div role="tablist" aria-label={t('ui.kb.languages')} className="kb-tabs">
        {KB_LANGS.map((l) => {
          const x = findTr(article, l);
          return (
            <button
              key={l}
              id={`${uid}-tab-${l}`}
              type="button"
              role="tab"
              aria-selected={tab === l}
              aria-controls={`${uid}-panel`}
              tabIndex={tab === l ? 0 : -1}
              className={tab === l ? 'active' : ''}
              onClick={() => setTab(l)}
              onKeyDown={onTabKey}
            >
              {t(`ui.kb.lang.${l}` as Key)} {x ? <StatusBadge status={x.status} /> : <span className="kb-badge none">{t('ui.kb.status.none')}</span>}
              {langDirty(l) && (
                <span className="kb-dirty" title={t('ui.kb.unsaved')}>
                  ●<span className="sr-only">{t('ui.kb.unsaved')}</span>
                </span>
              )}
            </button>
          );
        })}
      </div>

      <div id={`${uid}-panel`} role="tabpanel" aria-labelledby={`${uid}-tab-${tab}`} className="kb-panel-body panel">
        {tr && (
          <p className="hint kb-state-line">
            {tr.status === 'draft'
              ? t('ui.kb.state_draft', { n: tr.latest.number, p: tr.published?.number ?? 0 })
              : tr.status === 'published'
                ? t('ui.kb.state_published', { n: tr.latest.number })
                : t('ui.kb.state_unpublished', { n: tr.latest.number })}{' '}
            {t('ui.kb.last_saved', { date: formatDateTime(tr.latest.createdAt, uiLang), who: tr.latest.authorName ?? '—' })}
          </p>
        )}
        <label>
          {t('ui.kb.field_title')}
          <input ref={titleRef} lang={tab} value={form.title} onChange={setField('title')} maxLength={200} required />
        </label>
        <div className="kb-split">
          <label className="kb-source">
            <span>
              {t('ui.kb.field_body')} <span className="hint">{t('ui.kb.markdown_hint')}</span>
            </span>
            <textarea ref={bodyRef} lang={tab} value={form.body} onChange={setField('body')} maxLength={50_000} spellCheck />
          </label>
          <div className="kb-preview-wrap">
            <span className="kb-preview-label" id={`${uid}-pv`}>
              {t('ui.kb.preview')}
            </span>
            <div className="kb-preview kb-doc" role="region" aria-labelledby={`${uid}-pv`} lang={tab} tabIndex={0} dangerouslySetInnerHTML={{ __html: preview || `<p class="hint">${t('ui.kb.preview_empty')}</p>` }} />
          </div>
        </div>
        <div className="kb-extra">
          <label>
            {t('ui.kb.field_paraphrases')}
            <textarea lang={tab} rows={3} value={form.paraphrases} onChange={setField('paraphrases')} aria-describedby={`${uid}-ph`} />
            <span id={`${uid}-ph`} className="hint">
              {t('ui.kb.paraphrases_hint')}
            </span>
          </label>
          <label>
            {t('ui.kb.field_note')}
            <input value={form.note} onChange={setField('note')} maxLength={500} aria-describedby={`${uid}-nh`} />
            <span id={`${uid}-nh`} className="hint">
              {t('ui.kb.note_hint')}
            </span>
          </label>
        </div>
        <div className="kb-actions">
          <button type="button" onClick={() => save(false)} disabled={busy || (id !== null && !textChanged && !metaDirty)} aria-keyshortcuts="Control+S" title="Ctrl+S">
            {t('ui.kb.save_draft')}
          </button>
          <button type="button" className="primary" onClick={() => save(true)} disabled={busy || (id !== null && !textChanged && !metaDirty && tr?.status === 'published')}>
            {t('ui.kb.save_publish')}
          </button>
          {tr && tr.status !== 'published' && (
            <button type="button" onClick={() => publishRevision(tr.latest.revisionId, tr.latest.number)} disabled={busy || textChanged} title={textChanged ? t('ui.kb.publish_draft_dirty') : undefined}>
              {t('ui.kb.publish_draft')}
            </button>
          )}
          {tr?.published && (
            <button type="button" onClick={unpublish} disabled={busy}>
              {t('ui.kb.unpublish')}
            </button>
          )}
          <span className="spacer" />
          <span role={msg && !msg.ok ? 'alert' : 'status'} className={msg ? (msg.ok ? 'okmsg' : 'error') : ''}>
            {msg?.text ?? (dirty ? t('ui.kb.unsaved') : '')}
          </span>
        </div>
      </div>

      <div className="kb-lower">
        <section className="panel" aria-labelledby={`${uid}-files`}>
          <h2 id={`${uid}-files`}>{t('ui.kb.files')}</h2>
          {id === null ? (
            <p className="hint">{t('ui.kb.files_after_save')}</p>
          ) : (
            <>
              <label className="filebtn">
                {t('ui.kb.upload')}
                <input type="file" multiple accept="image/*,video/*,application/pdf" onChange={upload} disabled={busy} />
              </label>
              <span className="hint"> {t('ui.kb.upload_hint')}</span>
              {article && article.attachments.length > 0 ? (
                <ul className="files kb-files">
                  {article.attachments.map((f) => (
                    <li key={f.id}>
                      {f.previewUrl ? <img src={f.previewUrl} alt="" width={48} height={48} /> : <span className="filetype">{f.mime.split('/')[1]}</span>}
                      <span className="kb-file-name">
                        <a href={f.url} target="_blank" rel="noreferrer">
                          {f.fileName}
                        </a>
                        <span className="hint"> {fileSize(f.size, uiLang)}</span>
                      </span>
                      <button type="button" className="small" onClick={() => insertFile(fileMarkdown(f))} aria-label={`${t('ui.kb.insert')}: ${f.fileName}`}>
                        {t('ui.kb.insert')}
                      </button>
                      <button type="button" className="small" onClick={() => deleteFile(f.id, f.fileName)} aria-label={`${t('ui.kb.delete_file')}: ${f.fileName}`}>
                        {t('ui.kb.delete_file')}
                      </button>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="empty">{t('ui.kb.no_files')}</p>
              )}
            </>
          )}
        </section>
        <section className="panel" aria-labelledby={`${uid}-hist`}>
          <h2 id={`${uid}-hist`}>{t('ui.kb.history', { lang: t(`ui.kb.lang.${tab}` as Key) })}</h2>
          {id !== null && <KbHistory translation={tr} articleId={id} busy={busy} onPublish={rollback} />}
          {id === null && <p className="hint">{t('ui.kb.history_none')}</p>}
        </section>
      </div>
    </section>
  );
}

/** Key, audience, tags (chips) and the catalogue items the article answers. */
function MetaFields({ meta, setMeta, keyRef }: { meta: Meta; setMeta: (f: (m: Meta) => Meta) => void; keyRef: RefObject<HTMLInputElement | null> }) {
  const t = useT();
  const uid = useId();
  const [tag, setTag] = useState('');
  const [itemText, setItemText] = useState('');
  const addTag = () => {
    const v = tag.trim().toLowerCase().replace(/,$/, '').slice(0, 40);
    if (v && !meta.tags.includes(v)) setMeta((m) => ({ ...m, tags: [...m.tags, v] }));
    setTag('');
  };
  const onTagKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      addTag();
    } else if (e.key === 'Backspace' && !tag && meta.tags.length) {
      setMeta((m) => ({ ...m, tags: m.tags.slice(0, -1) }));
    }
  };
  const searchItems = useCallback(
    async (q: string): Promise<Option[]> =>
      (await api<{ items: CatalogueItem[] }>('GET', `/catalogue?level=item&active=true&limit=8&q=${encodeURIComponent(q)}`)).items.map((c) => ({ key: c.id, label: c.name, hint: c.code })),
    [],
  );
  const chosen = useMemo(() => new Set(meta.items.map((i) => i.id)), [meta.items]);
  return (
    <fieldset className="kb-meta panel">
      <legend className="sr-only">{t('ui.kb.article')}</legend>
      <label>
        {t('ui.kb.key')}
        <input
          ref={keyRef}
          value={meta.key}
          onChange={(e) => setMeta((m) => ({ ...m, key: e.target.value }))}
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          maxLength={80}
          spellCheck={false}
          autoCapitalize="off"
          aria-describedby={`${uid}-kh`}
          required
        />
        <span id={`${uid}-kh`} className="hint">
          {t('ui.kb.key_hint')}
        </span>
      </label>
      <label>
        {t('ui.kb.audience')}
        <select value={meta.audience} onChange={(e) => setMeta((m) => ({ ...m, audience: e.target.value as KbAudience }))} aria-describedby={`${uid}-ah`}>
          <option value="public">{t('ui.kb.audience.public')}</option>
          <option value="internal">{t('ui.kb.audience.internal')}</option>
        </select>
        <span id={`${uid}-ah`} className="hint">
          {t(meta.audience === 'public' ? 'ui.kb.audience_public_hint' : 'ui.kb.audience_internal_hint')}
        </span>
      </label>
      <div className="kb-chips-field">
        <label htmlFor={`${uid}-tag`}>{t('ui.kb.tags')}</label>
        <div className="kb-chips">
          {meta.tags.map((g) => (
            <span key={g} className="kb-chip">
              {g}
              <button type="button" aria-label={t('ui.kb.remove_tag', { tag: g })} onClick={() => setMeta((m) => ({ ...m, tags: m.tags.filter((x) => x !== g) }))}>
                ×
              </button>
            </span>
          ))}
          <input id={`${uid}-tag`} value={tag} onChange={(e) => setTag(e.target.value)} onKeyDown={onTagKey} onBlur={addTag} placeholder={t('ui.kb.tag_hint')} maxLength={41} />
        </div>
      </div>
      <div className="kb-chips-field kb-items">
        <Combobox
          name="kb-item"
          label={t('ui.kb.items')}
          placeholder={t('ui.kb.items_hint')}
          value={itemText}
          onText={setItemText}
          search={searchItems}
          onPick={(o) => {
            if (!chosen.has(Number(o.key))) setMeta((m) => ({ ...m, items: [...m.items, { id: Number(o.key), name: `${o.hint} · ${o.label}` }] }));
            setItemText('');
          }}
        />
        {meta.items.length > 0 && (
          <ul className="kb-chips kb-item-list">
            {meta.items.map((i) => (
              <li key={i.id} className="kb-chip">
                {i.name}
                <button type="button" aria-label={t('ui.kb.remove_item', { name: i.name })} onClick={() => setMeta((m) => ({ ...m, items: m.items.filter((x) => x.id !== i.id) }))}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </fieldset>
  );
}
