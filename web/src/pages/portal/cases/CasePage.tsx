import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { CaseDialog } from '../../../components/cases/CaseDialog';
import { CaseFacts } from '../../../components/cases/CaseFacts';
import { CaseHistory } from '../../../components/cases/CaseHistory';
import { AttachmentList } from '../../../components/attachments/AttachmentList';
import { RelatedCaseBadge } from '../../../components/cases/CaseBadges';
import { Detail } from '../../../components/Detail';
import { OptionOrderSection } from '../../../components/options/OptionOrderSection';
import { PageHeading } from '../../../components/PageHeading';
import { Section } from '../../../components/Section';
import { AsyncContent } from '../../../components/Status';
import { useApiData } from '../../../hooks/useApiData';
import type { CaseDetail, CaseResponse } from '@api';
import type { CaseCreatedState } from './NewCasePage';
import { ReplyForm } from './ReplyForm';

/** One case: its facts, the description, the dialog with the landlord and the status history. */
export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const state = useApiData<CaseResponse>(`/api/portal/cases/${encodeURIComponent(id)}`);
  const detail = state.data?.case;
  const heading = detail && detail.id === id ? detail.title : t('cases.pageTitle');
  const created = (location.state as Partial<CaseCreatedState> | null)?.caseCreated === true;
  const [notice, setNotice] = useState('');

  // Just sent from "Nytt ärende": say so in a live region that exists before the text arrives.
  useEffect(() => {
    if (!created) {
      setNotice('');
      return;
    }
    const timer = window.setTimeout(() => {
      setNotice(t('portal.newCase.registered'));
    }, 100);
    return () => {
      window.clearTimeout(timer);
    };
  }, [created, t]);

  return (
    <>
      <p className="back-link">
        <Link to="/arenden">{t('portal.case.back')}</Link>
      </p>
      <PageHeading>{heading}</PageHeading>
      <p role="status" className={notice ? 'success-message' : 'form-status'}>
        {notice}
      </p>
      <AsyncContent state={state}>{({ case: found }) => <CaseContent detail={found} onChanged={state.reload} />}</AsyncContent>
    </>
  );
}

function CaseContent({ detail, onChanged }: { detail: CaseDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Section title={t('cases.overviewHeading')}>
        <CaseFacts detail={detail} leaseHref={(leaseId) => `/avtal/${encodeURIComponent(leaseId)}`}>
          <Detail label={t('cases.category')}>
            {detail.category.name}
            {detail.kind === 'related' && (
              <span className="cell-note">
                <RelatedCaseBadge kind={detail.kind} />
              </span>
            )}
          </Detail>
        </CaseFacts>
      </Section>
      {detail.kind === 'option_order' && <OptionOrderSection path={`/api/portal/cases/${encodeURIComponent(detail.id)}/option-order`} />}
      <Section title={t('cases.descriptionHeading')}>
        <p className="case-text">{detail.description}</p>
        <AttachmentList attachments={detail.attachments} />
      </Section>
      <Section title={t('cases.dialogHeading')}>
        <CaseDialog messages={detail.messages} viewer="tenant" />
        {detail.kind === 'related' ? (
          <p className="muted">{t('portal.case.related')}</p>
        ) : (
          // Keyed by case: text and files picked for one case never go to another.
          <ReplyForm key={detail.id} caseId={detail.id} closed={detail.status === 'closed'} onSent={onChanged} />
        )}
      </Section>
      <Section title={t('cases.historyHeading')}>
        <CaseHistory history={detail.history} />
      </Section>
    </>
  );
}
