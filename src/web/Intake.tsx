import { useCallback, useContext, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { APPEAL_KINDS, CHANNELS } from '../domain/types.ts';
import { api, ApiError, type Address, type Appeal, type CatalogueItem, type Citizen } from './api.ts';
import { Combobox, type Option } from './Combobox.tsx';
import { formatDateTime, I18n, useT } from './i18n.tsx';
import { KbPanel } from './KbPanel.tsx';

type Preview = { dueAt: string; criticality: string; executor: { name: string } | null };
type Suggestion = { id: number; code: string; name: string; confidence: number };
type Classification = { items: Suggestion[]; confident: boolean };

const digits = (s: string) => s.replace(/\D/g, '');

/**
 * Line 1's intake, keyboard first: phone → name → address → description → category, then
 * Ctrl+Enter registers (Ctrl+Shift+Enter closes it as a consultation) and the number is shown
 * large to read out; Esc starts the next call. The deadline and executor the catalogue will set,
 * the caller's history and possible duplicates appear while the operator types.
 */
export function Intake() {
  const t = useT();
  const { lang } = useContext(I18n);
  const phoneRef = useRef<HTMLInputElement>(null);
  const answerRef = useRef<HTMLTextAreaElement>(null);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [phone, setPhone] = useState('');
  const [name, setName] = useState('');
  const [iin, setIin] = useState('');
  const [addressText, setAddressText] = useState('');
  const [house, setHouse] = useState<Address | null>(null);
  const [description, setDescription] = useState('');
  const [categoryText, setCategoryText] = useState('');
  const [item, setItem] = useState<{ id: number; name: string } | null>(null);
  const [channel, setChannel] = useState('phone');
  const [kind, setKind] = useState('complaint');
  const [answer, setAnswer] = useState('');
  const [caller, setCaller] = useState<Citizen | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [duplicates, setDuplicates] = useState<Appeal[]>([]);
  const [suggested, setSuggested] = useState<Suggestion[]>([]);
  const [saved, setSaved] = useState<Appeal | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reset = useCallback(() => {
    setKey(crypto.randomUUID());
    setPhone('');
    setName('');
    setIin('');
    setAddressText('');
    setHouse(null);
    setDescription('');
    setCategoryText('');
    setItem(null);
    setChannel('phone');
    setKind('complaint');
    setAnswer('');
    setCaller(null);
    setPreview(null);
    setDuplicates([]);
    setSuggested([]);
    setSaved(null);
    setError(null);
    setTimeout(() => phoneRef.current?.focus(), 0);
  }, []);

  // The caller's card, as soon as the number is complete.
  useEffect(() => {
    if (digits(phone).length < 10) {
      setCaller(null);
      return;
    }
    const timer = setTimeout(async () => {
      try {
        const found = await api<{ items: Citizen[] }>('GET', `/citizens?phone=${encodeURIComponent(phone)}`);
        const first = found.items[0];
        if (!first) return setCaller(null);
        const card = await api<Citizen>('GET', `/citizens/${first.id}`);
        setCaller(card);
        setName((n) => n || card.fullName || '');
        setIin((v) => v || card.iin || '');
      } catch {
        setCaller(null);
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [phone]);

  // What the catalogue and calendar will decide, and open appeals on the same problem and house.
  useEffect(() => {
    if (!item && !house) return setPreview(null);
    let live = true;
    api<Preview>('POST', '/appeals/preview', { ...(item && { catalogueItemId: item.id }), ...(house && { houseId: house.houseId }) }).then(
      (p) => live && setPreview(p),
      () => live && setPreview(null),
    );
    if (item && house) {
      api<{ items: Appeal[] }>('GET', `/appeals?open=true&houseId=${house.houseId}&categoryId=${item.id}&limit=5`).then(
        (r) => live && setDuplicates(r.items),
        () => live && setDuplicates([]),
      );
    } else setDuplicates([]);
    return () => {
      live = false;
    };
  }, [item, house]);

  // Catalogue items the classifier suggests for the description while the operator types, only
  // when it is sure enough; nothing once an item is chosen. Never takes the focus.
  useEffect(() => {
    const text = description.trim();
    if (item || text.length < 12) return setSuggested([]);
    let live = true;
    const timer = setTimeout(() => {
      api<Classification>('POST', '/classify', { text, ...(house && { houseId: house.houseId }) }).then(
        (r) => live && setSuggested(r.confident ? r.items.filter((s) => s.confidence >= 0.1) : []),
        () => live && setSuggested([]),
      );
    }, 350);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [description, item, house]);

  const take = (s: Suggestion) => {
    setItem({ id: s.id, name: s.name });
    setCategoryText(s.name);
    setSuggested([]);
  };

  const searchAddress = useCallback(
    async (q: string): Promise<Option[]> => (await api<{ items: Address[] }>('GET', `/addresses?q=${encodeURIComponent(q)}`)).items.map((a) => ({ key: a.houseId, label: a.label })),
    [],
  );
  const searchCategory = useCallback(
    async (q: string): Promise<Option[]> =>
      (await api<{ items: CatalogueItem[] }>('GET', `/catalogue?level=item&active=true&limit=8&q=${encodeURIComponent(q)}`)).items.map((c) => ({
        key: c.id,
        label: c.name,
        hint: c.criticality ? t(`ui.criticality.${c.criticality}` as 'ui.criticality.low') : undefined,
      })),
    [t],
  );

  const submit = async (consultation: boolean) => {
    if (busy) return;
    if (consultation && !answer.trim()) {
      answerRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const citizen = {
      ...(name.trim() && { fullName: name.trim() }),
      ...(phone.trim() && { phone: phone.trim() }),
      ...(iin.trim() && { iin: iin.trim() }),
    };
    try {
      const appeal = await api<Appeal>(
        'POST',
        '/appeals',
        {
          channel,
          kind: consultation && kind === 'complaint' ? 'question' : kind,
          description: description.trim(),
          ...(item && { catalogueItemId: item.id }),
          ...(house ? { houseId: house.houseId } : addressText.trim() ? { address: addressText.trim() } : {}),
          ...(Object.keys(citizen).length > 0 && { citizen }),
          ...(consultation && { consultation: { answer: answer.trim() } }),
        },
        // One key per form: a double press or a retried request never makes a second appeal.
        { 'idempotency-key': key },
      );
      setSaved(appeal);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const n = e.altKey && !e.ctrlKey && !e.metaKey ? Number(e.code.replace('Digit', '')) : NaN;
      if (n >= 1 && n <= suggested.length && !saved) {
        e.preventDefault();
        take(suggested[n - 1]!);
      } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        if (!saved) void submit(e.shiftKey);
      } else if (e.key === 'Escape' && saved) {
        e.preventDefault();
        reset();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (saved) {
    return (
      <section className="intake-done panel" aria-live="polite">
        <p>{saved.status === 'closed' ? t('ui.intake.consulted') : t('ui.intake.saved')}</p>
        <p className="big-number" data-testid="appeal-number">
          {saved.number}
        </p>
        {saved.trackingCode && (
          <p>
            {t('portal.done_code')}: <strong className="code-inline">{saved.trackingCode}</strong>
          </p>
        )}
        <p>
          {t('ui.intake.deadline')}: <strong>{formatDateTime(saved.dueAt, lang)}</strong>
          {saved.executor && (
            <>
              {' · '}
              {t('ui.intake.executor')}: <strong>{saved.executor.name}</strong>
            </>
          )}
        </p>
        <div className="row">
          <button type="button" className="primary" autoFocus onClick={reset}>
            {t('ui.intake.next')} (Esc)
          </button>
          <Link href={`/appeals/${saved.id}`}>{t('ui.intake.open_card')}</Link>
        </div>
      </section>
    );
  }

  return (
    <form
      className="intake"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void submit(false);
      }}
      aria-labelledby="intake-title"
    >
      <div className="intake-main panel">
        <h1 id="intake-title">{t('ui.intake.title')}</h1>
        <div className="grid3">
          <label>
            {t('ui.intake.phone')}
            <input ref={phoneRef} name="phone" autoFocus inputMode="tel" autoComplete="off" value={phone} onChange={(e) => setPhone(e.target.value)} />
          </label>
          <label>
            {t('ui.intake.name')}
            <input name="fullName" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label>
            {t('ui.intake.iin')}
            <input name="iin" inputMode="numeric" maxLength={12} autoComplete="off" value={iin} onChange={(e) => setIin(e.target.value)} />
          </label>
        </div>
        <Combobox
          name="address"
          label={t('ui.intake.address')}
          placeholder={t('ui.intake.address_hint')}
          value={addressText}
          onText={(v) => {
            setAddressText(v);
            setHouse(null);
          }}
          search={searchAddress}
          onPick={(o) => {
            setHouse({ houseId: Number(o.key), label: o.label });
            setAddressText(o.label);
          }}
        />
        <label>
          {t('ui.intake.description')}
          <textarea name="description" rows={4} value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
        {suggested.length > 0 && (
          <div className="suggestions" aria-live="polite" data-testid="suggestions">
            <span className="hint">{t('ui.intake.suggested')}</span>{' '}
            {suggested.map((s, i) => (
              // Out of the Tab order: Tab still goes from the description to the category.
              <button key={s.id} type="button" tabIndex={-1} className="chip" onClick={() => take(s)} title={s.code}>
                {i + 1}. {s.name} · {Math.round(s.confidence * 100)}%
              </button>
            ))}
          </div>
        )}
        <Combobox
          name="category"
          label={t('ui.intake.category')}
          placeholder={t('ui.intake.category_hint')}
          value={categoryText}
          onText={(v) => {
            setCategoryText(v);
            setItem(null);
          }}
          search={searchCategory}
          onPick={(o) => {
            setItem({ id: Number(o.key), name: o.label });
            setCategoryText(o.label);
          }}
        />
        <div className="grid3">
          <label>
            {t('ui.intake.channel')}
            <select name="channel" value={channel} onChange={(e) => setChannel(e.target.value)}>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`ui.channel.${c}` as 'ui.channel.phone')}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('ui.intake.kind')}
            <select name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
              {APPEAL_KINDS.filter((k) => k !== 'it_ticket').map((k) => (
                <option key={k} value={k}>
                  {t(`ui.kind.${k}` as 'ui.kind.complaint')}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label>
          {t('ui.intake.answer')}
          <textarea ref={answerRef} name="answer" rows={2} value={answer} onChange={(e) => setAnswer(e.target.value)} />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            {t('ui.intake.register')} (Ctrl+Enter)
          </button>
          <button type="button" disabled={busy} onClick={() => void submit(true)}>
            {t('ui.intake.consult')} (Ctrl+Shift+Enter)
          </button>
        </div>
        <p className="hint">{t('ui.intake.keys')}</p>
      </div>
      <aside className="intake-side">
        <section className="panel" aria-live="polite">
          {caller ? (
            <>
              <p>
                <strong>{t('ui.intake.known_caller', { name: caller.fullName ?? '—', count: caller.appeals?.length ?? 0 })}</strong>
              </p>
              <ul className="history">
                {caller.appeals?.slice(0, 5).map((a) => (
                  <li key={a.id}>
                    <Link href={`/appeals/${a.id}`}>{a.number}</Link> · {a.statusLabel} · {a.catalogueItem?.name ?? a.description.slice(0, 60)}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            digits(phone).length >= 10 && <p>{t('ui.intake.new_caller')}</p>
          )}
        </section>
        {preview && (
          <section className="panel" aria-live="polite" data-testid="preview">
            <p>
              {t('ui.intake.deadline')}: <strong>{formatDateTime(preview.dueAt, lang)}</strong> ·{' '}
              <span className={`crit crit-${preview.criticality}`}>{t(`ui.criticality.${preview.criticality}` as 'ui.criticality.low')}</span>
            </p>
            <p>
              {t('ui.intake.executor')}: <strong>{preview.executor?.name ?? t('ui.intake.no_executor')}</strong>
            </p>
          </section>
        )}
        {duplicates.length > 0 && (
          <section className="panel warn" aria-live="polite">
            <p>{t('ui.intake.duplicates')}</p>
            <ul>
              {duplicates.map((d) => (
                <li key={d.id}>
                  <Link href={`/appeals/${d.id}`}>{d.number}</Link> · {d.statusLabel}
                </li>
              ))}
            </ul>
          </section>
        )}
        <KbPanel text={description} onSendLink={(title, url) => setAnswer((a) => `${a.trim() ? `${a.trim()}\n` : ''}${title}: ${url}`)} />
      </aside>
    </form>
  );
}
