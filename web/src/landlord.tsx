import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from './api';
import type { Landlord } from '@api';

const LandlordContext = createContext<Landlord | null>(null);

/** How long the first paint waits for the landlord's details at most (a slow or failing API). */
const FIRST_PAINT_WAIT_MS = 3000;

/**
 * Loads the public landlord details once per language (link labels come translated). The pages are
 * shown once the first answer is in (or has failed, or taken too long): the landlord's name in the
 * header and on the login pages, and the footer's address, would otherwise arrive after the first
 * paint and push the page down (layout shift).
 */
export function LandlordProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [landlord, setLandlord] = useState<Landlord | null>(null);
  const [settled, setSettled] = useState(false);
  const lang = i18n.resolvedLanguage;

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setSettled(true);
    }, FIRST_PAINT_WAIT_MS);
    apiGet<Landlord>('/api/landlord', controller.signal).then(
      (result) => {
        setLandlord(result);
        setSettled(true);
      },
      () => {
        // Without landlord details the pages still work; headers fall back to the product name.
        if (!controller.signal.aborted) setSettled(true);
      },
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [lang]);

  if (!settled) return null;
  return <LandlordContext.Provider value={landlord}>{children}</LandlordContext.Provider>;
}

/** The landlord's public details, or null while loading or if unavailable. */
export function useLandlord(): Landlord | null {
  return useContext(LandlordContext);
}
