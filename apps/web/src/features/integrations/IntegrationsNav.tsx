import { Link } from '../../routes/Link';
import { normalizePathname } from '../../routes/routes';
import { usePathname } from '../../routes/use-pathname';
import './integrations-nav.css';

const SCREENS = [
  { href: '/integrations/api-keys', label: 'API keys' },
  { href: '/integrations/webhooks', label: 'Webhooks' },
] as const;

/**
 * Integrations' own screens side by side (agency admins): the one shown, or the one a detail page belongs to (an
 * endpoint's page is under Webhooks), is marked current.
 */
export function IntegrationsNav() {
  const pathname = normalizePathname(usePathname());
  return (
    <nav aria-label="Integrations" className="integrations-nav">
      <ul>
        {SCREENS.map(({ href, label }) => {
          const isCurrent = pathname === href;
          const isWithin = !isCurrent && pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link
                href={href}
                className={isCurrent || isWithin ? 'integrations-nav__link integrations-nav__link--current' : 'integrations-nav__link'}
                // On the screen itself it is the page; under it (an endpoint), the section the page is in.
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
