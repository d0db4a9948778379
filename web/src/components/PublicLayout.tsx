import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';
import { AreaProvider, type Area } from './PageHeading';
import { SiteFooter } from './SiteFooter';
import { SkipLink } from './SkipLink';

/** Layout for pages without a logged-in user: login pages, 404, start-up screens. */
export function PublicLayout({ area = 'portal', children }: { area?: Area; children: ReactNode }) {
  const { t } = useTranslation();
  const product = area === 'backoffice' ? t('app.backofficeName') : t('app.portalName');
  return (
    <AreaProvider value={area}>
      <div className="page">
        <SkipLink />
        <header className="site-header">
          <div className="site-header__inner">
            <Brand to={area === 'backoffice' ? '/admin' : '/'} product={product} />
            <div className="site-header__actions">
              <LanguageSwitch />
            </div>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="public-main">
          {children}
        </main>
        <SiteFooter />
      </div>
    </AreaProvider>
  );
}
