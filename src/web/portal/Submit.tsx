import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { api, ApiError } from '../api.ts';
import { Combobox, type Option } from '../Combobox.tsx';
import { I18n, useT, type Key } from '../i18n.tsx';
import { useContext } from 'react';
import { CityMap, type PickedHouse } from './CityMap.tsx';
import { solveProofOfWork, submitAppeal, type PublicInfo } from './public-api.ts';

type Done = { number: string; trackingCode: string; trackUrl: string };

/** A citizen's appeal, phone first: what happened, where, how to reach them, photos. */
export function Submit() {
  const t = useT();
  const { lang } = useContext(I18n);
  const [info, setInfo] = useState<PublicInfo | null>(null);
  const [category, setCategory] = useState<{ id: number; name: string } | null>(null);
  const [categoryText, setCategoryText] = useState('');
  const [description, setDescription] = useState('');
  const [addressText, setAddressText] = useState('');
  const [house, setHouse] = useState<PickedHouse | null>(null);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [answerBy, setAnswerBy] = useState('sms');
  const [isPublic, setPublic] = useState(true);
  const [mediaPublic, setMediaPublic] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [honeypot, setHoneypot] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<null | 'checking' | 'sending'>(null);
  const [done, setDone] = useState<Done | null>(null);
  // Solved while the citizen types; one solution per submission.
  const pow = useRef<Promise<string | null> | null>(null);
  // One key per form: a retry after a lost reply finds the same appeal.
  const key = useRef(crypto.randomUUID());

  useEffect(() => {
    api<PublicInfo>('GET', '/public/info').then(setInfo, () => undefined);
    pow.current = solveProofOfWork();
    pow.current.catch(() => undefined);
  }, []);

  const searchCategory = async (q: string): Promise<Option[]> => {
    const r = await api<{ items: { id: number; name: string; category: string | null }[] }>('GET', `/public/catalogue?q=${encodeURIComponent(q)}`);
    return r.items.map((i) => ({ key: i.id, label: i.name, hint: i.category ?? undefined }));
  };
  const searchAddress = async (q: string): Promise<Option[]> => {
    const r = await api<{ items: { houseId: number; label: string; lat: number | null; lon: number | null }[] }>('GET', `/public/addresses?q=${encodeURIComponent(q)}`);
    return r.items.map((i) => ({ key: `${i.houseId}|${i.lat ?? ''}|${i.lon ?? ''}`, label: i.label }));
  };

  const addFiles = (list: FileList | null) => {
    if (!list || !info) return;
    const next = [...files];
    for (const f of Array.from(list)) {
      if (f.size > info.maxUploadMb * 1024 * 1024) {
        setError(t('portal.file_too_big', { name: f.name, mb: info.maxUploadMb }));
        continue;
      }
      if (next.length < info.maxFiles) next.push(f);
    }
    setFiles(next);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      setBusy('checking');
      const altcha = await (pow.current ?? solveProofOfWork());
      setBusy('sending');
      const data = {
        description,
        ...(category && { catalogueItemId: category.id }),
        ...(house ? { houseId: house.houseId } : addressText.trim() ? { address: addressText.trim() } : {}),
        citizen: { ...(name.trim() && { fullName: name.trim() }), ...(phone.trim() && { phone: phone.trim() }), ...(email.trim() && { email: email.trim() }), lang, answerBy },
        public: isPublic,
        mediaPublic: isPublic && mediaPublic,
      };
      const extra: Record<string, string> = { website: honeypot };
      if (altcha) extra.altcha = altcha;
      setDone(await submitAppeal(data, files, extra, key.current, lang));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
      // A used or failed challenge is spent: get a fresh one for the next try.
      pow.current = solveProofOfWork();
      pow.current.catch(() => undefined);
    } finally {
      setBusy(null);
    }
  };

  if (done) {
    const link = `${location.origin}${done.trackUrl}`;
    return (
      <section className="panel done" aria-labelledby="done-title">
        <h1 id="done-title">{t('portal.done_title')}</h1>
        <p className="hint">{t('portal.done_number')}</p>
        <p className="big-number" data-testid="appeal-number">{done.number}</p>
        <p className="hint">{t('portal.done_code')}</p>
        <p className="code" data-testid="tracking-code">{done.trackingCode}</p>
        <p>{t('portal.done_keep')}</p>
        <p className="row">
          <Link href={done.trackUrl} className="button primary">
            {t('portal.done_link')}
          </Link>
          <button type="button" onClick={() => void navigator.clipboard?.writeText(link)}>
            {t('portal.copy')}
          </button>
          <button
            type="button"
            onClick={() => {
              setDone(null);
              setDescription('');
              setFiles([]);
              setCategory(null);
              setCategoryText('');
              key.current = crypto.randomUUID();
              pow.current = solveProofOfWork();
            }}
          >
            {t('portal.another')}
          </button>
        </p>
      </section>
    );
  }

  return (
    <form className="panel portal-form" onSubmit={submit} aria-labelledby="submit-title">
      <h1 id="submit-title">{t('portal.nav.new')}</h1>
      <p className="hint">{t('portal.intro')}</p>

      <Combobox
        label={t('portal.category')}
        name="category"
        placeholder={t('portal.category_placeholder')}
        value={categoryText}
        onText={(v) => {
          setCategoryText(v);
          setCategory(null);
        }}
        search={searchCategory}
        onPick={(o) => {
          setCategory({ id: Number(o.key), name: o.label });
          setCategoryText(o.label);
        }}
      />
      <p className="hint">{category ? t('portal.category_chosen', { name: category.name }) : t('portal.category_hint')}</p>

      <label>
        {t('portal.description')}
        <textarea name="description" rows={4} required minLength={10} maxLength={5000} value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>

      <fieldset>
        <legend>{t('portal.where')}</legend>
        <Combobox
          label={t('portal.address')}
          name="address"
          placeholder={t('portal.address_placeholder')}
          value={addressText}
          onText={(v) => {
            setAddressText(v);
            setHouse(null);
          }}
          search={searchAddress}
          onPick={(o) => {
            const [id, lat, lon] = String(o.key).split('|');
            setHouse({ houseId: Number(id), label: o.label, lat: Number(lat), lon: Number(lon) });
            setAddressText(o.label);
          }}
        />
        <p className="hint">{t('portal.map_hint')}</p>
        <CityMap
          label={t('portal.map_label')}
          picked={house}
          onPick={(h) => {
            setHouse(h);
            setAddressText(h.label);
          }}
        />
        {house && <p aria-live="polite">{t('portal.picked', { address: house.label })}</p>}
      </fieldset>

      <fieldset>
        <legend>{t('portal.contacts')}</legend>
        <div className="grid2">
          <label>
            {t('portal.name')}
            <input name="name" autoComplete="name" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label>
            {t('portal.phone')}
            <input name="phone" type="tel" autoComplete="tel" inputMode="tel" maxLength={32} value={phone} onChange={(e) => setPhone(e.target.value)} />
          </label>
          <label>
            {t('portal.email')}
            <input name="email" type="email" autoComplete="email" maxLength={200} value={email} onChange={(e) => setEmail(e.target.value)} />
          </label>
          <label>
            {t('portal.answer_by')}
            <select name="answerBy" value={answerBy} onChange={(e) => setAnswerBy(e.target.value)}>
              {(info?.answerChannels ?? ['sms']).map((c) => (
                <option key={c} value={c}>
                  {t(`portal.answer_by.${c}` as Key)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="hint">{t('portal.contact_hint')}</p>
      </fieldset>

      <fieldset>
        <legend>{t('portal.files')}</legend>
        <label>
          {t('portal.files_choose')}
          <input name="file" type="file" multiple accept="image/*,video/*" aria-describedby="files-hint" onChange={(e) => { addFiles(e.target.files); e.target.value = ''; }} />
        </label>
        {info && <p className="hint" id="files-hint">{t('portal.files_hint', { max: info.maxFiles, mb: info.maxUploadMb })}</p>}
        {files.length > 0 && (
          <ul className="files">
            {files.map((f, i) => (
              <li key={`${f.name}-${i}`}>
                {f.type.startsWith('image/') ? <img src={URL.createObjectURL(f)} alt="" width={64} height={64} /> : <span className="filetype">{f.type.split('/')[0]}</span>}
                <span>{f.name}</span>
                <button type="button" className="small" aria-label={t('portal.file_remove', { name: f.name })} onClick={() => setFiles(files.filter((_, j) => j !== i))}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <label className="check">
        <input type="checkbox" name="public" checked={isPublic} onChange={(e) => setPublic(e.target.checked)} />
        {t('portal.public')}
      </label>
      {isPublic && (
        <label className="check">
          <input type="checkbox" name="mediaPublic" checked={mediaPublic} onChange={(e) => setMediaPublic(e.target.checked)} />
          {t('portal.media_public')}
        </label>
      )}
      {/* People never see this field; form-filling bots do. */}
      <div className="hp" aria-hidden="true">
        <label>
          {t('portal.honeypot')}
          <input name="website" tabIndex={-1} autoComplete="off" value={honeypot} onChange={(e) => setHoneypot(e.target.value)} />
        </label>
      </div>

      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" className="primary wide" disabled={busy !== null}>
        {busy === 'checking' ? t('portal.checking') : busy === 'sending' ? t('portal.sending') : t('portal.submit')}
      </button>
    </form>
  );
}
