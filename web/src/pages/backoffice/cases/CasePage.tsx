import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CaseDialog } from '../../../components/cases/CaseDialog';
import { CaseFacts } from '../../../components/cases/CaseFacts';
import { CaseHistory } from '../../../components/cases/CaseHistory';
import { AttachmentList } from '../../../components/attachments/AttachmentList';
import { Detail } from '../../../components/Detail';
import { PageHeading } from '../../../components/PageHeading';
import { Section } from '../../../components/Section';
import { AsyncContent } from '../../../components/Status';
import { useApiData } from '../../../hooks/useApiData';
import type { StaffCaseResponse } from '@api';
import { HandlingForm } from './HandlingForm';
import { OptionOrderHandling } from './OptionOrderHandling';
import { OptionOrderSection } from '../../../components/options/OptionOrderSection';

/** One case in the back office: facts, description, dialog, handling (reply, status, responsible in one form), history. */
export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const state = useApiData<StaffCaseResponse>(`/api/backoffice/cases/${encodeURIComponent(id)}`);
  const detail = state.data?.case;
  const heading = detail && detail.id === id ? detail.title : t('cases.pageTitle');

  return (
    <>
      <p className="back-link">
        <Link to="/admin/arenden">{t('backoffice.case.back')}</Link>
      </p>
      <PageHeading>{heading}</PageHeading>
      <AsyncContent state={state}>{(data) => <CaseContent data={data} onChanged={state.reload} />}</AsyncContent>
    </>
  );
}

function CaseContent({ data, onChanged }: { data: StaffCaseResponse; onChanged: () => void }) {
  const { t } = useTranslation();
  const { case: detail, staff } = data;
  return (
    <>
      <Section title={t('cases.overviewHeading')}>
        <CaseFacts detail={detail}>
          <Detail label={t('backoffice.case.kind')}>{t(`caseKind.${detail.kind}`)}</Detail>
          <Detail label={t('backoffice.case.category')}>{detail.category.name}</Detail>
          <Detail label={t('backoffice.case.customer')}>
            <Link to={`/admin/kunder/${encodeURIComponent(detail.customer.id)}`}>{detail.customer.name}</Link>
          </Detail>
          <Detail label={t('backoffice.case.responsible')}>{detail.responsible?.name ?? t('backoffice.case.queue')}</Detail>
        </CaseFacts>
      </Section>
      {detail.kind === 'option_order' && (
        <OptionOrderSection path={`/api/backoffice/cases/${encodeURIComponent(detail.id)}/option-order`}>
          {(order, reload) => <OptionOrderHandling order={order} onMoved={() => { reload(); onChanged(); }} />}
        </OptionOrderSection>
      )}
      <Section title={t('cases.descriptionHeading')}>
        <p className="case-text">{detail.description}</p>
        <AttachmentList attachments={detail.attachments} />
      </Section>
      <Section title={t('cases.dialogHeading')}>
        <CaseDialog messages={detail.messages} viewer="staff" />
      </Section>
      {/* Keyed by case: the selects start from this case's status and responsible. */}
      <HandlingForm key={detail.id} detail={detail} staff={staff} onChanged={onChanged} />
      <Section title={t('cases.historyHeading')}>
        <CaseHistory history={detail.history} />
      </Section>
    </>
  );
}
