import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { EmptyState } from '../../components/Status';

export function OptionsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('portal.options.title')}</PageHeading>
      <EmptyState title={t('portal.options.empty')}>
        <p>{t('portal.options.emptyHint')}</p>
      </EmptyState>
    </>
  );
}
