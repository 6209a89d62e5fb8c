import { Link } from '../../routes/Link';
import { normalizePathname } from '../../routes/routes';
import { usePathname } from '../../routes/use-pathname';
import './admin.css';

const SCREENS = [
  { href: '/admin', label: 'Team' },
  { href: '/admin/clients', label: 'Client companies' },
  { href: '/admin/policy', label: 'Cancellation policy' },
  { href: '/admin/privacy', label: 'Privacy' },
  { href: '/integrations', label: 'Integrations' },
] as const;

/**
 * The agency admin's screens side by side. The one shown is the page; a screen's detail page (a client company,
 * an API key screen under Integrations) marks its section.
 */
export function AdminNav() {
  const pathname = normalizePathname(usePathname());
  return (
    <nav aria-label="Agency administration" className="admin-nav">
      <ul>
        {SCREENS.map(({ href, label }) => {
          const isCurrent = pathname === href;
          const isWithin = !isCurrent && href !== '/admin' && pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link
                href={href}
                className={isCurrent || isWithin ? 'admin-nav__link admin-nav__link--current' : 'admin-nav__link'}
                aria-current={isCurrent ? 'page' : isWithin ? 'location' : undefined}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
