import type { ReactNode } from 'react';
import type { UserRole } from '../../gql/graphql';
import { Link } from '../../routes/Link';
import { normalizePathname } from '../../routes/routes';
import { usePathname } from '../../routes/use-pathname';
import { NotificationsLinkContent } from '../notifications/NotificationsLink';
import { SignOutButton } from './SignOutButton';
import { useSession } from './use-session';

/** A header link that says so (aria-current="page") when it leads to the page being shown. */
export function HeaderLink({
  href,
  alsoCurrentAt = [],
  className = 'site-header__link',
  children,
}: {
  href: string;
  /** Other addresses of the same page, e.g. "/jobs" for "/". */
  alsoCurrentAt?: readonly string[];
  className?: string;
  children: ReactNode;
}) {
  const pathname = normalizePathname(usePathname());
  const isCurrent = pathname === href || alsoCurrentAt.includes(pathname);
  return (
    <Link href={href} className={className} aria-current={isCurrent ? 'page' : undefined}>
      {children}
    </Link>
  );
}

const LINKS_BY_ROLE: Record<UserRole, ReadonlyArray<{ href: string; label: string; alsoCurrentAt?: readonly string[] }>> = {
  RECRUITER: [
    { href: '/recruiter', label: 'Jobs' },
    { href: '/recruiter/candidates', label: 'Candidates' },
  ],
  ADMIN: [
    { href: '/recruiter', label: 'Jobs' },
    { href: '/recruiter/candidates', label: 'Candidates' },
    // Integrations' screens (API keys, Webhooks) are one section, which opens at its first.
    { href: '/integrations/api-keys', label: 'Integrations', alsoCurrentAt: ['/integrations/webhooks'] },
  ],
  CANDIDATE: [
    { href: '/me', label: 'My opportunities' },
    { href: '/me/profile', label: 'Profile' },
  ],
};

/** The header's right side: the signed-in person's pages, notifications, name and "Sign out"; or "Sign in". */
export function SessionMenu() {
  const { viewer, isLoading } = useSession();
  if (isLoading) return null;
  if (!viewer) return <HeaderLink href="/sign-in">Sign in</HeaderLink>;
  return (
    <div className="session-menu">
      {LINKS_BY_ROLE[viewer.role].map(({ href, label, alsoCurrentAt }) => (
        <HeaderLink key={href} href={href} alsoCurrentAt={alsoCurrentAt}>
          {label}
        </HeaderLink>
      ))}
      <HeaderLink href="/notifications" className="site-header__link notifications-link">
        <NotificationsLinkContent />
      </HeaderLink>
      <HeaderLink href="/settings/notifications">E-mail settings</HeaderLink>
      <span className="session-menu__name">
        <span className="visually-hidden">Signed in as </span>
        {viewer.name}
      </span>
      <SignOutButton />
    </div>
  );
}
