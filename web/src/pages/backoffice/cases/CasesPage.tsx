import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CaseStatusBadge } from '../../../components/cases/CaseBadges';
import { DataTable } from '../../../components/DataTable';
import { PageHeading } from '../../../components/PageHeading';
import { SearchForm } from '../../../components/SearchForm';
import { SelectField } from '../../../components/SelectField';
import { AsyncContent, EmptyState } from '../../../components/Status';
import { ToggleButtons } from '../../../components/ToggleButtons';
import { CASE_KINDS, CASE_STATUSES, isCaseKind, isCaseStatus, queryString } from '../../../cases';
import { formatDate, formatRelative } from '../../../format';
import { useApiData } from '../../../hooks/useApiData';
import { useSearchFilters } from '../../../hooks/useSearchFilters';
import { currentLanguage } from '../../../i18n';
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
      <p className="result-count" role="status">
        {count !== undefined && !cases.loading ? t('backoffice.cases.count', { count }) : ''}
      </p>
      <AsyncContent state={cases}>
        {({ cases: list }) =>
          list.length === 0 ? (
            <EmptyState title={filtered ? t('backoffice.cases.noMatch') : t('backoffice.cases.empty')} />
          ) : (
            <StaffCaseTable cases={list} caption={t('backoffice.cases.caption', { box: boxLabel })} />
          )
        }
      </AsyncContent>
    </>
  );
}

function StaffCaseTable({ cases, caption }: { cases: StaffCaseRow[]; caption: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const now = Date.now();
  return (
    <DataTable
      caption={caption}
      className="table table--compact"
      rows={cases}
      rowKey={(item) => item.id}
      columns={[
        {
          label: t('cases.title'),
          className: 'case-title-cell',
          cell: (item) => (
            <>
              <Link to={`/admin/arenden/${encodeURIComponent(item.id)}`}>{item.title}</Link>
              <span className="cell-note">
                {t(`caseKind.${item.kind}`)} · {item.category.name}
              </span>
            </>
          ),
        },
        { label: t('backoffice.cases.number'), nowrap: true, cell: (item) => item.number },
        { label: t('backoffice.cases.customer'), cell: (item) => item.customer.name },
        { label: t('cases.status'), cell: (item) => <CaseStatusBadge status={item.status} /> },
        {
          label: t('backoffice.cases.responsible'),
          cell: (item) => item.responsible?.name ?? <span className="muted">{t('backoffice.cases.queue')}</span>,
        },
        {
          label: t('backoffice.cases.waitingSince'),
          cell: (item) =>
            item.waitingSince ? (
              <>
                <time dateTime={item.waitingSince} className="nowrap">
                  {formatDate(item.waitingSince)}
                </time>
                <span className="cell-note">{formatRelative(item.waitingSince, lang, now)}</span>
              </>
            ) : (
              <span className="muted">–</span>
            ),
        },
      ]}
    />
  );
}
