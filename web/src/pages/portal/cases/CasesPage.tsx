import { useTranslation } from 'react-i18next';
import { NewRecordLink } from '../../../components/NewRecordLink';
import { PageHeading } from '../../../components/PageHeading';
import { SearchForm } from '../../../components/SearchForm';
import { SelectField } from '../../../components/SelectField';
import { AsyncContent, EmptyState, ResultCount } from '../../../components/Status';
import { ToggleButtons } from '../../../components/ToggleButtons';
import { useCaseStatusWord } from '../../../components/cases/CaseBadges';
import { CURRENT_CASE_STATUSES, queryString } from '../../../cases';
import { leaseName } from '../../../format';
import { useApiData } from '../../../hooks/useApiData';
import { useSearchFilters } from '../../../hooks/useSearchFilters';
import type { CaseCategoryList, CaseList, CaseStatus, LeaseList } from '@api';
import { CaseTable } from './CaseTable';

type View = 'current' | 'historic';

/** The longest search the API takes. */
const SEARCH_MAX = 200;
const FILTERS = ['view', 'q', 'category', 'status', 'lease'] as const;
const VIEW_STATUSES: Record<View, readonly CaseStatus[]> = { current: CURRENT_CASE_STATUSES, historic: ['closed'] };

/**
 * "Ärenden": the tenant's current or historic cases, searched and filtered. The search lives in
 * the address, so /arenden?lease=… (from a lease page) shows that lease's cases.
 */
export function CasesPage() {
  const { t } = useTranslation();
  const statusWord = useCaseStatusWord();
  const { values, update } = useSearchFilters(FILTERS);
  const view: View = values.view === 'historic' ? 'historic' : 'current';
  const statuses = VIEW_STATUSES[view];
  const status = (statuses as readonly string[]).includes(values.status) ? values.status : '';
  const { q, category, lease } = values;

  const categories = useApiData<CaseCategoryList>('/api/portal/case-categories');
  const leases = useApiData<LeaseList>('/api/portal/leases');
  const cases = useApiData<CaseList>(
    `/api/portal/cases${queryString({ view, q, category, status, leaseId: lease })}`,
  );
  const filtered = Boolean(q || category || status || lease);
  const count = cases.data?.cases.length;

  return (
    <>
      <PageHeading>{t('portal.cases.title')}</PageHeading>
      <p>{t('portal.cases.intro')}</p>
      <NewRecordLink to="/arenden/nytt">{t('portal.newCaseButton')}</NewRecordLink>

      <ToggleButtons<View>
        label={t('portal.cases.viewLabel')}
        options={[
          { value: 'current', label: t('portal.cases.current') },
          { value: 'historic', label: t('portal.cases.historic') },
        ]}
        value={view}
        onChange={(next) => {
          update({ view: next === 'current' ? '' : next, status: '' });
        }}
      />

      <h2>{t('portal.cases.searchHeading')}</h2>
      <SearchForm
        query={q}
        onSearch={(text) => {
          update({ q: text });
        }}
        maxLength={SEARCH_MAX}
        label={t('portal.cases.search')}
        buttonLabel={t('portal.cases.searchButton')}
        hint={t('portal.cases.searchHint')}
      >
        <SelectField
          label={t('portal.cases.category')}
          value={category}
          onValueChange={(value) => {
            update({ category: value });
          }}
        >
          <option value="">{t('portal.cases.all')}</option>
          {categories.data?.categories.map((item) => (
            <option key={item.code} value={item.code}>
              {item.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('portal.cases.status')}
          value={status}
          onValueChange={(value) => {
            update({ status: value });
          }}
        >
          <option value="">{t('portal.cases.all')}</option>
          {statuses.map((value) => (
            <option key={value} value={value}>
              {statusWord(value)}
            </option>
          ))}
        </SelectField>
        {(leases.data?.leases.length ?? 0) > 1 || lease ? (
          <SelectField
            label={t('portal.cases.lease')}
            value={lease}
            onValueChange={(value) => {
              update({ lease: value });
            }}
          >
            <option value="">{t('portal.cases.all')}</option>
            {leases.data?.leases.map((item) => (
              <option key={item.id} value={item.id}>
                {leaseName(item, t)}
              </option>
            ))}
          </SelectField>
        ) : null}
      </SearchForm>

      <ResultCount count={count} loading={cases.loading}>{(n) => t('portal.cases.count', { count: n })}</ResultCount>
      <AsyncContent state={cases}>
        {({ cases: list }) =>
          list.length === 0 ? (
            <EmptyState title={filtered ? t('portal.cases.noMatch') : t('portal.cases.empty')}>
              <p>
                {filtered
                  ? t('portal.cases.noMatchHint')
                  : view === 'current'
                    ? t('portal.cases.emptyCurrentHint')
                    : t('portal.cases.emptyHistoricHint')}
              </p>
            </EmptyState>
          ) : (
            <CaseTable
              cases={list}
              caption={view === 'current' ? t('portal.cases.currentCaption') : t('portal.cases.historicCaption')}
            />
          )
        }
      </AsyncContent>
    </>
  );
}
