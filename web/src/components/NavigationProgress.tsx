import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from 'react-router';

/** How long a page may take before the bar shows: a page already cached opens without a flash. */
const DELAY_MS = 150;

/**
 * A thin bar at the top while the next page's code loads (pages are React Router `lazy` routes): on a
 * slow mobile network the old page otherwise stays on screen with no sign that anything happens. An
 * indeterminate progressbar with a name, so a screen reader can tell too; still under reduced motion.
 */
export function NavigationProgress() {
  const { t } = useTranslation();
  const loading = useNavigation().state === 'loading';
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!loading) {
      setShown(false);
      return undefined;
    }
    const timer = setTimeout(() => {
      setShown(true);
    }, DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [loading]);
  return shown ? <div className="navigation-progress" role="progressbar" aria-label={t('common.loadingPage')} /> : null;
}
