import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost, type ApiError } from '../../../api';
import { CodeField } from '../../../components/CodeField';
import { Field } from '../../../components/Field';
import { Form } from '../../../components/Form';
import { StepHeading } from '../../../components/StepHeading';
import { useSubmit } from '../../../hooks/useSubmit';
import type { StaffRecoveryBody, StaffSignedIn, StaffTotpBody } from '@api';

/** The second step of a staff login: a code from the app, a recovery code, or setting the app up. */
export type SecondStage =
  | { kind: 'totp'; challengeId: string }
  | { kind: 'recovery'; challengeId: string }
  | { kind: 'setup'; challengeId: string; secret: string; otpauthUri: string; qrDataUrl: string };

function groupKey(secret: string): string {
  return (secret.replace(/\s/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

interface Props {
  focus: boolean;
  stage: SecondStage;
  onSignedIn: (result: StaffSignedIn) => Promise<void>;
  /** Told of every failed code, e.g. to go back to the first step when the challenge is gone. */
  onFailed: (error: ApiError) => void;
  onSwitch: (kind: 'totp' | 'recovery') => void;
  onCancel: () => void;
}

export function SecondStep({ focus, stage, onSignedIn, onFailed, onSwitch, onCancel }: Props) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const submit = useSubmit<'code'>();
  const recovery = stage.kind === 'recovery';

  function signIn() {
    const value = code.trim();
    if (value === '') {
      submit.fail(recovery ? t('staffLogin.missingRecoveryCode') : t('staffLogin.missingCode'), ['code']);
    } else {
      return submit.run(
        async () => {
          const result = recovery
            ? await apiPost<StaffSignedIn, StaffRecoveryBody>('/api/auth/login/staff/recovery', { challengeId: stage.challengeId, recoveryCode: value })
            : await apiPost<StaffSignedIn, StaffTotpBody>('/api/auth/login/staff/totp', { challengeId: stage.challengeId, code: value });
          await onSignedIn(result);
        },
        (error) => {
          onFailed(error);
          return ['code'];
        },
      );
    }
  }

  return (
    <>
      <StepHeading focus={focus}>{t('staffLogin.twoStepHeading')}</StepHeading>
      {stage.kind === 'setup' && (
        <>
          <p>{t('staffLogin.setupIntro')}</p>
          <img className="qr-code" src={stage.qrDataUrl} alt={t('staffLogin.qrAlt')} width={200} height={200} />
          <p>
            {t('staffLogin.keyIntro')}{' '}
            <code className="secret-key">{groupKey(stage.secret)}</code>
          </p>
          <p>
            <a href={stage.otpauthUri}>{t('staffLogin.openInApp')}</a>
          </p>
          <p>{t('staffLogin.setupCodeIntro')}</p>
        </>
      )}
      {stage.kind === 'totp' && <p>{t('staffLogin.totpIntro')}</p>}
      {recovery && <p>{t('staffLogin.recoveryIntro')}</p>}
      <Form submit={submit} onSubmit={signIn}>
        {recovery ? (
          <Field
            label={t('staffLogin.recoveryCode')}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            {...submit.field('code')}
            value={code}
            onValueChange={setCode}
          />
        ) : (
          <CodeField label={t('staffLogin.code')} hint={t('staffLogin.codeHint')} {...submit.field('code')} value={code} onValueChange={setCode} />
        )}
        <button type="submit" className="button button--primary button--block">
          {stage.kind === 'setup' ? t('staffLogin.activate') : t('login.submit')}
        </button>
      </Form>
      <div className="flow-actions">
        {stage.kind !== 'setup' && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              onSwitch(recovery ? 'totp' : 'recovery');
            }}
          >
            {recovery ? t('staffLogin.useTotp') : t('staffLogin.useRecovery')}
          </button>
        )}
        <button type="button" className="link-button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </>
  );
}
