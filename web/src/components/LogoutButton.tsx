import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { useSession } from '../session';

/** Logs out; the route guard then sends the user to the login page of their area. */
export function LogoutButton() {
  const { t } = useTranslation();
  const { logout } = useSession();
  const [error, setError] = useState<string>();

  async function handleClick() {
    setError(undefined);
    try {
      await logout();
    } catch (reason) {
      setError(reason instanceof ApiError ? reason.message : t('errors.unexpected'));
    }
  }

  return (
    <>
      <button type="button" className="button button--ghost" onClick={() => void handleClick()}>
        {t('common.logout')}
      </button>
      {error && (
        <p className="header-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
