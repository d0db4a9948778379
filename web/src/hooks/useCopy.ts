import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Writes text to the clipboard: the Clipboard API, or a hidden text area and execCommand where it is missing. */
async function writeClipboard(text: string): Promise<void> {
  if (typeof navigator.clipboard?.writeText === 'function') {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  const done = document.execCommand('copy');
  area.remove();
  if (!done) throw new Error('copy refused');
}

/**
 * Copying a number (OCR, bankgiro) with a button: `message` is what a live region says afterwards,
 * "Kopierat" or why not. It is emptied first, so that copying twice is announced twice.
 */
export function useCopy() {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const timer = useRef<number>(undefined);

  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
    },
    [],
  );

  const copy = useCallback(
    (text: string) => {
      window.clearTimeout(timer.current);
      setMessage('');
      writeClipboard(text).then(
        () => {
          timer.current = window.setTimeout(() => {
            setMessage(t('portal.invoice.copied'));
          }, 50);
        },
        () => {
          setMessage(t('portal.invoice.copyFailed'));
        },
      );
    },
    [t],
  );

  return { copy, message };
}
