import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigationType } from 'react-router';

export type Area = 'portal' | 'backoffice';

const AreaContext = createContext<Area>('portal');

/** Set at the user's first key press or pointer press on this page load. */
let userHasInteracted = false;
if (typeof window !== 'undefined') {
  const mark = () => { userHasInteracted = true; };
  window.addEventListener('keydown', mark, { once: true, capture: true });
  window.addEventListener('pointerdown', mark, { once: true, capture: true });
}
export const AreaProvider = AreaContext.Provider;

/**
 * Navigation state for a change that stays on the same page, e.g. a filter or a search written to
 * the address: the heading then leaves focus where the user is.
 */
export const KEEP_FOCUS = { keepFocus: true } as const;

function keepsFocus(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { keepFocus?: unknown }).keepFocus === true;
}

interface Props {
  /** Plain text for document.title; defaults to the heading's text when that is a string. */
  title?: string;
  children: ReactNode;
}

/**
 * The page's single h1. It sets document.title and, after client-side navigation, takes focus
 * so screen-reader and keyboard users start at the new content. The first page load keeps the
 * browser's natural focus order (skip link first); react-router marks that entry "default".
 */
export function PageHeading({ title, children }: Props) {
  const { t } = useTranslation();
  const area = useContext(AreaContext);
  const location = useLocation();
  const ref = useRef<HTMLHeadingElement>(null);
  const text = title ?? (typeof children === 'string' ? children : '');
  const siteName = area === 'backoffice' ? t('app.backofficeName') : t('app.portalName');

  useEffect(() => {
    document.title = text && text !== siteName ? `${text} – ${siteName}` : siteName;
  }, [text, siteName]);

  const navigationType = useNavigationType();
  useEffect(() => {
    if (location.key === 'default' || keepsFocus(location.state)) return;
    // A redirect before the user has done anything (e.g. / → /login) is still the first page:
    // leave focus alone so the skip link stays first.
    if (navigationType === 'REPLACE' && !userHasInteracted) return;
    ref.current?.focus();
  }, [location.key, location.state, navigationType]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
