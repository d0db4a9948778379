import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';

/** What a "Ny …" form leaves in the location's state when it has saved and opened the new record's page. */
export interface CreatedState {
  /** The new record's name or number, for the sentence: "Avtal 300102 är sparat." */
  created: string;
}

/**
 * Says once, on the page a "Ny …" form opened after saving, that the record is saved: in a live
 * region that exists before the text arrives, so that screen readers announce it.
 */
export function CreatedNotice({ text }: { text: (name: string) => string }) {
  const location = useLocation();
  const created = (location.state as Partial<CreatedState> | null)?.created;
  const [shown, setShown] = useState('');
  const sentence = typeof created === 'string' ? text(created) : '';

  useEffect(() => {
    setShown(sentence);
  }, [sentence]);

  return (
    <p role="status" className={shown ? 'success-message' : 'form-status'}>
      {shown}
    </p>
  );
}
