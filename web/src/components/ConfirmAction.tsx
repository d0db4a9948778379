import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The first button, e.g. "Inaktivera". */
  label: string;
  /** The button that really does it, e.g. "Bekräfta inaktivering". */
  confirmLabel: string;
  /** Id of what the action is about (e.g. the row header), so the buttons say whom they affect. */
  describedBy?: string;
  /** Does the action; errors are the caller's to show. */
  onConfirm: () => Promise<void>;
}

/**
 * A destructive action in two steps without a browser dialog: the first button is replaced by a
 * confirm button and "Avbryt". Focus follows: to the confirm button, and back on cancel.
 */
export function ConfirmAction({ label, confirmLabel, describedBy, onConfirm }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'confirming' | 'working'>('idle');
  const startRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (state === 'confirming') confirmRef.current?.focus();
    if (state === 'idle' && returnFocus.current) {
      returnFocus.current = false;
      startRef.current?.focus();
    }
  }, [state]);

  async function confirm() {
    setState('working');
    try {
      await onConfirm();
    } finally {
      if (mounted.current) setState('idle');
    }
  }

  if (state === 'idle') {
    return (
      <button
        ref={startRef}
        type="button"
        className="button button--secondary button--small"
        aria-describedby={describedBy}
        onClick={() => {
          setState('confirming');
        }}
      >
        {label}
      </button>
    );
  }

  return (
    <span className="confirm-action">
      <button
        ref={confirmRef}
        type="button"
        className="button button--danger button--small"
        aria-describedby={describedBy}
        aria-disabled={state === 'working' ? true : undefined}
        onClick={() => {
          if (state === 'confirming') void confirm();
        }}
      >
        {confirmLabel}
      </button>
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => {
          if (state !== 'confirming') return;
          returnFocus.current = true;
          setState('idle');
        }}
      >
        {t('common.cancel')}
      </button>
    </span>
  );
}
