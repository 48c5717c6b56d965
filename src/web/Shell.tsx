import { useContext } from 'react';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { kt } from '../kenes/messages.ts';
import { api, type Me } from './api.ts';
import { Admin } from './Admin.tsx';
import { Analytics } from './Analytics.tsx';
import { AppealCard } from './AppealCard.tsx';
import { I18n, useT } from './i18n.tsx';
import { Intake } from './Intake.tsx';
import { KbArticleView } from './kb/KbArticle.tsx';
import { KbEditor } from './kb/KbEditor.tsx';
import { KbList } from './kb/KbList.tsx';
import { KenesQueue, useKenesWaiting } from './KenesQueue.tsx';
import { LangSwitch } from './LangSwitch.tsx';
import { Queue } from './Queue.tsx';
import { Sector } from './Sector.tsx';

/** Where each role starts its day. */
function home(role: string): string {
  if (role === 'kb_editor') return '/kb';
  return role === 'operator' ? '/intake' : role === 'supervisor' || role === 'analyst' ? '/sector' : '/appeals';
}

/** The staff workspace: loaded only by those who sign in, never by the portal's visitors. */
export default function Shell({ me, onSignedOut }: { me: Me; onSignedOut: () => void }) {
  const t = useT();
  const { lang } = useContext(I18n);
  // Kenes's queue: those who talk to citizens; its figures: their managers too.
  const seesKenes = ['operator', 'inspector', 'admin', 'supervisor', 'analyst'].includes(me.role);
  const kenesWaiting = useKenesWaiting(me);
  const [location] = useLocation();
  const canRegister = me.rights.includes('register');
  const kbEditor = me.role === 'kb_editor' || me.role === 'admin';
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
          {me.role !== 'kb_editor' && (
            <Link href="/appeals" className={location.startsWith('/appeals') ? 'active' : ''}>
              {t('ui.nav.queue')}
            </Link>
          )}
          {me.role !== 'operator' && me.role !== 'executor' && me.role !== 'kb_editor' && (
            <Link href="/sector" className={location === '/sector' ? 'active' : ''}>
              {t('ui.nav.sector')}
            </Link>
          )}
          {(me.role === 'analyst' || me.role === 'supervisor' || me.role === 'admin') && (
            <Link href="/analytics" className={location === '/analytics' ? 'active' : ''}>
              {t('ui.nav.analytics')}
            </Link>
          )}
          {seesKenes && (
            <Link href="/kenes" className={location === '/kenes' ? 'active' : ''}>
              {kt(lang, 'queue.nav')}
              {kenesWaiting > 0 && (
                <>
                  <span className="badge open kenes-waiting" aria-hidden="true">
                    {kenesWaiting}
                  </span>
                  <span className="sr-only"> ({kt(lang, 'queue.waiting_n', { n: kenesWaiting })})</span>
                </>
              )}
            </Link>
          )}
          <Link href="/kb" className={location === '/kb' || location.startsWith('/kb/') ? 'active' : ''}>
            {t('ui.nav.kb')}
          </Link>
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
          {seesKenes && <Route path="/kenes">{() => <KenesQueue me={me} />}</Route>}
          <Route path="/kb">{() => <KbList key={String(kbEditor)} editor={kbEditor} />}</Route>
          {kbEditor && <Route path="/kb/new">{() => <KbEditor key="new" id={null} />}</Route>}
          {kbEditor && <Route path="/kb/:id/edit">{(p) => <KbEditor key={p.id} id={Number(p.id)} />}</Route>}
          <Route path="/kb/:id">{(p) => <KbArticleView id={Number(p.id)} editor={kbEditor} />}</Route>
          {(me.role === 'analyst' || me.role === 'supervisor' || me.role === 'admin') && <Route path="/analytics">{() => <Analytics />}</Route>}
          <Route path="/sector">{() => <Sector />}</Route>
          <Route path="/appeals/:id">{(p) => <AppealCard id={p.id} />}</Route>
          <Route path="/appeals">{() => <Queue me={me} />}</Route>
          <Route>{() => <Redirect to={home(me.role)} />}</Route>
        </Switch>
      </main>
    </div>
  );
}
