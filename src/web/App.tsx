import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { api, setApiLang, type Me } from './api.ts';
import { I18n, type Lang } from './i18n.tsx';

// Citizens on the portal and staff in the workspace load only their own side.
const Portal = lazy(() => import('./portal/Portal.tsx'));
const Shell = lazy(() => import('./Shell.tsx'));
const Login = lazy(() => import('./Login.tsx'));
// The hall screen: public, no sign-in, its own chunk.
const Wallboard = lazy(() => import('./wallboard/Wallboard.tsx'));

export function isPortalPath(path: string): boolean {
  return path === '/portal' || path.startsWith('/portal/') || path === '/track' || path.startsWith('/track/');
}

export function isWallboardPath(path: string): boolean {
  return path === '/wallboard' || path.startsWith('/wallboard/');
}

/** A wall screen is set up by its address: `?lang=kk`. */
function urlLang(): Lang | null {
  const l = new URLSearchParams(window.location.search).get('lang');
  return l === 'ru' || l === 'kk' || l === 'en' ? l : null;
}

/** A first visit in the browser's language, when it is one of ours. */
function browserLang(): Lang {
  const l = (navigator.language || 'ru').slice(0, 2);
  return l === 'kk' || l === 'en' ? l : 'ru';
}

export function App() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [location] = useLocation();
  const wallboard = isWallboardPath(location);
  const [lang, setLangState] = useState<Lang>(() => (wallboard ? urlLang() : null) ?? (localStorage.getItem('jauap.lang') as Lang | null) ?? browserLang());
  const portal = isPortalPath(location);
  const publicSide = portal || wallboard;

  const applyLang = useCallback((l: Lang) => {
    setLangState(l);
    setApiLang(l);
    localStorage.setItem('jauap.lang', l);
    document.documentElement.lang = l;
  }, []);

  useEffect(() => {
    setApiLang(lang);
    document.documentElement.lang = lang;
    // Citizens on the portal and the wall screen have no account to ask about.
    if (publicSide) return;
    api<{ user: Me }>('GET', '/auth/me').then(
      (r) => {
        setMe(r.user);
        applyLang(r.user.locale as Lang);
      },
      () => setMe(null),
    );
    // Once per side (portal or staff app): later changes go through setLang.
  }, [publicSide]);

  const setLang = (l: Lang) => {
    applyLang(l);
    // Remembered per user, on the server.
    if (me) void api('PATCH', '/auth/me', { locale: l });
  };

  return (
    <I18n.Provider value={{ lang, setLang }}>
      <Suspense fallback={null}>
        {wallboard ? (
          <Wallboard />
        ) : portal ? (
          <Portal />
        ) : me === undefined ? null : me === null ? (
          <Login
            onSignedIn={(u) => {
              setMe(u);
              applyLang(u.locale as Lang);
            }}
          />
        ) : (
          <Shell me={me} onSignedOut={() => setMe(null)} />
        )}
      </Suspense>
    </I18n.Provider>
  );
}
