import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { swedishDate } from '@domain/dates';
import { apiPost, fetchSession } from './api';
import type { SessionUser, SignedIn, StaffAbility, StaffUser, TenantLoginBody, TenantUser } from '@api';

type SessionStatus = 'loading' | 'ready' | 'error';

interface SessionValue {
  status: SessionStatus;
  user: SessionUser | null;
  /** Today's date in Sweden by the server's clock ('YYYY-MM-DD'), null until the session has loaded. */
  today: string | null;
  /** True right after the user logged out, so guards send them to login without a `next`. */
  loggedOut: boolean;
  refresh: () => Promise<void>;
  loginTenant: (username: string, password: string) => Promise<void>;
  /**
   * Takes a user the server has just signed in (e.g. after the staff's second step) into the
   * session and fetches the new CSRF token that came with the new session.
   */
  completeLogin: (user: SessionUser) => Promise<void>;
  logout: () => Promise<void>;
  /** Called when the API answers 401: the session has expired on the server. */
  expire: () => void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [user, setUser] = useState<SessionUser | null>(null);
  const [today, setToday] = useState<string | null>(null);
  const [loggedOut, setLoggedOut] = useState(false);

  const refresh = useCallback(async () => {
    try {
      const session = await fetchSession();
      setUser(session.user);
      setToday(session.today);
      setStatus('ready');
    } catch {
      setStatus('error');
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const loginTenant = useCallback(
    async (username: string, password: string) => {
      const result = await apiPost<SignedIn, TenantLoginBody>('/api/auth/login/tenant', { username, password });
      setLoggedOut(false);
      setUser(result.user);
      await refresh(); // the server issues a new CSRF token with the new session
    },
    [refresh],
  );

  const completeLogin = useCallback(
    async (signedIn: SessionUser) => {
      setLoggedOut(false);
      setUser(signedIn);
      await refresh();
    },
    [refresh],
  );

  const logout = useCallback(async () => {
    await apiPost<undefined>('/api/auth/logout');
    setLoggedOut(true);
    setUser(null);
    await refresh();
  }, [refresh]);

  const expire = useCallback(() => {
    setLoggedOut(false);
    setUser(null);
  }, []);

  const value = useMemo(
    () => ({ status, user, today, loggedOut, refresh, loginTenant, completeLogin, logout, expire }),
    [status, user, today, loggedOut, refresh, loginTenant, completeLogin, logout, expire],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The logged-in tenant; only for components rendered behind <RequireTenant>. */
export function useTenant(): TenantUser {
  const { user } = useSession();
  if (user?.kind !== 'tenant') throw new Error('useTenant used outside the tenant portal');
  return user;
}

/** The logged-in staff member; only for components rendered behind <RequireStaff>. */
export function useStaff(): StaffUser {
  const { user } = useSession();
  if (user?.kind !== 'staff') throw new Error('useStaff used outside the back office');
  return user;
}

/**
 * Whether the logged-in staff member may do `ability` (policies/staff.ts, as the session says): what
 * the menu and the buttons show. The server checks again on every request.
 */
export function useStaffCan(ability: StaffAbility): boolean {
  return useStaff().abilities.includes(ability);
}

/**
 * Today in Sweden by the server's clock (the app's clock, which a demo or a test may set), so that the
 * periods and dates offered are the server's, not the device's. Before the session has loaded (never
 * behind the guards), the device's date.
 */
export function useToday(): string {
  const { today } = useSession();
  return today ?? swedishDate(new Date());
}
