import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { AsyncContent } from '../../components/Status';
import { formatNumber } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { currentLanguage } from '../../i18n';
import type { BackofficeSummary } from '@api';

export function OverviewPage() {
  const { t } = useTranslation();
  const summary = useApiData<BackofficeSummary>('/api/backoffice/summary');
  const lang = currentLanguage();

  return (
    <>
      <PageHeading>{t('backoffice.overview.title')}</PageHeading>
      <AsyncContent state={summary}>
        {(data) => {
          const figures = [
            [t('backoffice.overview.customers'), data.customers],
            [t('backoffice.overview.properties'), data.properties],
            [t('backoffice.overview.rentalObjects'), data.rentalObjects],
            [t('backoffice.overview.activeLeases'), data.activeLeases],
            [t('backoffice.overview.tenantUsers'), data.tenantUsers],
          ] as const;
          return (
            <dl className="stat-grid">
              {figures.map(([label, value]) => (
                <div key={label} className="stat">
                  <dt className="stat__label">{label}</dt>
                  <dd className="stat__value">{formatNumber(value, lang)}</dd>
                </div>
              ))}
            </dl>
          );
        }}
      </AsyncContent>
    </>
  );
}
