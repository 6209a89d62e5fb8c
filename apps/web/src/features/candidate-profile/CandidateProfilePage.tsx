import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { PageProps } from '../../routes/routes';
import { LoadError, Loading } from '../../ui/LoadError';
import { ProfileForm } from './ProfileForm';
import './candidate-profile.css';

export const CandidateProfilePage_Query = graphql(`
  query CandidateProfilePage_Query {
    me {
      id
      candidateProfile {
        id
        ...ProfileForm_candidate
      }
    }
  }
`);

/** The candidate edits their skills, experience, time zone and preferences, and reads how matching uses them. */
export default function CandidateProfilePage(_props: PageProps) {
  const { data, error, refetch } = useQuery(CandidateProfilePage_Query);
  const profile = data?.me?.candidateProfile;

  return (
    <main id="main" className="page profile-page">
      <header className="page__header">
        <h1>Your profile</h1>
        <p className="page__lede">What recruiters see about you, and what every job is matched against.</p>
      </header>

      {error && !data ? (
        <LoadError what="your profile" error={error} onRetry={() => refetch().catch(() => {})} />
      ) : !data ? (
        <Loading>Loading your profile…</Loading>
      ) : !profile ? (
        <div className="notice">
          <p>
            <strong>There is no candidate profile on your account yet.</strong>
          </p>
          <p>Your recruiter links it when they register you; ask them, and it will show up here.</p>
        </div>
      ) : (
        <ProfileForm candidate={profile} onReload={() => refetch()} />
      )}
    </main>
  );
}
