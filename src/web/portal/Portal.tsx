import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { LangSwitch } from '../LangSwitch.tsx';
import { useT } from '../i18n.tsx';
import { KbArticle, KbHome } from './Kb.tsx';
import { KenesWidget } from './KenesWidget.tsx';
import { PublicList } from './PublicList.tsx';
import { Submit } from './Submit.tsx';
import { Track } from './Track.tsx';

/** The citizens' portal: no account, phone-sized first. */
export default function Portal() {
  const t = useT();
  const [location] = useLocation();
  return (
    <div className="shell portal">
      <header className="topbar">
        <Link href="/portal" className="brand">
          Jauap
        </Link>
        <nav aria-label="portal">
          <Link href="/portal" className={location === '/portal' ? 'active' : ''}>
            {t('portal.nav.new')}
          </Link>
          <Link href="/track" className={location.startsWith('/track') ? 'active' : ''}>
            {t('portal.nav.track')}
          </Link>
          <Link href="/portal/appeals" className={location === '/portal/appeals' ? 'active' : ''}>
            {t('portal.nav.list')}
          </Link>
          <Link href="/portal/kb" className={location.startsWith('/portal/kb') ? 'active' : ''}>
            {t('portal.nav.kb')}
          </Link>
        </nav>
        <span className="spacer" />
        <LangSwitch />
        <a href="/" className="staff-link">
          {t('portal.staff')}
        </a>
      </header>
      <main>
        <Switch>
          <Route path="/portal">{() => <Submit />}</Route>
          <Route path="/portal/appeals">{() => <PublicList />}</Route>
          <Route path="/portal/kb">{() => <KbHome />}</Route>
          <Route path="/portal/kb/:key">{(p) => <KbArticle articleKey={decodeURIComponent(p.key)} />}</Route>
          <Route path="/track/:number">{(p) => <Track number={decodeURIComponent(p.number)} />}</Route>
          <Route path="/track">{() => <Track />}</Route>
          <Route>{() => <Redirect to="/portal" />}</Route>
        </Switch>
      </main>
      <KenesWidget />
    </div>
  );
}
