import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { EmptyState } from '../../components/Status';

/**
 * Invoices arrive in a later version. The page already has its filter so the tenant meets the
 * familiar control, and it states honestly that there is nothing to show yet.
 */
export function InvoicesPage() {
  const { t } = useTranslation();
  const id = useId();
  const [onlyUnpaid, setOnlyUnpaid] = useState(true);

  return (
    <>
      <PageHeading>{t('portal.invoices.title')}</PageHeading>
      <div className="switch">
        <input
          id={id}
          type="checkbox"
          role="switch"
          className="switch__input"
          checked={onlyUnpaid}
          onChange={(event) => {
            setOnlyUnpaid(event.target.checked);
          }}
        />
        <label htmlFor={id} className="switch__label">
          {t('portal.invoices.onlyUnpaid')}
        </label>
      </div>
      <div aria-live="polite">
        <EmptyState title={onlyUnpaid ? t('portal.invoices.emptyUnpaid') : t('portal.invoices.emptyAll')}>
          <p>{t('portal.invoices.emptyHint')}</p>
        </EmptyState>
      </div>
    </>
  );
}
