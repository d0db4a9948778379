import { useTranslation } from 'react-i18next';
import { StepHeading } from '../../../components/StepHeading';

/** After setting up the app: the recovery codes, shown this once. */
export function RecoveryCodes({ focus, codes, onDone }: { focus: boolean; codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <StepHeading focus={focus}>{t('staffLogin.recoveryHeading')}</StepHeading>
      <p>{t('staffLogin.recoveryCodesIntro')}</p>
      <p>{t('staffLogin.recoveryCodesOnce')}</p>
      <ul className="recovery-codes" aria-label={t('staffLogin.recoveryCodesLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--primary button--block" onClick={onDone}>
        {t('staffLogin.savedCodes')}
      </button>
    </>
  );
}
