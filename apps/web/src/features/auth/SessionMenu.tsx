import type { LucideIcon } from 'lucide-react';
import Bell from 'lucide-react/icons/bell';
import BookUser from 'lucide-react/icons/book-user';
import Briefcase from 'lucide-react/icons/briefcase';
import ChartColumn from 'lucide-react/icons/chart-column';
import ChevronDown from 'lucide-react/icons/chevron-down';
import DatabaseIcon from 'lucide-react/icons/database';
import House from 'lucide-react/icons/house';
import Mail from 'lucide-react/icons/mail';
import MenuIcon from 'lucide-react/icons/menu';
import Plug from 'lucide-react/icons/plug';
import Settings from 'lucide-react/icons/settings';
import Shield from 'lucide-react/icons/shield';
import Sun from 'lucide-react/icons/sun';
import Target from 'lucide-react/icons/target';
import UserRound from 'lucide-react/icons/user-round';
import Users from 'lucide-react/icons/users';
import X from 'lucide-react/icons/x';
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { UserRole } from '../../gql/graphql';
import { Link } from '../../routes/Link';
import { normalizePathname } from '../../routes/routes';
import { usePathname } from '../../routes/use-pathname';
import { Avatar } from '../../ui/Avatar';
import { Icon } from '../../ui/Icon';
import { NotificationsLinkContent } from '../notifications/NotificationsLink';
import { SignOutButton } from './SignOutButton';
import { useSession } from './use-session';

type NavLink = {
  href: string;
  label: string;
  icon?: LucideIcon;
  /** Other addresses of the same page, e.g. "/jobs" for "/". */
  alsoCurrentAt?: readonly string[];
  /** Addresses under the link's section (a job's page is under Jobs), given as prefixes ending in "/". */
  currentUnder?: readonly string[];
};

/** Whether a link leads to the page being shown, or to the section it belongs to. */
function isCurrentLink(pathname: string, { href, alsoCurrentAt = [], currentUnder = [] }: NavLink): boolean {
  return pathname === href || alsoCurrentAt.includes(pathname) || currentUnder.some((prefix) => pathname.startsWith(prefix));
}

/** A header link that says so (aria-current="page") when it leads to the page being shown (or its section). */
export function HeaderLink({
  href,
  alsoCurrentAt = [],
  currentUnder = [],
  className = 'site-header__link',
  children,
}: {
  href: string;
  alsoCurrentAt?: readonly string[];
  currentUnder?: readonly string[];
  className?: string;
  children: ReactNode;
}) {
  const pathname = normalizePathname(usePathname());
  const isCurrent = isCurrentLink(pathname, { href, label: '', alsoCurrentAt, currentUnder });
  return (
    <Link href={href} className={className} aria-current={isCurrent ? 'page' : undefined}>
      {children}
    </Link>
  );
}

const STAFF_LINKS: readonly NavLink[] = [
  { href: '/recruiter/today', label: 'Today', icon: Sun },
  { href: '/recruiter', label: 'Jobs', icon: Briefcase, currentUnder: ['/recruiter/jobs/', '/recruiter/proposals/'] },
  { href: '/recruiter/candidates', label: 'Candidates', icon: Users, currentUnder: ['/recruiter/candidates/'] },
  { href: '/recruiter/leads', label: 'Leads', icon: Target },
  { href: '/recruiter/insight', label: 'Insight', icon: ChartColumn },
];

export const LINKS_BY_ROLE: Record<UserRole, readonly NavLink[]> = {
  RECRUITER: STAFF_LINKS,
  ADMIN: [
    ...STAFF_LINKS,
    // Team, clients, policy and privacy are one section, which opens at the team.
    { href: '/admin', label: 'Admin', icon: Shield, currentUnder: ['/admin/'] },
    // Integrations' screens (API keys, Webhooks) are one section, which opens at its first.
    { href: '/integrations/api-keys', label: 'Integrations', icon: Plug, alsoCurrentAt: ['/integrations'], currentUnder: ['/integrations/'] },
  ],
  CANDIDATE: [
    { href: '/me', label: 'Home', icon: House, currentUnder: ['/me/proposals/', '/me/interviews/'] },
    { href: '/me/profile', label: 'Profile', icon: UserRound },
    { href: '/me/contacts', label: 'Contacts', icon: BookUser },
    { href: '/me/data', label: 'Your data', icon: DatabaseIcon },
  ],
};

const ROLE_IN_WORDS: Record<UserRole, string> = {
  RECRUITER: 'Recruiter',
  ADMIN: 'Agency admin',
  CANDIDATE: 'Candidate',
};

/**
 * The top bar's navigation, one row at every width: the signed-in person's pages (with icons), the notifications
 * bell and their avatar menu (settings, e-mail settings, sign out); "Jobs" and "Sign in" for a visitor. Below
 * ~768 px the pages fold into a menu button that opens them as a panel.
 */
export function SessionMenu() {
  const { viewer, isLoading } = useSession();
  if (isLoading) return null;
  if (!viewer) {
    return (
      <nav aria-label="Site" className="site-nav site-nav--visitor">
        <ul className="site-nav__list">
          <li>
            <HeaderLink href="/" alsoCurrentAt={['/jobs']} currentUnder={['/jobs/']}>
              Jobs
            </HeaderLink>
          </li>
          <li>
            <HeaderLink href="/sign-in" className="button button--secondary button--sm">
              Sign in
            </HeaderLink>
          </li>
        </ul>
      </nav>
    );
  }
  return <SignedInMenu name={viewer.name} role={viewer.role} />;
}

function SignedInMenu({ name, role }: { name: string; role: UserRole }) {
  const pathname = normalizePathname(usePathname());
  const navId = useId();
  const [isOpen, setIsOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const navRef = useRef<HTMLElement>(null);

  // Moving to another page closes the menu.
  useEffect(() => setIsOpen(false), [pathname]);

  // Opening moves focus to the first page in the menu.
  useEffect(() => {
    if (isOpen) navRef.current?.querySelector<HTMLElement>('a')?.focus();
  }, [isOpen]);

  // A click or tap outside the bar closes the menu (focus stays where the person put it).
  useEffect(() => {
    if (!isOpen) return;
    function closeOnOutsidePointer(event: PointerEvent) {
      const target = event.target as Node;
      if (!navRef.current?.contains(target) && !buttonRef.current?.contains(target)) setIsOpen(false);
    }
    document.addEventListener('pointerdown', closeOnOutsidePointer);
    return () => document.removeEventListener('pointerdown', closeOnOutsidePointer);
  }, [isOpen]);

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !isOpen) return;
    event.preventDefault();
    setIsOpen(false);
    buttonRef.current?.focus();
  }

  return (
    <>
      <nav aria-label="Site" id={navId} ref={navRef} className="site-nav" data-open={isOpen} onKeyDown={closeOnEscape}>
        <ul className="site-nav__list">
          {LINKS_BY_ROLE[role].map((link) => (
            <li key={link.href}>
              <Link
                href={link.href}
                className="site-header__link"
                aria-current={isCurrentLink(pathname, link) ? 'page' : undefined}
              >
                {link.icon && <Icon icon={link.icon} />}
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="site-header__end">
        <HeaderLink href="/notifications" className="site-header__link site-header__icon-link notifications-link">
          <Icon icon={Bell} />
          <NotificationsLinkContent />
        </HeaderLink>
        <AccountMenu name={name} role={role} />
        <button
          ref={buttonRef}
          type="button"
          className="button button--secondary button--icon site-header__menu-button"
          aria-expanded={isOpen}
          aria-controls={navId}
          onClick={() => setIsOpen((open) => !open)}
          onKeyDown={closeOnEscape}
        >
          <Icon icon={isOpen ? X : MenuIcon} />
          <span className="visually-hidden">Menu</span>
        </button>
      </div>
    </>
  );
}

/** The person's avatar and name; opens their settings, e-mail settings and "Sign out". */
function AccountMenu({ name, role }: { name: string; role: UserRole }) {
  const pathname = normalizePathname(usePathname());
  const panelId = useId();
  const [isOpen, setIsOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => setIsOpen(false), [pathname]);

  useEffect(() => {
    if (isOpen) panelRef.current?.querySelector<HTMLElement>('a, button')?.focus();
  }, [isOpen]);

  useEffect(() => {
    if (!isOpen) return;
    function closeOnOutsidePointer(event: PointerEvent) {
      if (!rootRef.current?.contains(event.target as Node)) setIsOpen(false);
    }
    document.addEventListener('pointerdown', closeOnOutsidePointer);
    return () => document.removeEventListener('pointerdown', closeOnOutsidePointer);
  }, [isOpen]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !isOpen) return;
    event.preventDefault();
    setIsOpen(false);
    buttonRef.current?.focus();
  }

  // Leaving the menu with Tab closes it, so it never hangs open behind the page.
  function onBlur(event: FocusEvent) {
    if (isOpen && event.relatedTarget && !rootRef.current?.contains(event.relatedTarget as Node)) setIsOpen(false);
  }

  return (
    <div className="account-menu" ref={rootRef} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={buttonRef}
        type="button"
        className="account-menu__button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setIsOpen((open) => !open)}
      >
        <Avatar name={name} />
        {/* Named by its text ("Account: Sam Okafor"), so the visible name is part of it. */}
        <span className="visually-hidden">Account:</span> <span className="account-menu__name">{name}</span>
        <Icon icon={ChevronDown} className="account-menu__chevron" />
      </button>
      <div id={panelId} ref={panelRef} className="account-menu__panel" hidden={!isOpen}>
        <div className="account-menu__who">
          <Avatar name={name} size="lg" />
          <div className="account-menu__who-text">
            <span className="account-menu__who-name">
              <span className="visually-hidden">Signed in as </span>
              {name}
            </span>
            <span className="account-menu__who-role">{ROLE_IN_WORDS[role]}</span>
          </div>
        </div>
        <ul className="account-menu__list">
          <li>
            <HeaderLink href="/settings" className="account-menu__item">
              <Icon icon={Settings} />
              Settings
            </HeaderLink>
          </li>
          <li>
            <HeaderLink href="/settings/notifications" className="account-menu__item">
              <Icon icon={Mail} />
              E-mail settings
            </HeaderLink>
          </li>
          <li className="account-menu__sign-out">
            <SignOutButton />
          </li>
        </ul>
      </div>
    </div>
  );
}
