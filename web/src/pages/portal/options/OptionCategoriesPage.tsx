import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { AsyncContent, EmptyState } from '../../../components/Status';
import { objectName } from '../../../format';
import { useApiData } from '../../../hooks/useApiData';
import type { OptionCatalogue } from '@api';
import { CartSummary } from './CartSummary';

/** The categories that hold options possible for the object, and the cart with its count. */
export function OptionCategoriesPage() {
  const { t } = useTranslation();
  const { objectId = '' } = useParams();
  const page = useApiData<OptionCatalogue>(`/api/portal/option-objects/${encodeURIComponent(objectId)}`);
  return (
    <>
      <PageHeading>{t('portal.options.title')}</PageHeading>
      <AsyncContent state={page}>
        {({ object, blocked, categories, cart }) => (
          <>
            <p>
              {objectName({ type: object.type as 'premises', number: object.number }, t)}, {object.street}
            </p>
            {blocked && (
              <div className="alert" role="alert">
                <p>{blocked.message}</p>
              </div>
            )}
            <CartSummary objectId={object.id} cart={cart} />
            <h2>{t('portal.tillval.categories')}</h2>
            {categories.length === 0 ? (
              <EmptyState title={t('portal.tillval.noCategories')}>
                <p>{t('portal.tillval.noCategoriesHint')}</p>
              </EmptyState>
            ) : (
              <ul className="choice-list">
                {categories.map((c) => (
                  <li key={c.id}>
                    <Link to={`/tillval/${object.id}/kategori/${c.id}`} className="choice-list__link">
                      {c.name}
                    </Link>{' '}
                    <span className="hint">{t('portal.tillval.optionCount', { count: c.optionCount })}</span>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </AsyncContent>
    </>
  );
}
