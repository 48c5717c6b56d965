import { I18n, useT, type Lang } from './i18n.tsx';

const LANGS: Lang[] = ['ru', 'kk', 'en'];

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
                {t(`ui.kb.lang_native.${l}`)}
              </option>
            ))}
          </select>
        </label>
      )}
    </I18n.Consumer>
  );
}
