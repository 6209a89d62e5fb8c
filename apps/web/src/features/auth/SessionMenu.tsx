import { Link } from '../../routes/Link';
import { homeForRole } from './home-for-role';
import { SignOutButton } from './SignOutButton';
import { useSession } from './use-session';

/** The header's right side: who is signed in and "Sign out", or a way to sign in. */
export function SessionMenu() {
  const { viewer, isLoading } = useSession();
  if (isLoading) return null;
  if (!viewer) {
    return (
      <Link href="/sign-in" className="site-header__link">
        Sign in
      </Link>
    );
  }
  return (
    <div className="session-menu">
      <Link href={homeForRole(viewer.role)} className="site-header__link">
        {viewer.role === 'CANDIDATE' ? 'My opportunities' : 'Jobs'}
      </Link>
      <span className="session-menu__name">
        <span className="visually-hidden">Signed in as </span>
        {viewer.name}
      </span>
      <SignOutButton />
    </div>
  );
}
