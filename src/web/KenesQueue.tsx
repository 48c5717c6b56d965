import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { kindLabel, kt, type KenesKey } from '../kenes/messages.ts';
import { api, ApiError, type Me } from './api.ts';
import { formatDateTime, I18n, LangCode } from './i18n.tsx';
import { Thumb } from './KenesIcons.tsx';
import './kenes-queue.css';

// The operators' side of Kenes: conversations the bot handed off, live (polled every few
// seconds), with the whole transcript and the bot's decisions; take, reply, end, or register an
// appeal pre-filled from the conversation. Kenes's figures for today and the month on top.

type Item = {
  id: string;
  status: 'bot' | 'waiting' | 'operator' | 'closed';
  lang: string;
  channel: string;
  handoffReason: string | null;
  handoffAt: string | null;
  takenBy: { id: number; name: string } | null;
  suggested: { id: number; code: string; name: string } | null;
  preview: string;
  messages: number;
  appealNumber: string | null;
  updatedAt: string;
  erasedAt: string | null;
};
type StaffMessage = { seq: number; role: 'citizen' | 'bot' | 'operator'; text: string; kind: string | null; at: string; author: string | null; decision?: { coverage: number; margin: number }; topic?: string; feedback?: string | null; article?: { title: string; url: string } };
type Full = Item & { transcript: StaffMessage[] };
type Counters = { conversations: number; questions: number; answered: number; deflected: number; handedOff: number; thumbsUp: number; thumbsDown: number };
type Metrics = { today: Counters; month: Counters };
type Filter = 'waiting' | 'mine' | 'active' | 'closed';

const POLL_MS = 3_000;
const QUEUE_ROLES = ['operator', 'inspector', 'admin'];

/** How many citizens wait for a person (for the nav's badge): polled while signed in, for those who work the queue. */
export function useKenesWaiting(me: Me): number {
  const [n, setN] = useState(0);
  useEffect(() => {
    if (!QUEUE_ROLES.includes(me.role)) return;
    const load = () => api<{ items: unknown[] }>('GET', '/kenes/queue?filter=waiting').then((r) => setN(r.items.length), () => undefined);
    void load();
    const timer = setInterval(load, 10_000);
    return () => clearInterval(timer);
  }, [me.role]);
  return n;
}

export function KenesQueue({ me }: { me: Me }) {
  const { lang } = useContext(I18n);
  const k = (key: KenesKey, p?: Record<string, string | number>) => kt(lang, key, p);
  const works = QUEUE_ROLES.includes(me.role);
  const [filter, setFilter] = useState<Filter>('waiting');
  const [items, setItems] = useState<Item[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [full, setFull] = useState<Full | null>(null);
  const [metrics, setMetrics] = useState<Metrics | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      const [m, q, f] = await Promise.all([
        api<Metrics>('GET', '/kenes/metrics'),
        works ? api<{ items: Item[] }>('GET', `/kenes/queue?filter=${filter}`) : Promise.resolve({ items: [] }),
        works && selected ? api<Full>('GET', `/kenes/queue/${selected}`) : Promise.resolve(null),
      ]);
      setMetrics(m);
      setItems(q.items);
      setFull(f);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  }, [works, filter, selected]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  const act = async (path: string, body?: unknown) => {
    if (!selected) return;
    setError(null);
    try {
      setFull(await api<Full>('POST', `/kenes/queue/${selected}/${path}`, body ?? {}));
      void refresh();
      return true;
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
      return false;
    }
  };

  return (
    <div className="kq">
      <h1>{k('queue.title')}</h1>
      {metrics && <MetricsTable metrics={metrics} k={k} />}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {works && (
        <div className="kq-body">
          <aside className="kq-list" aria-label={k('queue.title')}>
            <div className="kq-tabs" role="tablist">
              {(['waiting', 'mine', 'active', 'closed'] as const).map((f) => (
                <button key={f} type="button" role="tab" aria-selected={filter === f} className={filter === f ? 'active' : ''} onClick={() => setFilter(f)}>
                  {k(`queue.${f}`)}
                  {filter === f ? ` (${items.length})` : ''}
                </button>
              ))}
            </div>
            {items.length === 0 ? (
              <p className="hint">{k('queue.empty')}</p>
            ) : (
              <ul>
                {items.map((i) => (
                  <li key={i.id}>
                    <button type="button" className={`kq-item ${selected === i.id ? 'selected' : ''}`} onClick={() => setSelected(i.id)} data-testid="kenes-queue-item">
                      <span className="kq-item-head">
                        <LangCode lang={i.lang} className="kq-lang" />
                        {i.handoffReason && i.handoffReason !== 'operator' && <span className="kq-reason">{k(`queue.reason.${i.handoffReason}` as KenesKey)}</span>}
                        {i.handoffAt && i.status === 'waiting' && <span className="kq-wait">{k('queue.waited', { min: Math.max(0, Math.round((Date.now() - Date.parse(i.handoffAt)) / 60_000)) })}</span>}
                      </span>
                      <span className="kq-preview">{i.preview || '—'}</span>
                      {i.suggested && <span className="kq-suggested">{i.suggested.name}</span>}
                      {i.takenBy && <span className="kq-taken">{k('queue.taken_by', { name: i.takenBy.name })}</span>}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </aside>
          <section className="kq-detail" aria-label={k('queue.transcript')}>
            {!full ? <p className="hint">{k('queue.select')}</p> : <Conversation full={full} me={me} k={k} act={act} lang={lang} onTaken={() => setFilter('mine')} />}
          </section>
        </div>
      )}
    </div>
  );
}

function MetricsTable({ metrics, k }: { metrics: Metrics; k: (key: KenesKey) => string }) {
  const cols = [
    ['conversations', 'metrics.conversations'],
    ['questions', 'metrics.questions'],
    ['answered', 'metrics.answered'],
    ['deflected', 'metrics.deflected'],
    ['handedOff', 'metrics.handed_off'],
  ] as const;
  return (
    <table className="kq-metrics" data-testid="kenes-metrics">
      <caption>{k('metrics.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{k('metrics.period')}</th>
          {cols.map(([c, label]) => (
            <th key={c} scope="col">
              {k(label)}
            </th>
          ))}
          <th scope="col">
            <Thumb size={16} label={k('widget.helpful')} />
          </th>
          <th scope="col">
            <Thumb down size={16} label={k('widget.not_helpful')} />
          </th>
        </tr>
      </thead>
      <tbody>
        {(['today', 'month'] as const).map((p) => (
          <tr key={p}>
            <th scope="row">{k(`metrics.${p}`)}</th>
            {cols.map(([c]) => (
              <td key={c}>{metrics[p][c]}</td>
            ))}
            <td>{metrics[p].thumbsUp}</td>
            <td>{metrics[p].thumbsDown}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Conversation({
  full,
  me,
  k,
  act,
  lang,
  onTaken,
}: {
  full: Full;
  me: Me;
  k: (key: KenesKey, p?: Record<string, string | number>) => string;
  act: (path: string, body?: unknown) => Promise<boolean | undefined>;
  lang: 'ru' | 'kk' | 'en';
  onTaken: () => void;
}) {
  const [reply, setReply] = useState('');
  const [registering, setRegistering] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const logRef = useRef<HTMLOListElement>(null);
  const mine = full.status === 'operator' && full.takenBy?.id === me.id;
  const open = full.status !== 'closed';
  useEffect(() => {
    logRef.current?.scrollTo({ top: logRef.current.scrollHeight });
  }, [full.transcript.length]);
  const clientId = useRef(crypto.randomUUID ? crypto.randomUUID() : String(Date.now()));

  const send = async () => {
    if (!reply.trim()) return;
    if (await act('reply', { text: reply.trim(), clientId: clientId.current })) {
      setReply('');
      clientId.current = crypto.randomUUID ? crypto.randomUUID() : String(Date.now());
    }
  };

  return (
    <div className="kq-conv">
      <div className="kq-actions">
        {full.status === 'waiting' && (
          <button type="button" className="primary" onClick={async () => (await act('take')) && onTaken()}>
            {k('queue.take')}
          </button>
        )}
        {open && !full.appealNumber && (
          <button type="button" onClick={() => setRegistering((v) => !v)} aria-expanded={registering}>
            {k('queue.register')}
          </button>
        )}
        {open && (
          <button type="button" onClick={() => void act('close')}>
            {k('queue.close')}
          </button>
        )}
        {full.appealNumber && (
          <a href={`/appeals/${full.appealNumber}`} className="kq-appeal">
            {k('queue.appeal_no', { number: full.appealNumber })}
          </a>
        )}
        {full.suggested && (
          <span className="kq-suggested">
            {k('queue.suggested')}: {full.suggested.code} {full.suggested.name}
          </span>
        )}
      </div>
      {registering && !full.appealNumber && (
        <RegisterForm
          full={full}
          k={k}
          onDone={async (body) => {
            try {
              const r = await api<{ number: string }>('POST', `/kenes/queue/${full.id}/appeal`, body);
              setDone(k('queue.register_done', { number: r.number }));
              setRegistering(false);
              return null;
            } catch (e) {
              return e instanceof ApiError ? e.message : String(e);
            }
          }}
        />
      )}
      {done && (
        <p className="ok" role="status">
          {done}
        </p>
      )}
      {full.erasedAt && (
        <p className="hint" role="note">
          {k('queue.erased', { date: formatDateTime(full.erasedAt, lang) })}
        </p>
      )}
      <ol className="kq-transcript" ref={logRef} aria-live="polite">
        {full.transcript.map((m) => (
          <li key={m.seq} className={`kq-msg kq-${m.role}`}>
            <span className="kq-meta">
              {m.role === 'citizen' ? k('queue.citizen') : m.role === 'operator' ? `${k('widget.operator')}: ${m.author ?? ''}` : 'Kenes'} · {formatDateTime(m.at, lang)}
              {m.decision && ` · ${k('queue.decision', { kind: kindLabel(lang, m.kind), coverage: m.decision.coverage, margin: m.decision.margin })}`}
              {m.feedback && (
                <>
                  {' · '}
                  <Thumb down={m.feedback === 'down'} size={14} label={k(m.feedback === 'up' ? 'widget.helpful' : 'widget.not_helpful')} />
                </>
              )}
            </span>
            <span className="kq-text">{m.article ? `${m.article.title} — ${m.article.url}` : m.text || '—'}</span>
          </li>
        ))}
      </ol>
      {open && (mine || full.status === 'waiting') && (
        <form
          className="kq-reply"
          onSubmit={(e) => {
            e.preventDefault();
            void send();
          }}
        >
          <label htmlFor="kq-reply-text">{k('queue.reply')}</label>
          <textarea
            id="kq-reply-text"
            rows={3}
            value={reply}
            onChange={(e) => setReply(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void send();
              }
            }}
          />
          <button type="submit" className="primary" disabled={!reply.trim()}>
            {k('queue.send')}
          </button>
        </form>
      )}
    </div>
  );
}

type AppealBody = { description: string; catalogueItemId?: number; address?: string; citizen?: { fullName?: string; phone?: string } };

/** Pre-filled from the conversation: the citizen's own words, the bot's category; the operator checks and completes. */
function RegisterForm({ full, k, onDone }: { full: Full; k: (key: KenesKey) => string; onDone: (b: AppealBody) => Promise<string | null> }) {
  const words = full.transcript.filter((m) => m.role === 'citizen').map((m) => m.text);
  const [description, setDescription] = useState(words.join('\n'));
  const [name, setName] = useState('');
  const [phone, setPhone] = useState(() => words.join(' ').match(/(\+?[78][\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2})/)?.[1] ?? '');
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="kq-register"
      onSubmit={async (e) => {
        e.preventDefault();
        const err = await onDone({
          description: description.trim(),
          ...(full.suggested && { catalogueItemId: full.suggested.id }),
          ...(address.trim() && { address: address.trim() }),
          ...((name.trim() || phone.trim()) && { citizen: { ...(name.trim() && { fullName: name.trim() }), ...(phone.trim() && { phone: phone.trim() }) } }),
        });
        setError(err);
      }}
    >
      <label>
        {k('queue.description')}
        <textarea name="description" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} required minLength={10} />
      </label>
      {full.suggested && (
        <p className="hint">
          {k('queue.suggested')}: {full.suggested.code} {full.suggested.name}
        </p>
      )}
      <div className="kq-row">
        <label>
          {k('queue.name')}
          <input name="fullName" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {k('queue.phone')}
          <input name="phone" type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
        </label>
      </div>
      <label>
        {k('queue.address')}
        <input name="address" value={address} onChange={(e) => setAddress(e.target.value)} />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary">
        {k('queue.register')}
      </button>
    </form>
  );
}
