import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { EmptyState } from '../../components/Status';

export function CasesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('portal.cases.title')}</PageHeading>
      <p>
        <Link to="/arenden/nytt" className="button button--primary">
          {t('portal.newCaseButton')}
        </Link>
      </p>
      <EmptyState title={t('portal.cases.empty')}>
        <p>{t('portal.cases.emptyHint')}</p>
      </EmptyState>
    </>
  );
}
