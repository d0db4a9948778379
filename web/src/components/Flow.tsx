import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeading, type Area } from './PageHeading';
import { PublicLayout } from './PublicLayout';
import { StepHeading } from './StepHeading';

/**
 * A public multi-step page (Skapa konto, Glömt lösenord, a verification link, an invitation): one
 * card under the page's h1.
 */
export function FlowCard({ area, title, children }: { area: Area; title: string; children: ReactNode }) {
  return (
    <PublicLayout area={area}>
      <div className="flow-card">
        <PageHeading>{title}</PageHeading>
        {children}
      </div>
    </PublicLayout>
  );
}

/** A line under the card's content, e.g. "Börja om" or a link back to the login. */
export function FlowFooter({ children }: { children: ReactNode }) {
  return <p className="flow-card__footer">{children}</p>;
}

interface DoneProps {
  focus: boolean;
  heading: string;
  text: string;
  /** The login page to continue at; by default the tenants'. */
  loginPath?: string;
  loginLabel: string;
}

/** The last step of a flow: what was done, and the way to log in. */
export function FlowDone({ focus, heading, text, loginPath = '/login', loginLabel }: DoneProps) {
  return (
    <>
      <StepHeading focus={focus}>{heading}</StepHeading>
      <p>{text}</p>
      <p>
        <Link to={loginPath} className="button button--primary">
          {loginLabel}
        </Link>
      </p>
    </>
  );
}
