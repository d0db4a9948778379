import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { PageHeading } from '../../../components/PageHeading';
import { SearchForm } from '../../../components/SearchForm';
import { SelectField } from '../../../components/SelectField';
import { AsyncContent, EmptyState, ResultCount } from '../../../components/Status';
import { ToggleButtons } from '../../../components/ToggleButtons';
import { CASE_KINDS, CASE_STATUSES, isCaseKind, isCaseStatus, queryString } from '../../../cases';
import { useStaffCaseColumns, WAITING_COLUMN } from './StaffCaseColumns';
import { useApiData } from '../../../hooks/useApiData';
import { useSearchFilters } from '../../../hooks/useSearchFilters';
import type { StaffCaseList, StaffCaseRow } from '@api';

type Box = 'mine' | 'properties' | 'queue' | 'all';

const BOXES: readonly Box[] = ['mine', 'properties', 'queue', 'all'];
/** The longest search the API takes. */
const SEARCH_MAX = 200;
const FILTERS = ['box', 'q', 'status', 'kind'] as const;

function isBox(value: string): value is Box {
  return (BOXES as readonly string[]).includes(value);
}

/**
 * The staff's case list: a box (own cases, the properties one manages, the shared queue, all),
 * search and filters, in the address. The server sorts what has waited longest for us first.
 */
export function CasesPage() {
  const { t } = useTranslation();
  const { values, update } = useSearchFilters(FILTERS);
  const box: Box = isBox(values.box) ? values.box : 'mine';
  const status = isCaseStatus(values.status) ? values.status : '';
  const kind = isCaseKind(values.kind) ? values.kind : '';
  const { q } = values;
  const cases = useApiData<StaffCaseList>(`/api/backoffice/cases${queryString({ box, q, status, kind })}`);
  const filtered = Boolean(q || status || kind);
  const count = cases.data?.cases.length;
  const boxLabel = t(`backoffice.cases.box.${box}`);

  return (
    <>
      <PageHeading>{t('backoffice.cases.title')}</PageHeading>
      <p>{t('backoffice.cases.intro')}</p>
      <ToggleButtons<Box>
        label={t('backoffice.cases.boxLabel')}
        options={BOXES.map((value) => ({ value, label: t(`backoffice.cases.box.${value}`) }))}
        value={box}
        onChange={(next) => {
          update({ box: next === 'mine' ? '' : next });
        }}
      />
      <SearchForm
        query={q}
        onSearch={(text) => {
          update({ q: text });
        }}
        maxLength={SEARCH_MAX}
        label={t('backoffice.cases.search')}
        buttonLabel={t('backoffice.cases.searchButton')}
      >
        <SelectField
          label={t('backoffice.cases.status')}
          value={status}
          onValueChange={(value) => {
            update({ status: value });
          }}
        >
          <option value="">{t('backoffice.cases.all')}</option>
          {CASE_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`caseStatus.${value}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('backoffice.cases.kind')}
          value={kind}
          onValueChange={(value) => {
            update({ kind: value });
          }}
        >
          <option value="">{t('backoffice.cases.all')}</option>
          {CASE_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`caseKind.${value}`)}
            </option>
          ))}
        </SelectField>
      </SearchForm>
      <ResultCount count={count} loading={cases.loading}>{(n) => t('backoffice.cases.count', { count: n })}</ResultCount>
      <AsyncContent state={cases}>
        {({ cases: list, counts }) =>
          list.length === 0 ? (
            filtered ? (
              <EmptyState title={t('backoffice.cases.noMatch')} />
            ) : (
              <EmptyBox
                box={box}
                counts={counts}
                onShow={(next) => {
                  update({ box: next === 'mine' ? '' : next });
                }}
              />
            )
          ) : (
            <StaffCaseTable cases={list} caption={t('backoffice.cases.caption', { box: boxLabel })} />
          )
        }
      </AsyncContent>
    </>
  );
}

/** Where the work is when this box is empty: the first other box that has cases, one click away. */
const HINT_ORDER: readonly Box[] = ['queue', 'mine', 'properties', 'all'];

function EmptyBox({ box, counts, onShow }: { box: Box; counts: StaffCaseList['counts']; onShow: (box: Box) => void }) {
  const { t } = useTranslation();
  const elsewhere = HINT_ORDER.find((other) => other !== box && counts[other] > 0);
  if (!elsewhere) return <EmptyState title={t('backoffice.cases.emptyHere')}>{t('backoffice.cases.noWorkAnywhere')}</EmptyState>;
  const name = t(`backoffice.cases.box.${elsewhere}`);
  return (
    <EmptyState title={t('backoffice.cases.emptyHere')}>
      <p>{t('backoffice.cases.workElsewhere', { box: name, count: counts[elsewhere] })}</p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          onShow(elsewhere);
        }}
      >
        {t('backoffice.cases.showBox', { box: name })}
      </button>
    </EmptyState>
  );
}

function StaffCaseTable({ cases, caption }: { cases: StaffCaseRow[]; caption: string }) {
  const columns = useStaffCaseColumns();
  return (
    <DataTable
      caption={caption}
      dense
      rows={cases}
      rowKey={(item) => item.id}
      columns={columns}
      initialSort={{ column: WAITING_COLUMN, direction: 'ascending' }}
    />
  );
}
