import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { kt, type KenesKey } from '../../kenes/messages.ts';
import { api, ApiError } from '../api.ts';
import { I18n } from '../i18n.tsx';
import { ChatBubble, Thumb } from '../KenesIcons.tsx';
import './kenes.css';

// Kenes on the portal: a floating button that opens a chat panel (full screen on a phone). The
// conversation's token stays in this tab's sessionStorage, so a reload keeps the conversation.
// While an operator has it, the widget polls for their replies every few seconds.

type Message = {
  seq: number;
  role: 'citizen' | 'bot' | 'operator';
  text: string;
  lang: 'ru' | 'kk' | 'en' | null;
  kind: string | null;
  at: string;
  article?: { articleId: number; key: string; title: string; html: string; url: string; truncated: boolean };
  options?: { n: number; articleId: number; title: string }[];
  askFeedback?: boolean;
  feedback?: 'up' | 'down' | null;
};
type Status = 'bot' | 'waiting' | 'operator' | 'closed';
type View = { status: Status; lang: string; messages: Message[]; appealNumber: string | null };

const STORE = 'jauap.kenes.token';
const POLL_MS = 3_000;

const newId = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`);

export function KenesWidget() {
  const { lang } = useContext(I18n);
  const k = (key: KenesKey, p?: Record<string, string | number>) => kt(lang, key, p);
  const [open, setOpen] = useState(false);
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(STORE));
  const [status, setStatus] = useState<Status>('bot');
  const [messages, setMessages] = useState<Message[]>([]);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const logRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const fabRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const lastSeq = messages.length ? messages[messages.length - 1]!.seq : 0;

  const merge = useCallback((v: View) => {
    setStatus(v.status);
    setMessages((old) => {
      const bySeq = new Map(old.map((m) => [m.seq, m]));
      for (const m of v.messages) bySeq.set(m.seq, m);
      return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
    });
  }, []);

  const start = useCallback(async () => {
    const r = await api<View & { token: string }>('POST', '/kenes/conversations', { lang });
    sessionStorage.setItem(STORE, r.token);
    setToken(r.token);
    setMessages([]);
    merge(r);
  }, [lang, merge]);

  // On opening: the conversation of this tab, or a new one.
  useEffect(() => {
    if (!open || messages.length) return;
    (async () => {
      try {
        if (token) merge(await api<View>('GET', `/kenes/conversations/${token}`));
        else await start();
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) await start().catch(() => setError(k('widget.error')));
        else setError(k('widget.error'));
      }
    })();
  }, [open]);

  // A person answers here: poll while they have the conversation (or it waits for them).
  useEffect(() => {
    if (!open || !token || (status !== 'waiting' && status !== 'operator')) return;
    const timer = setInterval(() => {
      api<View>('GET', `/kenes/conversations/${token}?after=${lastSeq}`).then(merge, () => undefined);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [open, token, status, lastSeq, merge]);

  // A new message shows from its start when it is taller than the panel (a long answer), else the end.
  useEffect(() => {
    const log = logRef.current;
    if (!log) return;
    const all = log.querySelectorAll<HTMLElement>('.kenes-msg');
    const last = all[all.length - 1];
    if (last && last.offsetHeight > log.clientHeight * 0.8) log.scrollTo({ top: last.offsetTop - 8 });
    else log.scrollTo({ top: log.scrollHeight });
  }, [messages.length, open]);

  // Focus moves into the chat when it opens and back to its button when it closes.
  useEffect(() => {
    if (open) inputRef.current?.focus();
    else if (wasOpen.current) fabRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const send = async (body: { text: string; action?: 'handoff' | 'option'; option?: number }) => {
    if (!token || busy) return;
    setBusy(true);
    setError(null);
    const clientId = newId();
    // One retry with the same id: a lost reply is not a second message.
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        merge(await api<View>('POST', `/kenes/conversations/${token}/messages`, { ...body, clientId }));
        setBusy(false);
        return true;
      } catch (e) {
        if (e instanceof ApiError && e.status < 500) {
          setError(e.message);
          break;
        }
      }
    }
    setError((old) => old ?? k('widget.error'));
    setBusy(false);
    return false;
  };

  const submit = async () => {
    const t = text.trim();
    if (!t) return;
    if (await send({ text: t })) setText('');
  };

  const feedback = async (seq: number, value: 'up' | 'down') => {
    if (!token) return;
    try {
      merge(await api<View>('POST', `/kenes/conversations/${token}/feedback`, { seq, value }));
    } catch {
      setError(k('widget.error'));
    }
  };

  const restart = async () => {
    sessionStorage.removeItem(STORE);
    setMessages([]);
    setStatus('bot');
    await start().catch(() => setError(k('widget.error')));
  };

  const lastOptions = [...messages].reverse().find((m) => m.role === 'citizen' || m.options)?.options;

  if (!open) {
    return (
      <button type="button" ref={fabRef} className="kenes-fab" onClick={() => setOpen(true)} aria-label={k('widget.open')} aria-expanded={false}>
        <ChatBubble />
        <span className="kenes-fab-label">Kenes</span>
      </button>
    );
  }

  return (
    <section className="kenes-panel" role="dialog" aria-modal="false" aria-labelledby="kenes-title" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <header className="kenes-head">
        <div>
          <h2 id="kenes-title">{k('widget.title')}</h2>
          <p className="kenes-sub">
            {status === 'waiting' ? k('widget.waiting') : status === 'operator' ? k('widget.with_operator') : status === 'closed' ? k('widget.ended') : k('widget.subtitle')}
          </p>
        </div>
        <button type="button" className="kenes-close" onClick={() => setOpen(false)} aria-label={k('widget.close')}>
          ×
        </button>
      </header>
      <div className="kenes-log" ref={logRef} role="log" aria-live="polite" aria-label={k('widget.title')}>
        {messages.map((m) => (
          <MessageBubble key={m.seq} m={m} k={k} onFeedback={feedback} />
        ))}
        {lastOptions && status === 'bot' && (
          <div className="kenes-options" role="group" aria-label={k('bot.clarify')}>
            {lastOptions.map((o) => (
              <button key={o.n} type="button" disabled={busy} onClick={() => void send({ text: o.title, action: 'option', option: o.n })}>
                {o.n}. {o.title}
              </button>
            ))}
            <button type="button" className="kenes-none" disabled={busy} onClick={() => void send({ text: k('bot.clarify_none') })}>
              {k('bot.clarify_none')}
            </button>
          </div>
        )}
      </div>
      {error && (
        <p className="kenes-error" role="alert">
          {error}
        </p>
      )}
      {status === 'closed' ? (
        <div className="kenes-foot">
          <button type="button" className="primary" onClick={() => void restart()}>
            {k('widget.new')}
          </button>
        </div>
      ) : (
        <form
          className="kenes-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {status === 'bot' && (
            <button type="button" className="kenes-human" disabled={busy || !token} onClick={() => void send({ text: k('widget.human'), action: 'handoff' })}>
              {k('widget.human')}
            </button>
          )}
          <div className="kenes-input">
            <label htmlFor="kenes-text" className="kenes-sr">
              {k('widget.input')}
            </label>
            <textarea
              id="kenes-text"
              ref={inputRef}
              rows={1}
              maxLength={2000}
              value={text}
              placeholder={k('widget.placeholder')}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault();
                  void submit();
                }
              }}
            />
            <button type="submit" className="primary" disabled={busy || !text.trim() || !token}>
              {k('widget.send')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function MessageBubble({ m, k, onFeedback }: { m: Message; k: (key: KenesKey) => string; onFeedback: (seq: number, v: 'up' | 'down') => void }) {
  const who = m.role === 'citizen' ? k('widget.you') : m.role === 'operator' ? k('widget.operator') : k('widget.bot');
  return (
    <div className={`kenes-msg kenes-${m.role}`} data-kind={m.kind ?? undefined} lang={m.lang ?? undefined}>
      <span className="kenes-who">{who}</span>
      {m.article ? (
        <div className="kenes-bubble kenes-article">
          <h3>{m.article.title}</h3>
          {/* Rendered on the server by markdown-it with raw HTML off: the article's own text, safe. */}
          <div className="kenes-md" dangerouslySetInnerHTML={{ __html: m.article.html }} />
          <a href={m.article.url} target="_blank" rel="noopener">
            {k('widget.read_more')}
          </a>
        </div>
      ) : m.options ? (
        <div className="kenes-bubble">{m.text.split('\n')[0]}</div>
      ) : (
        <div className="kenes-bubble">{m.text}</div>
      )}
      {m.askFeedback &&
        (m.feedback ? (
          <p className="kenes-thanks">
            <Thumb down={m.feedback === 'down'} size={16} /> {k('widget.thanks_feedback')}
          </p>
        ) : (
          <div className="kenes-feedback" role="group" aria-label={k('bot.ask_feedback')}>
            <span>{k('bot.ask_feedback')}</span>
            <button type="button" onClick={() => onFeedback(m.seq, 'up')} aria-label={k('widget.helpful')} title={k('widget.helpful')}>
              <Thumb />
            </button>
            <button type="button" onClick={() => onFeedback(m.seq, 'down')} aria-label={k('widget.not_helpful')} title={k('widget.not_helpful')}>
              <Thumb down />
            </button>
          </div>
        ))}
    </div>
  );
}
