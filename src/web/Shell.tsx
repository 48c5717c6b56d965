import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { api, type Me } from './api.ts';
import { Admin } from './Admin.tsx';
import { AppealCard } from './AppealCard.tsx';
import { useT } from './i18n.tsx';
import { Intake } from './Intake.tsx';
import { LangSwitch } from './LangSwitch.tsx';
import { Queue } from './Queue.tsx';
import { Sector } from './Sector.tsx';

/** Where each role starts its day. */
function home(role: string): string {
  return role === 'operator' ? '/intake' : role === 'supervisor' || role === 'analyst' ? '/sector' : '/appeals';
}

/** The staff workspace: loaded only by those who sign in, never by the portal's visitors. */
export default function Shell({ me, onSignedOut }: { me: Me; onSignedOut: () => void }) {
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
