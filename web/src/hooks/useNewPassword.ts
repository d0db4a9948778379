import { useCallback, useState } from 'react';
import { failedPasswordRules, type ApiError } from '../api';

/** The two fields of a new password, as forms name them in their errors. */
export type NewPasswordField = 'password' | 'passwordRepeat';

/**
 * A new password, typed twice, and the rules the server failed it on. Typing clears those rules:
 * they were about the password that was sent.
 */
export function useNewPassword() {
  const [password, setPasswordValue] = useState('');
  const [repeat, setRepeat] = useState('');
  const [serverRules, setServerRules] = useState<string[]>([]);
  const setPassword = useCallback((value: string) => {
    setPasswordValue(value);
    setServerRules([]);
  }, []);

  return {
    password,
    setPassword,
    repeat,
    setRepeat,
    serverRules,
    /** The two fields differ (checked before sending). */
    mismatch: password !== repeat,
    /** After a failed request: keeps the rules a weak password failed; the fields the error is about. */
    failed(error: ApiError): NewPasswordField[] {
      const rules = failedPasswordRules(error);
      setServerRules(rules);
      if (rules.length > 0) return ['password'];
      return error.code === 'PASSWORD_MISMATCH' ? ['passwordRepeat'] : [];
    },
    clear() {
      setPassword('');
      setRepeat('');
    },
  };
}

export type NewPassword = ReturnType<typeof useNewPassword>;
