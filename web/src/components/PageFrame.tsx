import type { ReactNode } from 'react';
import { Brand } from './Brand';
import { NavigationProgress } from './NavigationProgress';
import { AreaProvider, type Area } from './PageHeading';
import { SiteFooter } from './SiteFooter';
import { SkipLink } from './SkipLink';

interface Props {
  area: Area;
  homeHref: string;
  product: string;
  /** The header's controls after the brand. */
  header: ReactNode;
  /** The page between header and footer (with its <main>). */
  children: ReactNode;
}

/** What every page has: the skip link, the header with the brand, and the footer. */
export function PageFrame({ area, homeHref, product, header, children }: Props) {
  return (
    <AreaProvider value={area}>
      <div className="page">
        <SkipLink />
        <header className="site-header">
          {/* In the header landmark; drawn fixed along the top edge. */}
          <NavigationProgress />
          <div className="site-header__inner">
            <Brand to={homeHref} product={product} />
            {header}
          </div>
        </header>
        {children}
        <SiteFooter />
      </div>
    </AreaProvider>
  );
}
