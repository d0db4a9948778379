import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { PageFrame } from './PageFrame';
import type { Area } from './PageHeading';

interface Props {
  area: Area;
  homeHref: string;
  product: string;
  /** Header controls: language switch, user, log out. */
  actions: ReactNode;
  /** The left column: navigation landmarks. */
  sidebar: ReactNode;
  /** Use the width of a desktop (the back office's lists); the portal keeps its reading width. */
  wide?: boolean;
}

const SIDEBAR_ID = 'sidebar';

/**
 * Header, left menu, main content and footer for logged-in users. Below 900 px the menu is
 * hidden behind a "Meny" button (a disclosure); from 900 px CSS shows it beside the content.
 */
export function AppShell({ area, homeHref, product, actions, sidebar, wide = false }: Props) {
  const { t } = useTranslation();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);

  // A chosen menu item should not leave the menu covering the new page on a phone.
  useEffect(() => {
    setMenuOpen(false);
  }, [location.key]);

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key === 'Escape' && menuOpen) {
      setMenuOpen(false);
      toggleRef.current?.focus();
    }
  }

  return (
    <PageFrame
      area={area}
      homeHref={homeHref}
      product={product}
      header={
        <>
          <button
            ref={toggleRef}
            type="button"
            className="button button--secondary menu-toggle"
            aria-expanded={menuOpen}
            aria-controls={SIDEBAR_ID}
            onKeyDown={closeOnEscape}
            onClick={() => {
              setMenuOpen((open) => !open);
            }}
          >
            <span className="menu-toggle__icon" aria-hidden="true" />
            {t('common.menu')}
          </button>
          {/* After the toggle so that focus order follows the visual order on a phone. */}
          <div className="site-header__actions site-header__actions--user">{actions}</div>
        </>
      }
    >
      <div className={wide ? 'shell shell--wide' : 'shell'}>
        <div id={SIDEBAR_ID} className={menuOpen ? 'sidebar is-open' : 'sidebar'} onKeyDown={closeOnEscape}>
          {sidebar}
        </div>
        <main id="main" tabIndex={-1} className="shell__main">
          <Outlet />
        </main>
      </div>
    </PageFrame>
  );
}
