import { useCallback, useContext, useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, uploadAttachments, type Appeal, type Attachment, type Org } from './api.ts';
import { duration, formatDateTime, I18n, useT, type Key } from './i18n.tsx';
import { useAppealChanges } from './live.ts';

// What each action asks for. Actions not listed take an optional comment.
type Field = 'executor' | 'reason' | 'text' | 'answer' | 'days' | 'duplicateOf' | 'rating' | 'userId' | 'visibility';
const FIELDS: Record<string, Field[]> = {
  route: ['executor'],
  decline: ['reason'],
  return_for_rework: ['reason'],
  hold: ['reason'],
  reject: ['reason'],
  reopen: ['reason'],
  answer: ['text'],
  consult: ['answer'],
  comment: ['text', 'visibility'],
  extend: ['days', 'reason'],
  mark_duplicate: ['duplicateOf'],
  assign: ['userId'],
  rate: ['rating'],
};

function Countdown({ appeal }: { appeal: Appeal }) {
  const t = useT();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (appeal.hold) return <span className="sla sla-paused">{t('ui.card.paused')}</span>;
  if (['closed', 'rejected', 'duplicate'].includes(appeal.status)) return null;
  const left = new Date(appeal.dueAt).getTime() - now;
  const cls = left < 0 ? 'sla-over' : left < 4 * 3_600_000 ? 'sla-soon' : 'sla-ok';
  return <span className={`sla ${cls}`}>{left < 0 ? t('ui.card.overdue_by', { time: duration(-left, t) }) : t('ui.card.due_in', { time: duration(left, t) })}</span>;
}

export function AppealCard({ id }: { id: string }) {
  const t = useT();
  const { lang } = useContext(I18n);
  const [appeal, setAppeal] = useState<Appeal | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [action, setAction] = useState<string | null>(null);

  // Reloaded when the language changes: names and labels come from the server in it.
  const load = useCallback(() => {
    api<Appeal>('GET', `/appeals/${id}`).then(setAppeal, (e: unknown) => setError(e instanceof ApiError ? e.message : String(e)));
  }, [id, lang]);
  useEffect(load, [load]);
  // Someone else acted on this appeal: show it.
  useAppealChanges((changed) => {
    if (changed === appeal?.id) load();
  });

  if (error) return <p role="alert" className="error">{error}</p>;
  if (!appeal) return <p>{t('ui.loading')}</p>;
  return (
    <article className="card">
      <header className="card-head panel">
        <h1>
          {appeal.number} <span className={`status status-${appeal.status}`}>{appeal.statusLabel}</span>
        </h1>
        <p className="meta">
          <Countdown appeal={appeal} />
          <span>
            {t('ui.col.due')}: {formatDateTime(appeal.dueAt, lang)}
          </span>
          <span className={`crit crit-${appeal.criticality}`}>{t(`ui.criticality.${appeal.criticality}` as Key)}</span>
        </p>
      </header>
      <div className="card-body">
        <section className="panel">
          <dl>
            <dt>{t('ui.col.category')}</dt>
            <dd>{appeal.catalogueItem?.name ?? '—'}</dd>
            <dt>{t('ui.col.executor')}</dt>
            <dd>{appeal.executor?.name ?? '—'}</dd>
            <dt>{t('ui.col.address')}</dt>
            <dd>{appeal.address ?? '—'}</dd>
            <dt>{t('ui.intake.channel')}</dt>
            <dd>{t(`ui.channel.${appeal.channel}` as Key)} · {t(`ui.kind.${appeal.kind}` as Key)}</dd>
            <dt>{t('ui.card.citizen')}</dt>
            <dd>{appeal.citizen ? [appeal.citizen.fullName, appeal.citizen.phone, appeal.citizen.iin].filter(Boolean).join(' · ') : '—'}</dd>
            <dt>{t('ui.col.created')}</dt>
            <dd>{formatDateTime(appeal.createdAt, lang)}</dd>
            {appeal.trackingCode && (
              <>
                <dt>{t('portal.done_code')}</dt>
                <dd>
                  <span className="code-inline">{appeal.trackingCode}</span>
                </dd>
              </>
            )}
          </dl>
          <p className="description">{appeal.description}</p>
          {appeal.resolution && (
            <>
              <h2>{t('ui.card.resolution')}</h2>
              <p className="description">{appeal.resolution}</p>
            </>
          )}
          <Attachments appeal={appeal} onChange={load} />
        </section>
        <section className="panel">
          <h2>{t('ui.card.actions')}</h2>
          <div className="actions">
            {appeal.actions.map((a) => (
              <button key={a} type="button" className={action === a ? 'chip active' : 'chip'} onClick={() => setAction(a)}>
                {t(`ui.action.${a}` as Key)}
              </button>
            ))}
          </div>
          {action && (
            <ActionForm
              key={action}
              appeal={appeal}
              action={action}
              onDone={(a) => {
                setAppeal(a);
                setAction(null);
              }}
              onCancel={() => setAction(null)}
            />
          )}
          <h2>{t('ui.card.timeline')}</h2>
          <ol className="timeline">
            {(appeal.timeline ?? []).map((e) => (
              <li key={e.id} className={e.visibility}>
                <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time> <strong>{t(`ui.action.${e.action}` as Key)}</strong>
                {' · '}
                {e.actor.role === 'system' ? t('ui.card.system') : (e.actor.name ?? t(`ui.role.${e.actor.role}` as Key))}
                {e.visibility === 'internal' && <span className="tag">{t('ui.card.visibility_internal')}</span>}
                {e.comment && <p>{e.comment}</p>}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </article>
  );
}

/** Photos and videos shown in place, documents as links; anyone who may comment may add files. */
function Attachments({ appeal, onChange }: { appeal: Appeal; onChange: () => void }) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const items = appeal.attachments ?? [];
  const canAdd = appeal.actions.includes('comment');
  const add = async (files: FileList | null) => {
    if (!files?.length) return;
    setBusy(true);
    setError(null);
    try {
      await uploadAttachments(appeal.id, Array.from(files), 'document');
      onChange();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  if (!items.length && !canAdd) return null;
  return (
    <>
      <h2>{t('ui.card.attachments')}</h2>
      <ul className="gallery staff-gallery">
        {items.map((a: Attachment) => (
          <li key={a.id}>
            {a.kind === 'image' && a.urls.thumb ? (
              <a href={a.urls.preview ?? a.urls.original ?? '#'} target="_blank" rel="noreferrer">
                <img src={a.urls.thumb} alt={a.fileName} loading="lazy" />
              </a>
            ) : a.kind === 'video' && a.urls.original ? (
              <video src={a.urls.original} controls preload="metadata" aria-label={a.fileName} />
            ) : (
              <a href={a.urls.original ?? '#'} target="_blank" rel="noreferrer" className="doc">
                {a.fileName}
              </a>
            )}
            <small>
              {t(`ui.attachment.${a.purpose}` as Key)}
              {a.public && ` · ${t('ui.card.public_tag')}`}
              {a.urls.original && a.kind === 'image' && (
                <>
                  {' · '}
                  <a href={a.urls.original} target="_blank" rel="noreferrer">
                    {t('ui.card.original')}
                  </a>
                </>
              )}
            </small>
          </li>
        ))}
      </ul>
      {canAdd && (
        <label className="filebtn">
          {busy ? t('ui.card.uploading') : t('ui.card.attach')}
          <input type="file" multiple accept="image/*,video/*,application/pdf" disabled={busy} onChange={(e) => { void add(e.target.files); e.target.value = ''; }} />
        </label>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </>
  );
}

function ActionForm({ appeal, action, onDone, onCancel }: { appeal: Appeal; action: string; onDone: (a: Appeal) => void; onCancel: () => void }) {
  const t = useT();
  const fields = FIELDS[action] ?? [];
  const [values, setValues] = useState<Record<string, string>>({ visibility: 'internal', rating: '5', days: '10' });
  const [orgs, setOrgs] = useState<Org[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // An answer or a comment may carry files: uploaded first, then named by id in the step.
  const carriesFiles = action === 'answer' || action === 'comment';
  const [files, setFiles] = useState<File[]>([]);
  useEffect(() => {
    if (fields.includes('executor')) api<{ items: Org[] }>('GET', '/organisations').then((r) => setOrgs(r.items.sort((a, b) => a.name.localeCompare(b.name))));
  }, [fields]);
  const set = (k: string) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const v = values;
    const body: Record<string, unknown> = { version: appeal.version };
    if (fields.includes('executor')) body.executorId = Number(v.executor);
    for (const f of ['reason', 'text', 'answer', 'duplicateOf'] as const) if (fields.includes(f)) body[f] = v[f] ?? '';
    if (fields.includes('visibility')) body.visibility = v.visibility;
    if (fields.includes('days')) body.days = Number(v.days);
    if (fields.includes('rating')) body.rating = Number(v.rating);
    if (fields.includes('userId')) body.userId = Number(v.userId);
    if (!fields.length && v.comment?.trim()) body.comment = v.comment.trim();
    try {
      if (carriesFiles && files.length) {
        const uploaded = await uploadAttachments(appeal.id, files, action === 'answer' ? 'answer' : 'document');
        body.attachmentIds = uploaded.map((a) => a.id);
      }
      onDone(await api<Appeal>('POST', `/appeals/${appeal.id}/${action.replace(/_/g, '-')}`, body));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const textLabel: Record<string, Key> = { reason: 'ui.card.text', text: 'ui.card.text', answer: 'ui.intake.answer' };
  return (
    <form className="action-form" onSubmit={submit}>
      {fields.includes('executor') && (
        <label>
          {t('ui.field.executor')}
          <select required autoFocus value={values.executor ?? ''} onChange={set('executor')}>
            <option value="" />
            {orgs.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {(['reason', 'text', 'answer'] as const)
        .filter((f) => fields.includes(f))
        .map((f) => (
          <label key={f}>
            {t(textLabel[f] ?? 'ui.card.text')}
            <textarea required autoFocus rows={3} name={f} value={values[f] ?? ''} onChange={set(f)} />
          </label>
        ))}
      {fields.includes('visibility') && (
        <label>
          <select value={values.visibility} onChange={set('visibility')}>
            <option value="internal">{t('ui.card.visibility_internal')}</option>
            <option value="public">{t('ui.card.visibility_public')}</option>
          </select>
        </label>
      )}
      {fields.includes('days') && (
        <label>
          {t('ui.field.days')}
          <input type="number" min={1} max={366} required value={values.days} onChange={set('days')} />
        </label>
      )}
      {fields.includes('duplicateOf') && (
        <label>
          {t('ui.field.duplicate_of')}
          <input required autoFocus value={values.duplicateOf ?? ''} onChange={set('duplicateOf')} />
        </label>
      )}
      {fields.includes('rating') && (
        <label>
          {t('ui.field.rating')}
          <input type="number" min={1} max={5} required value={values.rating} onChange={set('rating')} />
        </label>
      )}
      {fields.includes('userId') && (
        <label>
          {t('ui.field.user_id')}
          <input type="number" min={1} required value={values.userId ?? ''} onChange={set('userId')} />
        </label>
      )}
      {carriesFiles && (
        <label>
          {t('ui.card.files')}
          <input type="file" name="files" multiple accept="image/*,video/*,application/pdf" onChange={(e) => setFiles(Array.from(e.target.files ?? []))} />
        </label>
      )}
      {!fields.length && (
        <label>
          {t('ui.card.text')}
          <textarea rows={2} name="comment" value={values.comment ?? ''} onChange={set('comment')} />
        </label>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('ui.card.confirm')}: {t(`ui.action.${action}` as Key)}
        </button>
        <button type="button" onClick={onCancel}>
          {t('ui.card.cancel')}
        </button>
      </div>
    </form>
  );
}
