import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from './api';
import type { Landlord } from '@api';

const LandlordContext = createContext<Landlord | null>(null);

/** Loads the public landlord details once per language (link labels come translated). */
export function LandlordProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [landlord, setLandlord] = useState<Landlord | null>(null);
  const lang = i18n.resolvedLanguage;

  useEffect(() => {
    const controller = new AbortController();
    apiGet<Landlord>('/api/landlord', controller.signal).then(setLandlord, () => {
      // Without landlord details the pages still work; headers fall back to the product name.
    });
    return () => {
      controller.abort();
    };
  }, [lang]);

  return <LandlordContext.Provider value={landlord}>{children}</LandlordContext.Provider>;
}

/** The landlord's public details, or null while loading or if unavailable. */
export function useLandlord(): Landlord | null {
  return useContext(LandlordContext);
}
