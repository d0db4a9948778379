import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import { PageFrame } from './PageFrame';
import type { Area } from './PageHeading';

/** Layout for pages without a logged-in user: login pages, 404, start-up screens. */
export function PublicLayout({ area = 'portal', children }: { area?: Area; children: ReactNode }) {
  const { t } = useTranslation();
  const product = area === 'backoffice' ? t('app.backofficeName') : t('app.portalName');
  return (
    <PageFrame
      area={area}
      homeHref={area === 'backoffice' ? '/admin' : '/'}
      product={product}
      header={
        <div className="site-header__actions">
          <LanguageSwitch />
        </div>
      }
    >
      <main id="main" tabIndex={-1} className="public-main">
        {children}
      </main>
    </PageFrame>
  );
}
