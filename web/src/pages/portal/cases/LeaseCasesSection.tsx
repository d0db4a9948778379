import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '../../../components/Section';
import { AsyncContent, EmptyState } from '../../../components/Status';
import { useApiData } from '../../../hooks/useApiData';
import type { CaseList } from '@api';
import { CaseTable } from './CaseTable';

/** "Ärenden för avtalet" on a lease page: its current cases, the way to all of them and a new one. */
export function LeaseCasesSection({ leaseId }: { leaseId: string }) {
  const { t } = useTranslation();
  const lease = encodeURIComponent(leaseId);
  const cases = useApiData<CaseList>(`/api/portal/cases?view=current&leaseId=${lease}`);

  return (
    <Section title={t('portal.lease.casesHeading')}>
      <p>
        <Link to={`/arenden/nytt?lease=${lease}`} className="button button--secondary">
          {t('portal.newCaseButton')}
        </Link>
      </p>
      <AsyncContent state={cases}>
        {({ cases: list }) =>
          list.length === 0 ? (
            <EmptyState title={t('portal.lease.noCases')} />
          ) : (
            <CaseTable cases={list} caption={t('portal.lease.casesCaption')} showLease={false} />
          )
        }
      </AsyncContent>
      <p>
        <Link to={`/arenden?lease=${lease}`}>{t('portal.lease.allCases')}</Link>
      </p>
    </Section>
  );
}
