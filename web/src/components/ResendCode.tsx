import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSecondsUntil } from '../hooks/useSecondsUntil';

interface Props {
  /** When the server allows a new code (ISO time). */
  availableAt: string | undefined;
  busy: boolean;
  onResend: () => void;
}

/**
 * "Skicka ny kod", disabled until the server allows a new code. The seconds left are plain text
 * (updated once a second, deliberately not a live region, which would talk every second).
 */
export function ResendCode({ availableAt, busy, onResend }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const seconds = useSecondsUntil(availableAt);
  const waiting = seconds > 0;
  return (
    <div className="resend-code">
      <button
        type="button"
        className="button button--secondary"
        disabled={waiting || busy}
        aria-describedby={waiting ? `${id}-wait` : undefined}
        onClick={onResend}
      >
        {t('verification.resend')}
      </button>
      {waiting && (
        <p className="hint" id={`${id}-wait`}>
          {t('verification.resendIn', { count: seconds })}
        </p>
      )}
    </div>
  );
}
