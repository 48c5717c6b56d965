import { useState, type FormEvent } from 'react';
import { api, ApiError, type Me } from './api.ts';
import { LangSwitch } from './LangSwitch.tsx';
import { useT } from './i18n.tsx';

export default function Login({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const t = useT();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await api<{ user: Me }>('POST', '/auth/login', { login, password });
      onSignedIn(r.user);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="login">
      <form onSubmit={submit} className="panel" aria-labelledby="login-title">
        <h1 id="login-title">Jauap</h1>
        <label>
          {t('ui.login')}
          <input name="login" autoComplete="username" autoFocus value={login} onChange={(e) => setLogin(e.target.value)} required />
        </label>
        <label>
          {t('ui.password')}
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t('ui.sign_in')}
        </button>
        <LangSwitch />
        <p>
          <a href="/portal">{t('portal.to_portal')}</a>
        </p>
      </form>
    </main>
  );
}
