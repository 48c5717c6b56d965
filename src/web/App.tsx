import { useCallback, useEffect, useState } from 'react';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { api, setApiLang, type Me } from './api.ts';
import { Admin } from './Admin.tsx';
import { AppealCard } from './AppealCard.tsx';
import { I18n, useT, type Lang } from './i18n.tsx';
import { Intake } from './Intake.tsx';
import { Login } from './Login.tsx';
import { isPortalPath, Portal } from './portal/Portal.tsx';
import { Queue } from './Queue.tsx';
import { Sector } from './Sector.tsx';

const LANGS: Lang[] = ['ru', 'kk', 'en'];

/** A first visit in the browser's language, when it is one of ours. */
function browserLang(): Lang {
  const l = (navigator.language || 'ru').slice(0, 2);
  return l === 'kk' || l === 'en' ? l : 'ru';
}

/** Where each role starts its day. */
function home(role: string): string {
  return role === 'operator' ? '/intake' : role === 'supervisor' || role === 'analyst' ? '/sector' : '/appeals';
}

export function App() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem('jauap.lang') as Lang | null) ?? browserLang());
  const [location] = useLocation();
  const portal = isPortalPath(location);

  const applyLang = useCallback((l: Lang) => {
    setLangState(l);
    setApiLang(l);
    localStorage.setItem('jauap.lang', l);
    document.documentElement.lang = l;
  }, []);

  useEffect(() => {
    setApiLang(lang);
    document.documentElement.lang = lang;
    // Citizens on the portal have no account to ask about.
    if (portal) return;
    api<{ user: Me }>('GET', '/auth/me').then(
      (r) => {
        setMe(r.user);
        applyLang(r.user.locale as Lang);
      },
      () => setMe(null),
    );
    // Once per side (portal or staff app): later changes go through setLang.
  }, [portal]);

  const setLang = (l: Lang) => {
    applyLang(l);
    // Remembered per user, on the server.
    if (me) void api('PATCH', '/auth/me', { locale: l });
  };

  return (
    <I18n.Provider value={{ lang, setLang }}>
      {portal ? (
        <Portal />
      ) : me === undefined ? null : me === null ? (
        <Login onSignedIn={(u) => { setMe(u); applyLang(u.locale as Lang); }} />
      ) : (
        <Shell me={me} onSignedOut={() => setMe(null)} />
      )}
    </I18n.Provider>
  );
}

function Shell({ me, onSignedOut }: { me: Me; onSignedOut: () => void }) {
  const t = useT();
  const [location] = useLocation();
  const canRegister = me.rights.includes('register');
  const signOut = async () => {
    await api('POST', '/auth/logout', {});
    onSignedOut();
  };
  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">Jauap</span>
        <nav aria-label="main">
          {canRegister && (
            <Link href="/intake" className={location === '/intake' ? 'active' : ''}>
              {t('ui.nav.intake')}
            </Link>
          )}
          <Link href="/appeals" className={location.startsWith('/appeals') ? 'active' : ''}>
            {t('ui.nav.queue')}
          </Link>
          {me.role !== 'operator' && me.role !== 'executor' && (
            <Link href="/sector" className={location === '/sector' ? 'active' : ''}>
              {t('ui.nav.sector')}
            </Link>
          )}
          {me.role === 'admin' && (
            <Link href="/admin" className={location === '/admin' ? 'active' : ''}>
              {t('ui.nav.admin')}
            </Link>
          )}
        </nav>
        <span className="spacer" />
        <LangSwitch />
        <span className="who">
          {me.fullName} · {t(`ui.role.${me.role}` as 'ui.role.admin')}
        </span>
        <button type="button" className="link" onClick={signOut}>
          {t('ui.sign_out')}
        </button>
      </header>
      <main>
        <Switch>
          {canRegister && <Route path="/intake">{() => <Intake />}</Route>}
          {me.role === 'admin' && <Route path="/admin">{() => <Admin />}</Route>}
          <Route path="/sector">{() => <Sector />}</Route>
          <Route path="/appeals/:id">{(p) => <AppealCard id={p.id} />}</Route>
          <Route path="/appeals">{() => <Queue me={me} />}</Route>
          <Route>{() => <Redirect to={home(me.role)} />}</Route>
        </Switch>
      </main>
    </div>
  );
}

export function LangSwitch() {
  const t = useT();
  return (
    <I18n.Consumer>
      {({ lang, setLang }) => (
        <label className="lang">
          <span className="sr-only">{t('ui.language')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} aria-label={t('ui.language')}>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {l === 'ru' ? 'Русский' : l === 'kk' ? 'Қазақша' : 'English'}
              </option>
            ))}
          </select>
        </label>
      )}
    </I18n.Consumer>
  );
}
