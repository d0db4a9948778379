import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { AsyncContent, EmptyState } from '../../../components/Status';
import { objectName } from '../../../format';
import { useApiData } from '../../../hooks/useApiData';
import type { OptionObjectList } from '@api';

/** Tillval: a tenant with several rental objects first picks one; with one, its categories open at once. */
export function OptionsPage() {
  const { t } = useTranslation();
  const objects = useApiData<OptionObjectList>('/api/portal/option-objects');
  return (
    <AsyncContent state={objects}>
      {({ objects: list }) => {
        if (list.length === 1) return <Navigate to={`/tillval/${list[0]!.id}`} replace />;
        return (
          <>
            <PageHeading>{t('portal.options.title')}</PageHeading>
            {list.length === 0 ? (
              <EmptyState title={t('portal.tillval.noObjects')}>
                <p>{t('portal.tillval.noObjectsHint')}</p>
              </EmptyState>
            ) : (
              <>
                <p>{t('portal.tillval.chooseObjectIntro')}</p>
                <h2>{t('portal.tillval.chooseObject')}</h2>
                <ul className="choice-list">
                  {list.map((o) => (
                    <li key={o.id}>
                      <Link to={`/tillval/${o.id}`} className="choice-list__link">
                        {objectName({ type: o.type as 'premises', number: o.number }, t)}, {o.street}
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        );
      }}
    </AsyncContent>
  );
}
